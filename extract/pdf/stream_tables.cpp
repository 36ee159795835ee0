// The fallback for tables drawn without rulings: consecutive lines split into several runs
// (wide gaps) whose runs line up in columns.
#include <algorithm>

#include "page_layout.hpp"

namespace nianbao::pdf {
namespace {

constexpr size_t kMinStreamRows = 3;    // fewer aligned lines: not a table
constexpr double kColumnJoinGap = 2.0;  // pt: run extents closer than this: one column

struct Interval {
  double start = 0, end = 0;
};

std::vector<Interval> ColumnsOf(const std::vector<TextLine>& lines, size_t begin, size_t end) {
  std::vector<Interval> extents;
  for (size_t line_idx = begin; line_idx < end; ++line_idx) {
    for (const TextRun& run : lines[line_idx].runs) extents.push_back({run.box.x0, run.box.x1});
  }
  std::sort(extents.begin(), extents.end(),
            [](const Interval& a, const Interval& b) { return a.start < b.start; });
  std::vector<Interval> columns;
  for (const Interval& extent : extents) {
    if (!columns.empty() && extent.start <= columns.back().end + kColumnJoinGap) {
      columns.back().end = std::max(columns.back().end, extent.end);
    } else {
      columns.push_back(extent);
    }
  }
  return columns;
}

PlacedTable BuildStreamTable(const std::vector<TextLine>& lines, size_t begin, size_t end,
                             const std::vector<Interval>& columns, int page) {
  PlacedTable placed;
  Table& table = placed.table;
  table.origin = TableOrigin::kStream;
  table.rows = static_cast<int>(end - begin);
  table.cols = static_cast<int>(columns.size());
  table.first_page = page;
  table.last_page = page;
  placed.box = lines[begin].box;
  for (const Interval& column : columns) placed.col_bounds.push_back(column.start);
  placed.col_bounds.push_back(columns.back().end);
  for (size_t line_idx = begin; line_idx < end; ++line_idx) {
    const TextLine& line = lines[line_idx];
    placed.box = {std::min(placed.box.x0, line.box.x0), std::min(placed.box.top, line.box.top),
                  std::max(placed.box.x1, line.box.x1),
                  std::max(placed.box.bottom, line.box.bottom)};
    std::vector<Cell> row_cells;
    for (const TextRun& run : line.runs) {
      const double centre = (run.box.x0 + run.box.x1) / 2;
      int col = 0;
      while (col + 1 < table.cols && centre > columns[static_cast<size_t>(col)].end) ++col;
      if (!row_cells.empty() && row_cells.back().col == col) {
        Cell& cell = row_cells.back();
        cell.text += ' ' + run.text;
        cell.bbox = Box{cell.bbox->x0, std::min(cell.bbox->top, run.box.top), run.box.x1,
                        std::max(cell.bbox->bottom, run.box.bottom)};
        continue;
      }
      Cell cell;
      cell.row = static_cast<int>(line_idx - begin);
      cell.col = col;
      cell.text = run.text;
      cell.page = page;
      cell.bbox = run.box;
      row_cells.push_back(std::move(cell));
    }
    for (Cell& cell : row_cells) table.cells.push_back(std::move(cell));
  }
  // PlacedTable promises a grid parallel to the cells (joining tables across pages uses it).
  for (const Cell& cell : table.cells) {
    lattice::GridCell grid_cell;
    grid_cell.row = cell.row;
    grid_cell.col = cell.col;
    grid_cell.box = *cell.bbox;
    grid_cell.text = cell.text;
    grid_cell.last_line = *cell.bbox;
    placed.grid.push_back(std::move(grid_cell));
  }
  return placed;
}

}  // namespace

std::vector<PlacedTable> FindStreamTables(std::vector<TextLine>& lines, int page) {
  std::vector<PlacedTable> tables;
  std::vector<TextLine> kept;
  size_t line_idx = 0;
  while (line_idx < lines.size()) {
    size_t end = line_idx;
    while (end < lines.size() && lines[end].runs.size() >= 2) ++end;
    if (end - line_idx >= kMinStreamRows) {
      std::vector<Interval> columns = ColumnsOf(lines, line_idx, end);
      if (columns.size() >= 2) {
        tables.push_back(BuildStreamTable(lines, line_idx, end, columns, page));
        line_idx = end;
        continue;
      }
    }
    const size_t stop = std::max(end, line_idx + 1);
    for (; line_idx < stop; ++line_idx) kept.push_back(std::move(lines[line_idx]));
  }
  lines = std::move(kept);
  return tables;
}

}  // namespace nianbao::pdf
