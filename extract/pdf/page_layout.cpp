#include "page_layout.hpp"

#include <algorithm>

namespace nianbao::pdf {

PlacedTable ToPlacedTable(lattice::GridTable&& grid_table, int page) {
  PlacedTable placed;
  placed.box = grid_table.grid.box;
  placed.col_bounds = grid_table.grid.xs;
  Table& table = placed.table;
  table.rows = grid_table.grid.Rows();
  table.cols = grid_table.grid.Cols();
  table.origin = TableOrigin::kLattice;
  table.first_page = page;
  table.last_page = page;
  for (const lattice::GridCell& grid_cell : grid_table.cells) {
    Cell cell;
    cell.row = grid_cell.row;
    cell.col = grid_cell.col;
    cell.rowspan = grid_cell.rowspan;
    cell.colspan = grid_cell.colspan;
    cell.text = grid_cell.text;
    cell.page = page;
    cell.bbox = grid_cell.box;
    table.cells.push_back(std::move(cell));
  }
  placed.grid = std::move(grid_table.cells);
  return placed;
}

PageLayout AnalysePage(const PageContent& page, const PageLayoutSettings& settings) {
  PageLayout layout;
  layout.page = page.number;
  layout.width = page.width;
  layout.height = page.height;
  layout.trace = lattice::FindLatticeTables(page, settings.lattice);

  std::vector<bool> in_table(page.chars.size(), false);
  for (lattice::GridTable& grid_table : layout.trace.tables) {
    std::vector<bool> used = lattice::CharsIntoCells(grid_table, page.chars);
    for (size_t idx = 0; idx < used.size(); ++idx) in_table[idx] = in_table[idx] || used[idx];
    layout.tables.push_back(ToPlacedTable(lattice::GridTable(grid_table), page.number));
  }

  std::vector<const PdfChar*> free_chars;
  for (size_t idx = 0; idx < page.chars.size(); ++idx) {
    const PdfChar& glyph = page.chars[idx];
    if (!glyph.text.empty() || glyph.garbled) {
      ++layout.visible_chars;
      if (glyph.garbled) ++layout.garbled_chars;
    }
    if (!in_table[idx]) free_chars.push_back(&glyph);
  }
  layout.lines = BuildLines(free_chars, page.number, settings.text);
  return layout;
}

}  // namespace nianbao::pdf
