// One read, kept: the trace a PDF read keeps (ReadOptions::keep_trace) is the read the
// document and the mapper's record came from; debug drawings use it; the reader's settings
// come from ReadOptions.
#include <catch2/catch.hpp>

#include <cmath>
#include <stdexcept>
#include <string>
#include <variant>

#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/pdf_debug.hpp"
#include "nianbao/schema.hpp"
#include "read_trace.hpp"

namespace nianbao {
namespace {

std::string PdfPath(const std::string& name) {
  return std::string(NIANBAO_TEST_DATA) + "/pdf/" + name;
}

Document ReadTraced(const std::string& path, const PdfReadSettings& settings = {}) {
  ReadOptions options;
  options.keep_trace = true;
  options.pdf = settings;
  return ReadDocumentFile(path, options);
}

size_t TableCount(const Document& document) {
  size_t count = 0;
  for (const Block& block : document.blocks) count += std::holds_alternative<Table>(block);
  return count;
}

bool SameBox(const Box& a, const Box& b) {
  constexpr double kSame = 1e-9;
  return std::abs(a.x0 - b.x0) < kSame && std::abs(a.top - b.top) < kSame &&
         std::abs(a.x1 - b.x1) < kSame && std::abs(a.bottom - b.bottom) < kSame;
}

// The traced table cell (before joining across pages) with this box on the page, if any.
const Cell* TracedCell(const ReadTrace::Page& page, const Box& box) {
  for (const pdf::PlacedTable& table : page.tables) {
    for (const Cell& cell : table.table.cells) {
      if (cell.bbox && SameBox(*cell.bbox, box)) return &cell;
    }
  }
  return nullptr;
}

bool OnGridLine(const std::vector<double>& lines, double position) {
  for (const double line : lines) {
    if (std::abs(line - position) < 1e-9) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every cell the mapper read lies on the grid of the kept trace", "[pdf][trace]") {
  const Document document = ReadTraced(std::string(NIANBAO_SAMPLES) + "/bureau_2021_report.pdf");
  REQUIRE(document.trace != nullptr);
  REQUIRE(document.trace->pages.size() == static_cast<size_t>(*document.source.pages));

  normalize::Normalizer normalizer;
  const schema::Mapper mapper(schema::TemplateSet::Builtin(), normalizer);
  const schema::Record record = mapper.Map(document);
  int cells_checked = 0;
  for (const auto& [key, provenance] : record.provenance) {
    if (!provenance.table) continue;  // a figure from running text
    INFO(key);
    REQUIRE(provenance.page);
    REQUIRE(provenance.bbox);
    const ReadTrace::Page& page =
        document.trace->pages.at(static_cast<size_t>(*provenance.page - 1));
    const Cell* traced = TracedCell(page, *provenance.bbox);
    REQUIRE(traced != nullptr);
    CHECK(traced->text == provenance.text);
    if (provenance.origin == "lattice") {
      bool on_a_grid = false;
      for (const pdf::lattice::GridTable& grid : page.lattice.tables) {
        on_a_grid = on_a_grid || (OnGridLine(grid.grid.xs, provenance.bbox->x0) &&
                                  OnGridLine(grid.grid.xs, provenance.bbox->x1) &&
                                  OnGridLine(grid.grid.ys, provenance.bbox->top) &&
                                  OnGridLine(grid.grid.ys, provenance.bbox->bottom));
      }
      CHECK(on_a_grid);
    }
    ++cells_checked;
  }
  CHECK(cells_checked > 50);
}

TEST_CASE("a table over a page break is one table, traced as its two pieces", "[pdf][trace]") {
  const Document document = ReadTraced(PdfPath("long_table.pdf"));
  CHECK(TableCount(document) == 1);
  REQUIRE(document.trace->pages.size() == 2);
  CHECK(document.trace->pages[0].tables.size() == 1);
  CHECK(document.trace->pages[1].tables.size() == 1);
  CHECK_FALSE(document.trace->pages[1].furniture.empty());  // the page number
}

TEST_CASE("no trace unless asked for; drawing then says why", "[pdf][trace]") {
  const Document document = ReadDocumentFile(PdfPath("merged_cells.pdf"));
  CHECK(document.trace == nullptr);
  CHECK_THROWS_AS(pdf_debug::DrawPage(document, 1), Error);
}

TEST_CASE("the page drawing comes from the kept read", "[pdf][trace]") {
  const Document document = ReadTraced(PdfPath("merged_cells.pdf"));
  const pdf_debug::PageDrawing drawing = pdf_debug::DrawPage(document, 1, {{0, 1, 1, "my.key"}});
  CHECK(drawing.svg.find("my.key") != std::string::npos);
  CHECK(drawing.svg.find("Noto Sans CJK SC") != std::string::npos);
  CHECK(drawing.trace_json.find("\"placed_tables\"") != std::string::npos);
  CHECK_THROWS_AS(pdf_debug::DrawPage(document, 2), Error);
}

TEST_CASE("the PDF reader's settings come from ReadOptions", "[pdf][trace]") {
  CHECK(TableCount(ReadTraced(PdfPath("no_rulings.pdf"))) == 1);
  PdfReadSettings no_stream;
  no_stream.stream_fallback = false;
  CHECK(TableCount(ReadTraced(PdfPath("no_rulings.pdf"), no_stream)) == 0);

  PdfReadSettings long_rulings_only;
  long_rulings_only.min_ruling_length = 10000;  // no ruling is that long: no lattice table
  const Document without_lattice = ReadTraced(PdfPath("merged_cells.pdf"), long_rulings_only);
  CHECK(without_lattice.trace->pages[0].lattice.tables.empty());

  PdfReadSettings negative;
  negative.snap_tolerance = -1;
  CHECK_THROWS_AS(ReadTraced(PdfPath("merged_cells.pdf"), negative), std::invalid_argument);
}

}  // namespace nianbao
