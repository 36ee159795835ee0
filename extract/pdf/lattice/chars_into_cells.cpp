#include <algorithm>
#include <limits>

#include "../text_lines.hpp"
#include "lattice.hpp"

namespace nianbao::pdf::lattice {
namespace {

// Index of the interval of `bounds` holding `value`, or -1 outside.
int IntervalOf(const std::vector<double>& bounds, double value) {
  if (bounds.size() < 2 || value < bounds.front() || value > bounds.back()) return -1;
  auto upper = std::upper_bound(bounds.begin(), bounds.end(), value);
  int idx = static_cast<int>(upper - bounds.begin()) - 1;
  return std::min(idx, static_cast<int>(bounds.size()) - 2);
}

// A line running on from an open cell starts within this share of its font size of the
// cell's edge (or of the line before it).
constexpr double kRunOnGapShare = 0.5;

// The characters not yet used that run on from an open cell past the grid's edge: in the
// cell's columns, line after line from the edge outwards with no gap between them.
std::vector<size_t> RunOnChars(const GridCell& cell, double edge, bool below,
                               const std::vector<PdfChar>& chars, const std::vector<bool>& used) {
  std::vector<size_t> candidates;
  for (size_t idx = 0; idx < chars.size(); ++idx) {
    const PdfChar& glyph = chars[idx];
    const bool outside = below ? glyph.CentreY() > edge : glyph.CentreY() < edge;
    if (!used[idx] && outside && glyph.CentreX() >= cell.box.x0 && glyph.CentreX() <= cell.box.x1) {
      candidates.push_back(idx);
    }
  }
  std::sort(candidates.begin(), candidates.end(), [&](size_t a, size_t b) {
    return below ? chars[a].box.top < chars[b].box.top : chars[a].box.bottom > chars[b].box.bottom;
  });
  std::vector<size_t> taken;
  double reach = edge;
  for (size_t idx : candidates) {
    const PdfChar& glyph = chars[idx];
    const double gap = below ? glyph.box.top - reach : reach - glyph.box.bottom;
    if (gap > kRunOnGapShare * std::max(glyph.font_size, 1.0)) break;
    reach = below ? std::max(reach, glyph.box.bottom) : std::min(reach, glyph.box.top);
    taken.push_back(idx);
  }
  return taken;
}

}  // namespace

std::vector<bool> CharsIntoCells(GridTable& table, const std::vector<PdfChar>& chars) {
  std::vector<bool> used(chars.size(), false);
  const Grid& grid = table.grid;
  const int cols = grid.Cols();
  if (grid.Rows() < 1 || cols < 1) return used;
  std::vector<int> cell_of_slot(static_cast<size_t>(grid.Rows() * cols), -1);
  for (size_t cell_idx = 0; cell_idx < table.cells.size(); ++cell_idx) {
    const GridCell& cell = table.cells[cell_idx];
    for (int row_idx = cell.row; row_idx < cell.row + cell.rowspan; ++row_idx) {
      for (int col_idx = cell.col; col_idx < cell.col + cell.colspan; ++col_idx) {
        cell_of_slot[static_cast<size_t>(row_idx * cols + col_idx)] = static_cast<int>(cell_idx);
      }
    }
  }
  std::vector<std::vector<const PdfChar*>> cell_chars(table.cells.size());
  for (size_t char_idx = 0; char_idx < chars.size(); ++char_idx) {
    const PdfChar& glyph = chars[char_idx];
    const int row = IntervalOf(grid.ys, glyph.CentreY());
    const int col = IntervalOf(grid.xs, glyph.CentreX());
    if (row < 0 || col < 0) continue;
    const int cell_idx = cell_of_slot[static_cast<size_t>(row * cols + col)];
    if (cell_idx < 0) continue;
    cell_chars[static_cast<size_t>(cell_idx)].push_back(&glyph);
    used[char_idx] = true;
  }
  for (size_t cell_idx = 0; cell_idx < table.cells.size(); ++cell_idx) {
    const GridCell& cell = table.cells[cell_idx];
    for (const bool below : {false, true}) {
      if (!(below ? cell.open_below : cell.open_above)) continue;
      const double edge = below ? grid.ys.back() : grid.ys.front();
      for (size_t char_idx : RunOnChars(cell, edge, below, chars, used)) {
        cell_chars[cell_idx].push_back(&chars[char_idx]);
        used[char_idx] = true;
      }
    }
  }
  TextLineSettings one_run_per_line;
  one_run_per_line.run_gap_em = std::numeric_limits<double>::infinity();
  for (size_t cell_idx = 0; cell_idx < table.cells.size(); ++cell_idx) {
    GridCell& cell = table.cells[cell_idx];
    std::string text;
    for (const TextLine& line : BuildLines(cell_chars[cell_idx], 0, one_run_per_line)) {
      if (!text.empty()) text += '\n';
      text += line.Text();
      cell.last_line = line.box;
      cell.font_size = std::max(cell.font_size, line.font_size);
    }
    cell.text = std::move(text);
  }
  return used;
}

}  // namespace nianbao::pdf::lattice
