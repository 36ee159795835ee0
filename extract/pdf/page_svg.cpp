// The debug drawing of one page: characters (grey), stroked segments and thin rectangles
// (light red), joined rulings (red), intersections (dots), the document's table cells on
// this page (blue, with row,col and spans), cell labels (green), furniture (orange). A
// scanned page is drawn as OCR saw it: the straightened image, the rulings found in it,
// each cell's reading and confidence (red when not trusted) and the record keys.
#include <algorithm>
#include <cmath>
#include <cstdint>

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "nianbao/markup_escape.hpp"
#include "nianbao/pdf_debug.hpp"
#include "page_layout.hpp"
#include "pdf_content.hpp"
#include "read_trace.hpp"
#include "svg_text.hpp"

namespace nianbao::pdf_debug {
namespace {

void DrawRect(std::string& svg, const Box& box, const char* style) {
  svg += fmt::format(R"(<rect x="{:.2f}" y="{:.2f}" width="{:.2f}" height="{:.2f}" {}/>)", box.x0,
                     box.top, box.x1 - box.x0, box.bottom - box.top, style);
  svg += '\n';
}

void DrawLine(std::string& svg, double x0, double y0, double x1, double y1, const char* style) {
  svg += fmt::format(R"(<line x1="{:.2f}" y1="{:.2f}" x2="{:.2f}" y2="{:.2f}" {}/>)", x0, y0, x1,
                     y1, style);
  svg += '\n';
}

void DrawText(std::string& svg, double x, double y, double size, const std::string& text,
              const char* style) {
  svg += fmt::format(R"(<text x="{:.2f}" y="{:.2f}" font-size="{:.2f}" {}>{}</text>)", x, y, size,
                     style, EscapeMarkup(text));
  svg += '\n';
}

// `text` inside `box` from its left edge (1 pt in) at baseline `y`, fitted to the box's width
// (FitText); a shortened text keeps the whole one as its tooltip.
void DrawTextInBox(std::string& svg, const Box& box, double y, const std::string& text,
                   const char* style) {
  constexpr double kSize = 3.5;
  constexpr double kMinSize = 2.0;
  const FittedText fitted = FitText(text, box.x1 - box.x0 - 2, kSize, kMinSize);
  svg += fmt::format(R"(<text x="{:.2f}" y="{:.2f}" font-size="{:.2f}" {}>{})", box.x0 + 1, y,
                     fitted.size, style, EscapeMarkup(fitted.text));
  if (fitted.shortened) svg += fmt::format("<title>{}</title>", EscapeMarkup(text));
  svg += "</text>\n";
}

void DrawGraphics(std::string& svg, const pdf::PageContent& page,
                  const pdf::lattice::LatticeTrace& trace) {
  for (const pdf::Segment& segment : page.segments) {
    DrawLine(svg, segment.x0, segment.y0, segment.x1, segment.y1,
             R"(stroke="#f4a0a0" stroke-width="2")");
  }
  for (const Box& rect : page.rects) DrawRect(svg, rect, R"(fill="#f4a0a0" fill-opacity="0.5")");
  for (const pdf::lattice::Ruling& ruling : trace.joined) {
    if (ruling.orientation == pdf::lattice::Orientation::kHorizontal) {
      DrawLine(svg, ruling.start, ruling.position, ruling.end, ruling.position,
               R"(stroke="#d00000" stroke-width="0.6")");
    } else {
      DrawLine(svg, ruling.position, ruling.start, ruling.position, ruling.end,
               R"(stroke="#d00000" stroke-width="0.6")");
    }
  }
  for (const pdf::lattice::Intersection& point : trace.intersections) {
    svg += fmt::format(R"(<circle cx="{:.2f}" cy="{:.2f}" r="1.2" fill="#d00000"/>)", point.x,
                       point.y);
    svg += '\n';
  }
}

// The cell a record key names, when it is drawn on this page; nullptr otherwise.
const Cell* LabelledCellOnPage(const ExpandedGrid& grid, const CellLabel& label, int table_idx,
                               int page) {
  if (label.table != table_idx || label.row < 0 || label.col < 0 || label.row >= grid.rows ||
      label.col >= grid.cols) {
    return nullptr;
  }
  const Cell* cell = grid.At(label.row, label.col);
  if (cell == nullptr || cell->page != page || !cell->bbox) return nullptr;
  return cell;
}

void DrawChars(std::string& svg, const pdf::PageContent& page) {
  for (const pdf::PdfChar& glyph : page.chars) {
    if (glyph.text.empty() && !glyph.garbled) continue;
    const char* colour = glyph.garbled ? R"(fill="#ff00ff")" : R"(fill="#555555")";
    DrawText(svg, glyph.box.x0, glyph.box.bottom - 0.12 * glyph.font_size, glyph.font_size * 0.9,
             glyph.garbled ? "?" : glyph.text, colour);
  }
}

void DrawTables(std::string& svg, const Document& document, int page,
                const std::vector<CellLabel>& labels) {
  int table_idx = -1;
  for (const Block& block : document.blocks) {
    const Table* table = std::get_if<Table>(&block);
    if (table == nullptr) continue;
    ++table_idx;
    for (const Cell& cell : table->cells) {
      if (cell.page != page || !cell.bbox) continue;
      DrawRect(svg, *cell.bbox, R"(fill="none" stroke="#1f5fd0" stroke-width="0.8")");
      std::string tag = fmt::format("t{} {},{}", table_idx, cell.row, cell.col);
      if (cell.rowspan > 1 || cell.colspan > 1) {
        tag += fmt::format(" {}x{}", cell.rowspan, cell.colspan);
      }
      DrawTextInBox(svg, *cell.bbox, cell.bbox->top + 4, tag, R"(fill="#1f5fd0")");
    }
    const ExpandedGrid grid = ExpandGrid(*table);
    for (const CellLabel& label : labels) {
      const Cell* cell = LabelledCellOnPage(grid, label, table_idx, page);
      if (cell == nullptr) continue;
      DrawRect(svg, *cell->bbox, R"(fill="#20c020" fill-opacity="0.12")");
      DrawTextInBox(svg, *cell->bbox, cell->bbox->bottom - 1.5, label.label, R"(fill="#087008")");
    }
  }
}

std::string Base64(const std::string& bytes) {
  static constexpr char kDigits[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (size_t idx = 0; idx < bytes.size(); idx += 3) {
    const size_t left = bytes.size() - idx;
    uint32_t chunk = static_cast<uint32_t>(static_cast<unsigned char>(bytes[idx])) << 16;
    if (left > 1) chunk |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[idx + 1])) << 8;
    if (left > 2) chunk |= static_cast<unsigned char>(bytes[idx + 2]);
    out += kDigits[(chunk >> 18) & 63];
    out += kDigits[(chunk >> 12) & 63];
    out += left > 1 ? kDigits[(chunk >> 6) & 63] : '=';
    out += left > 2 ? kDigits[chunk & 63] : '=';
  }
  return out;
}

bool SameBox(const Box& a, const Box& b) {
  constexpr double kSlack = 0.01;
  return std::abs(a.x0 - b.x0) < kSlack && std::abs(a.top - b.top) < kSlack &&
         std::abs(a.x1 - b.x1) < kSlack && std::abs(a.bottom - b.bottom) < kSlack;
}

// A scanned page as OCR saw it, in the straightened image's frame: the image, the rulings
// found in it, each table cell with its reading and confidence (red below the mapper's
// threshold), and the record key of each value cell.
void DrawScan(std::string& svg, const Document& document, int page, const pdf::ScanTrace& scan,
              const pdf::PageContent& content, const pdf::lattice::LatticeTrace& lattice,
              const std::vector<CellLabel>& labels) {
  constexpr double kTrusted = 0.9;
  svg += fmt::format(
      R"(<image x="0" y="0" width="{:.2f}" height="{:.2f}" preserveAspectRatio="none" opacity="0.55" href="data:image/png;base64,{}"/>)",
      content.width, content.height, Base64(scan.png));
  svg += '\n';
  DrawText(
      svg, 4, 8, 6,
      fmt::format("scan read at {:g} dpi, straightened by {:.2f}°", scan.dpi, scan.angle_degrees),
      R"(fill="#1f5fd0")");
  DrawGraphics(svg, pdf::PageContent{}, lattice);
  for (const pdf::ScanTrace::CellReading& cell : scan.cells) {
    const bool trusted = cell.confidence >= kTrusted;
    DrawRect(svg, cell.box,
             trusted ? R"(fill="none" stroke="#1f5fd0" stroke-width="0.5")"
                     : R"(fill="#ff0000" fill-opacity="0.12" stroke="#d00000" stroke-width="0.5")");
    std::string reading = cell.text;
    std::replace(reading.begin(), reading.end(), '\n', ' ');
    DrawTextInBox(svg, cell.box, cell.box.top + 4,
                  fmt::format("{} ({:.2f})", reading.empty() ? "·" : reading, cell.confidence),
                  trusted ? R"(fill="#1f5fd0")" : R"(fill="#d00000")");
  }
  int table_idx = -1;
  for (const Block& block : document.blocks) {
    const Table* table = std::get_if<Table>(&block);
    if (table == nullptr) continue;
    ++table_idx;
    const ExpandedGrid grid = ExpandGrid(*table);
    for (const CellLabel& label : labels) {
      const Cell* cell = LabelledCellOnPage(grid, label, table_idx, page);
      if (cell == nullptr) continue;
      for (const pdf::ScanTrace::CellReading& reading : scan.cells) {
        if (!SameBox(reading.on_page, *cell->bbox)) continue;
        DrawRect(svg, reading.box, R"(fill="#20c020" fill-opacity="0.12")");
        DrawTextInBox(svg, reading.box, reading.box.bottom - 1.5, label.label, R"(fill="#087008")");
        break;
      }
    }
  }
}

nlohmann::json TraceJson(int page, const ReadTrace::Page& traced) {
  using nlohmann::json;
  auto rulings = [](const std::vector<pdf::lattice::Ruling>& list) {
    json out = json::array();
    for (const auto& ruling : list) {
      out.push_back({{"orientation", ruling.orientation == pdf::lattice::Orientation::kHorizontal
                                         ? "horizontal"
                                         : "vertical"},
                     {"position", ruling.position},
                     {"start", ruling.start},
                     {"end", ruling.end}});
    }
    return out;
  };
  json trace;
  const pdf::lattice::LatticeTrace& lattice = traced.lattice;
  trace["page"] = page;
  trace["raw"] = rulings(lattice.raw);
  trace["snapped"] = rulings(lattice.snapped);
  trace["joined"] = rulings(lattice.joined);
  json points = json::array();
  for (const auto& point : lattice.intersections) points.push_back({point.x, point.y});
  trace["intersections"] = points;
  json tables = json::array();
  for (const auto& table : lattice.tables) {
    json cells = json::array();
    for (const auto& cell : table.cells) {
      cells.push_back({{"row", cell.row},
                       {"col", cell.col},
                       {"rowspan", cell.rowspan},
                       {"colspan", cell.colspan},
                       {"text", cell.text},
                       {"box", {cell.box.x0, cell.box.top, cell.box.x1, cell.box.bottom}}});
    }
    tables.push_back({{"xs", table.grid.xs},
                      {"ys", table.grid.ys},
                      {"cells", cells},
                      {"problems", table.problems}});
  }
  trace["tables"] = tables;
  json placed = json::array();
  for (const pdf::PlacedTable& table : traced.tables) {
    placed.push_back({{"origin", TableOriginName(table.table.origin)},
                      {"rows", table.table.rows},
                      {"cols", table.table.cols},
                      {"box", {table.box.x0, table.box.top, table.box.x1, table.box.bottom}}});
  }
  trace["placed_tables"] = placed;
  json furniture = json::array();
  for (const auto& line : traced.furniture) furniture.push_back(line.Text());
  trace["furniture"] = furniture;
  return trace;
}

}  // namespace

PageDrawing DrawPage(const Document& document, int page, const std::vector<CellLabel>& labels) {
  if (!document.trace) {
    throw Error(ErrorKind::kInternal, document.source.path,
                "no reading trace to draw from: read the PDF with ReadOptions::keep_trace");
  }
  const std::vector<ReadTrace::Page>& pages = document.trace->pages;
  if (page < 1 || page > static_cast<int>(pages.size())) {
    throw Error(ErrorKind::kLimit, document.source.path,
                fmt::format("there is no page {}: the file has {} pages, {} read", page,
                            document.source.pages.value_or(0), pages.size()));
  }
  const ReadTrace::Page& traced = pages[static_cast<size_t>(page - 1)];
  const pdf::PageContent& page_content = traced.content;

  PageDrawing drawing;
  std::string& svg = drawing.svg;
  svg += fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="{0:.0f}pt" height="{1:.0f}pt" viewBox="0 0 {0:.2f} {1:.2f}" font-family="{2}">)",
      page_content.width, page_content.height, kSvgFontFamily);
  svg += "\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  if (traced.scan) {
    DrawScan(svg, document, page, *traced.scan, page_content, traced.lattice, labels);
    svg += "</svg>\n";
    drawing.trace_json = TraceJson(page, traced).dump(1);
    return drawing;
  }
  DrawGraphics(svg, page_content, traced.lattice);
  DrawChars(svg, page_content);
  for (const pdf::TextLine& line : traced.furniture) {
    DrawRect(svg, line.box, R"(fill="#ff9900" fill-opacity="0.3")");
  }
  DrawTables(svg, document, page, labels);
  svg += "</svg>\n";
  drawing.trace_json = TraceJson(page, traced).dump(1);
  return drawing;
}

}  // namespace nianbao::pdf_debug
