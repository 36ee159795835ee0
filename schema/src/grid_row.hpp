// Internal: one row of a table's expanded grid, as the mapper reads it.
#pragma once

#include <vector>

#include "nianbao/extract.hpp"

namespace nianbao::schema {

struct GridCell {
  const Cell* cell = nullptr;
  int col = 0;             // first grid column the cell covers
  int end_col = 0;         // one past the last
  bool continued = false;  // a vertical merge from a row above

  bool Covers(int grid_col) const { return col <= grid_col && grid_col < end_col; }
};

struct GridRow {
  int table = 0;                              // table index in document order
  int row = 0;                                // grid row
  int grid_cols = 0;                          // the table's column count
  TableOrigin origin = TableOrigin::kMarkup;  // how the table was found
  std::vector<GridCell> cells;                // distinct cells, left to right
};

// The distinct cells of one grid row (a cell spanning columns appears once).
GridRow ReadGridRow(const ExpandedGrid& grid, int row, int table_index);

}  // namespace nianbao::schema
