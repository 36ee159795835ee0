// nianbao/pdf_debug.hpp: drawings of the PDF reader's work on one page, for
// `nianbao debug-page`.
//
// In:  the PDF's bytes, the Document read from them (ReadDocument), a 1-based page number
//      and optional labels for table cells (e.g. the record keys the mapper gave them).
// Out: an SVG of the page (characters, drawn rulings, the tables' cells with their spans,
//      the labels) and a JSON trace of the lattice steps (rulings, intersections, grids).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nianbao/extract.hpp"

namespace nianbao::pdf_debug {

// A label for the cell covering (row, col) of the document's table `table` (0-based in
// document order; row/col in the expanded grid).
struct CellLabel {
  int table = 0;
  int row = 0;
  int col = 0;
  std::string label;
};

struct PageDrawing {
  std::string svg;
  std::string trace_json;
};

// Throws nianbao::Error (kLimit when the page does not exist, or the reading errors).
PageDrawing DrawPage(std::string_view bytes, const std::string& path, const Document& document,
                     int page, const std::vector<CellLabel>& labels = {});

}  // namespace nianbao::pdf_debug
