// One page after analysis: its tables (lattice, else stream), its body lines outside the
// tables, and its furniture (page numbers, running headers and footers) set apart.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lattice/lattice.hpp"
#include "page_frames.hpp"
#include "pdf_content.hpp"
#include "text_lines.hpp"

namespace nianbao::pdf {

// A table found on one page, with what merging across pages needs.
struct PlacedTable {
  Table table;
  Box box;
  std::vector<double> col_bounds;       // column boundaries, ascending (cols + 1)
  std::vector<lattice::GridCell> grid;  // the cells as found (parallel to table.cells)
};

// What OCR made of a scanned page, kept for drawing it (ReadOptions::keep_trace): the
// straightened image, and each table cell's box in it with its reading.
struct ScanTrace {
  struct CellReading {
    Box box;      // in the straightened image, points
    Box on_page;  // the same cell on the page as scanned (the document cell's bbox)
    std::string text;
    double confidence = 0;
  };
  std::string png;  // the straightened grey page
  double dpi = 0;   // rendered at
  double angle_degrees = 0;
  std::vector<CellReading> cells;
};

struct PageLayout {
  int page = 0;
  double width = 0;  // of the view analysed (turned when its text is: page_frames.hpp)
  double height = 0;
  PageFrame frame;  // the view's boxes on the page as displayed
  lattice::LatticeTrace trace;
  std::vector<PlacedTable> tables;  // top to bottom
  std::vector<TextLine> lines;      // body lines outside tables, top to bottom
  std::vector<TextLine> furniture;  // page numbers, running headers and footers
  int visible_chars = 0;
  int garbled_chars = 0;
  std::shared_ptr<const ScanTrace> scan;  // a scanned page, when a trace is kept
};

struct PageLayoutSettings {
  lattice::LatticeSettings lattice;
  TextLineSettings text;
  // Lines in the top or bottom band of this share of the page height may be furniture.
  static constexpr double kDefaultFurnitureBand = 0.1;
  double furniture_band = kDefaultFurnitureBand;
  bool stream_fallback = true;  // look for ruling-less tables in the remaining lines
};

// A lattice table (cells with text) as a document table on `page`, origin kLattice.
PlacedTable ToPlacedTable(lattice::GridTable&& grid_table, int page);

PageLayout AnalysePage(const PageContent& page, const PageLayoutSettings& settings = {});

// True for page-number text: "- 3 -", "— 5 —", "3", "第3页", "第 3 页 共 9 页", "3/9".
bool IsPageNumberText(const std::string& text);

// Moves lines in the top/bottom bands that repeat on most pages (running headers and
// footers) or that read as page numbers from `lines` to `furniture`.
void SetFurnitureApart(std::vector<PageLayout>& pages, const PageLayoutSettings& settings);

// Tables from text alignment on lines without rulings; consumed lines are removed.
std::vector<PlacedTable> FindStreamTables(std::vector<TextLine>& lines, int page);

}  // namespace nianbao::pdf
