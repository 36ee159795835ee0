// nianbao/pdf_debug.hpp: drawings of the PDF reader's work on one page, for
// `nianbao debug-page`.
//
// In:  a Document read with ReadOptions::keep_trace (its trace is the one read drawn, never
//      a second reading), a 1-based page number and optional labels for table cells (e.g.
//      the record keys the mapper gave them).
// Out: an SVG of the page (characters, drawn rulings, the tables' cells with their spans,
//      furniture, the labels) and a JSON trace of the lattice steps (rulings,
//      intersections, grids) and of the tables found on the page.
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

// Throws nianbao::Error: kLimit when the page was not read, kInternal without a trace.
PageDrawing DrawPage(const Document& document, int page, const std::vector<CellLabel>& labels = {});

// A page as Poppler draws it (Splash), grey, as PNG bytes: the source view of the review.
// Pixels map linearly onto the page's displayed coordinates (nianbao::Box, crop box).
struct PageImage {
  int page = 0;  // 1-based
  int width_px = 0;
  int height_px = 0;
  double width_pt = 0;
  double height_pt = 0;
  std::string png;
};

// Pages (1-based) of the PDF in `bytes` at `dpi`; pages not in the file are left out.
// Throws nianbao::Error as ReadDocument does for a PDF it cannot open (kEncrypted, kDamaged).
std::vector<PageImage> RenderPagesPng(std::string_view bytes, const std::string& path,
                                      const std::vector<int>& pages, double dpi);

}  // namespace nianbao::pdf_debug
