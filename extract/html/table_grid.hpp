// Internal to the html reader: places table cells into a grid, as a browser does.
//
// In:  the table's rows in source order, each a list of cells with their rowspan/colspan
//      attributes as written and their text.
// Out: a Table (origin kMarkup) whose cells carry grid positions, with an occupancy grid
//      skipping the slots that spans from earlier rows cover (the idea of Docling's HTML
//      backend). Malformed spans are repaired and reported as Diagnostics:
//      - zero, negative or non-numeric span -> 1            ("html.bad_span")
//      - rowspan past the last row -> clamped to the table   ("html.span_clamped")
//      - colspan that makes its row wider than the width the rows agree on (the widest row,
//        or the next-widest if one row alone is wider) -> clamped, leaving one column for
//        each later cell of the row ("html.span_clamped")
//      - a cell spanning over a slot another cell covers -> shrunk ("html.overlapping_cells")
//      Rows with fewer cells than others just leave empty slots.
#pragma once

#include <string>
#include <vector>

#include "nianbao/extract.hpp"

namespace nianbao::html {

struct SourceCell {
  std::string rowspan;  // attribute value as written; "" when absent
  std::string colspan;
  std::string text;
};
using SourceRow = std::vector<SourceCell>;

// The HTML standard's caps on spans; anything larger is clamped first.
constexpr int kMaxColspan = 1000;
constexpr int kMaxRowspan = 65534;
// Tables whose grid would have more slots than this get all spans reset to 1.
constexpr long long kMaxGridSlots = 1LL << 24;

// `table_index` (0-based, in document order) only locates the diagnostics.
Table PlaceCells(const std::vector<SourceRow>& rows, int table_index,
                 std::vector<Diagnostic>& diagnostics);

struct ParsedSpan {
  int value = 1;
  bool valid = true;  // false: zero, negative or not a number (value is then 1)
};

// Parses a rowspan/colspan value by the HTML rules (leading digits count: "2px" is 2).
// An empty value is a valid 1.
ParsedSpan ParseSpan(const std::string& text);

}  // namespace nianbao::html
