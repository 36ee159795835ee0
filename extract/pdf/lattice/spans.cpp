#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>

#include "disjoint_sets.hpp"
#include "lattice.hpp"

namespace nianbao::pdf::lattice {
namespace {

// Share of [from, to] covered by the group's rulings of `orientation` lying at `position`.
double CoveredShare(const RulingGroup& group, const std::vector<Ruling>& rulings,
                    Orientation orientation, double position, double from, double to,
                    double tolerance) {
  const std::vector<int>& members =
      orientation == Orientation::kHorizontal ? group.horizontal : group.vertical;
  std::vector<std::pair<double, double>> pieces;
  for (int idx : members) {
    const Ruling& ruling = rulings[idx];
    if (std::abs(ruling.position - position) > tolerance) continue;
    const double start = std::max(from, ruling.start);
    const double end = std::min(to, ruling.end);
    if (end > start) pieces.emplace_back(start, end);
  }
  std::sort(pieces.begin(), pieces.end());
  double covered = 0, reach = from;
  for (const auto& [start, end] : pieces) {
    if (end <= reach) continue;
    covered += end - std::max(start, reach);
    reach = end;
  }
  return to > from ? covered / (to - from) : 1.0;
}

}  // namespace

void MarkOpenCells(GridTable& table, const RulingGroup& group, const std::vector<Ruling>& rulings,
                   const LatticeSettings& settings) {
  const Grid& grid = table.grid;
  if (grid.Rows() < 1 || grid.Cols() < 1) return;
  const double tolerance = std::max(settings.snap_tolerance, settings.min_cell_size);
  const auto open = [&](double edge, const GridCell& cell) {
    return CoveredShare(group, rulings, Orientation::kHorizontal, edge, grid.xs[cell.col],
                        grid.xs[cell.col + cell.colspan], tolerance) < settings.edge_cover_share;
  };
  for (GridCell& cell : table.cells) {
    cell.open_above = cell.row == 0 && open(grid.ys.front(), cell);
    cell.open_below = cell.row + cell.rowspan == grid.Rows() && open(grid.ys.back(), cell);
  }
}

GridTable SpansFromMissingRulings(const Grid& grid, const RulingGroup& group,
                                  const std::vector<Ruling>& rulings,
                                  const LatticeSettings& settings) {
  GridTable table;
  table.grid = grid;
  const int rows = grid.Rows(), cols = grid.Cols();
  if (rows < 1 || cols < 1) return table;
  const double tolerance = std::max(settings.snap_tolerance, settings.min_cell_size);
  auto slot = [cols](int row, int col) { return row * cols + col; };
  DisjointSets sets(static_cast<size_t>(rows * cols));
  auto merge = [&](int a, int b) { sets.Unite(a, b); };

  for (int row_idx = 0; row_idx < rows; ++row_idx) {
    for (int col_idx = 0; col_idx < cols; ++col_idx) {
      if (col_idx + 1 < cols &&
          CoveredShare(group, rulings, Orientation::kVertical, grid.xs[col_idx + 1],
                       grid.ys[row_idx], grid.ys[row_idx + 1],
                       tolerance) < settings.edge_cover_share) {
        merge(slot(row_idx, col_idx), slot(row_idx, col_idx + 1));
      }
      if (row_idx + 1 < rows &&
          CoveredShare(group, rulings, Orientation::kHorizontal, grid.ys[row_idx + 1],
                       grid.xs[col_idx], grid.xs[col_idx + 1],
                       tolerance) < settings.edge_cover_share) {
        merge(slot(row_idx, col_idx), slot(row_idx + 1, col_idx));
      }
    }
  }

  struct Region {
    int top = 1 << 30, left = 1 << 30, bottom = -1, right = -1, slots = 0;
  };
  std::map<int, Region> regions;
  for (int row_idx = 0; row_idx < rows; ++row_idx) {
    for (int col_idx = 0; col_idx < cols; ++col_idx) {
      Region& region = regions[sets.Find(slot(row_idx, col_idx))];
      region.top = std::min(region.top, row_idx);
      region.left = std::min(region.left, col_idx);
      region.bottom = std::max(region.bottom, row_idx);
      region.right = std::max(region.right, col_idx);
      ++region.slots;
    }
  }
  auto add_cell = [&](int row, int col, int rowspan, int colspan) {
    GridCell cell;
    cell.row = row;
    cell.col = col;
    cell.rowspan = rowspan;
    cell.colspan = colspan;
    cell.box = {grid.xs[col], grid.ys[row], grid.xs[col + colspan], grid.ys[row + rowspan]};
    table.cells.push_back(std::move(cell));
  };
  for (const auto& [root, region] : regions) {
    const int rowspan = region.bottom - region.top + 1;
    const int colspan = region.right - region.left + 1;
    if (rowspan * colspan == region.slots) {
      add_cell(region.top, region.left, rowspan, colspan);
      continue;
    }
    table.problems.push_back("slots from row " + std::to_string(region.top) + ", col " +
                             std::to_string(region.left) +
                             " merge into a region that is not a rectangle; kept as single slots");
    for (int row_idx = region.top; row_idx <= region.bottom; ++row_idx) {
      for (int col_idx = region.left; col_idx <= region.right; ++col_idx) {
        if (sets.Find(slot(row_idx, col_idx)) == root) add_cell(row_idx, col_idx, 1, 1);
      }
    }
  }
  std::sort(table.cells.begin(), table.cells.end(), [](const GridCell& a, const GridCell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  });
  return table;
}

}  // namespace nianbao::pdf::lattice
