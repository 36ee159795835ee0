// A table continued on the next page: one table when its columns line up.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <tuple>

#include "assembly.hpp"

namespace nianbao::pdf {
namespace {

constexpr double kBoundTolerance = 3.0;     // pt: column boundaries this close are one
constexpr double kMatchedBoundShare = 0.6;  // share of inner boundaries that must match
constexpr int kMaxRepeatedHeaderRows = 4;

bool HasBoundNear(const std::vector<double>& bounds, double position) {
  return std::any_of(bounds.begin(), bounds.end(),
                     [&](double bound) { return std::abs(bound - position) <= kBoundTolerance; });
}

std::vector<double> UniteBounds(const std::vector<double>& a, const std::vector<double>& b) {
  std::vector<double> all(a);
  all.insert(all.end(), b.begin(), b.end());
  std::sort(all.begin(), all.end());
  std::vector<double> united;
  for (double bound : all) {
    if (united.empty() || bound - united.back() > kBoundTolerance) united.push_back(bound);
  }
  return united;
}

bool ColumnsWiderThanTolerance(const std::vector<double>& bounds) {
  for (size_t idx = 1; idx < bounds.size(); ++idx) {
    if (bounds[idx] - bounds[idx - 1] <= kBoundTolerance) return false;
  }
  return true;
}

// The united boundary that stands for `bound`: the last one at or before it (UniteBounds keeps
// the first of each run of close boundaries). Two boundaries of one table more than the
// tolerance apart never share one.
int RepresentativeIndex(const std::vector<double>& united, double bound) {
  const auto after = std::upper_bound(united.begin(), united.end(), bound);
  return after == united.begin() ? 0 : static_cast<int>(after - united.begin()) - 1;
}

// Re-expresses the table's columns on `united` boundaries.
void RemapColumns(PlacedTable& placed, const std::vector<double>& united) {
  std::vector<int> index_of;
  for (double bound : placed.col_bounds) index_of.push_back(RepresentativeIndex(united, bound));
  for (size_t cell_idx = 0; cell_idx < placed.table.cells.size(); ++cell_idx) {
    Cell& cell = placed.table.cells[cell_idx];
    const int start = index_of[static_cast<size_t>(cell.col)];
    const int end = index_of[static_cast<size_t>(cell.EndCol())];
    cell.col = start;
    cell.colspan = std::max(1, end - start);
    placed.grid[cell_idx].col = cell.col;
    placed.grid[cell_idx].colspan = cell.colspan;
  }
  placed.col_bounds = united;
  placed.table.cols = static_cast<int>(united.size()) - 1;
}

using RowSignature = std::set<std::tuple<int, int, std::string>>;

RowSignature SignatureOfRow(const Table& table, int row) {
  RowSignature signature;
  for (const Cell& cell : table.cells) {
    if (cell.row == row) signature.emplace(cell.col, cell.colspan, cell.text);
  }
  return signature;
}

// Leading rows of `lower` that repeat the first rows of `upper` (a repeated header).
int RepeatedHeaderRows(const Table& upper, const Table& lower) {
  int repeated = 0;
  const int limit = std::min({kMaxRepeatedHeaderRows, upper.rows, lower.rows - 1});
  while (repeated < limit) {
    RowSignature signature = SignatureOfRow(lower, repeated);
    if (signature.empty() || signature != SignatureOfRow(upper, repeated)) break;
    ++repeated;
  }
  // Never cut through a cell that spans past the repeated rows.
  while (repeated > 0 && std::any_of(lower.cells.begin(), lower.cells.end(), [&](const Cell& c) {
           return c.row < repeated && c.EndRow() > repeated;
         })) {
    --repeated;
  }
  return repeated;
}

// An ASCII or full-width digit.
bool IsDigit(char32_t code) {
  return (code >= '0' && code <= '9') || (code >= 0xFF10 && code <= 0xFF19);
}

// Digits (ASCII or full-width) with separators and signs only.
bool IsNumberText(const std::string& text) {
  bool digit = false;
  for (const char32_t code : CodePoints(text)) {
    if (IsDigit(code)) {
      digit = true;
    } else if (code != ',' && code != '.' && code != '+' && code != '-' && code != ' ' &&
               code != '\n' && code != 0xFF0C && code != 0xFF0E) {
      return false;
    }
  }
  return digit;
}

// A figure, or a mark printed for none: dashes, a slash, 无.
bool IsValueText(const std::string& text) {
  // - -- — —— － / ／ 无
  static const std::set<std::string> kNoneMarks = {
      "-", "--",           "\xE2\x80\x94", "\xE2\x80\x94\xE2\x80\x94", "\xEF\xBC\x8D",
      "/", "\xEF\xBC\x8F", "\xE6\x97\xA0"};
  return IsNumberText(text) || kNoneMarks.contains(text);
}

// The cell's last line reaches to within about a character of the cell's right edge: the
// text was cut by the page break rather than ending.
bool LastLineFillsCell(const lattice::GridCell& cell) {
  constexpr double kCutTextSlackEm = 1.5;
  if (cell.text.empty()) return false;
  return cell.box.x1 - cell.last_line.x1 <= kCutTextSlackEm * std::max(cell.font_size, 1.0);
}

// Index of the upper cell that ends at the last row with the lower cell's columns.
int UpperPartner(const PlacedTable& upper, const Cell& lower_cell) {
  for (size_t idx = 0; idx < upper.table.cells.size(); ++idx) {
    const Cell& cell = upper.table.cells[idx];
    if (cell.col == lower_cell.col && cell.colspan == lower_cell.colspan &&
        cell.EndRow() == upper.table.rows) {
      return static_cast<int>(idx);
    }
  }
  return -1;
}

// A label starting a new item ("一、", "（三）", "2.", "3、"): a cell of its own, never
// the rest of a cut cell.
bool StartsWithEnumerator(const std::string& text) {
  if (IsHeadingText(text)) return true;
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits == text.size()) return false;
  const std::string rest = text.substr(digits);
  return rest.starts_with(".") || rest.starts_with("\xE3\x80\x81") /* 、 */ ||
         rest.starts_with("\xEF\xBC\x8E") /* ． */;
}

// Text in the lower cell that goes on from the cut text of the upper one.
bool ContinuesCutText(const lattice::GridCell& upper_grid, const Cell& lower_cell) {
  return !lower_cell.text.empty() && !IsNumberText(lower_cell.text) &&
         !StartsWithEnumerator(lower_cell.text) && LastLineFillsCell(upper_grid);
}

// A row the page break cut in two: some text cut at the upper cell's edge continues
// below, and no column has a number on one side and anything on the other (the values of
// a cut row stand on one side only).
bool FirstRowContinuesLastRow(const PlacedTable& upper, const PlacedTable& lower) {
  bool cut_text_continues = false;
  for (const Cell& lower_cell : lower.table.cells) {
    if (lower_cell.row != 0) continue;
    const int partner = UpperPartner(upper, lower_cell);
    if (partner < 0) continue;
    const Cell& upper_cell = upper.table.cells[static_cast<size_t>(partner)];
    const bool both_filled = !upper_cell.text.empty() && !lower_cell.text.empty();
    if (both_filled && (IsValueText(upper_cell.text) || IsValueText(lower_cell.text))) {
      return false;
    }
    if (ContinuesCutText(upper.grid[static_cast<size_t>(partner)], lower_cell)) {
      cut_text_continues = true;
    }
  }
  return cut_text_continues;
}

bool EveryFirstRowCellHasPartner(const PlacedTable& upper, const PlacedTable& lower) {
  return std::all_of(lower.table.cells.begin(), lower.table.cells.end(), [&](const Cell& cell) {
    return cell.row != 0 || UpperPartner(upper, cell) >= 0;
  });
}

// A vertically merged cell cut by the page break: a label cell spanning rows below the
// break whose text goes on from a cut upper cell, or an empty cell below a label cell
// spanning rows above (the label's rows go on after the break). A cell left open by the
// break (no ruling along the cut) spans rows across it whatever its span on either page.
bool ContinuesMergedCell(const Cell& upper_cell, const lattice::GridCell& upper_grid,
                         const Cell& lower_cell, const lattice::GridCell& lower_grid) {
  if (IsNumberText(upper_cell.text) || IsNumberText(lower_cell.text)) return false;
  const bool spans_break = upper_cell.rowspan > 1 || lower_cell.rowspan > 1 ||
                           upper_grid.open_below || lower_grid.open_above;
  if (lower_cell.text.empty()) {
    return (upper_cell.rowspan > 1 || upper_grid.open_below) && !upper_cell.text.empty();
  }
  return spans_break && ContinuesCutText(upper_grid, lower_cell);
}

// Text in the cells of a header: words of at least two ideographs and no digit (结果, 维持,
// 未经复议直接起诉). A figure, a dash, a slash or 无 in a cell is a value, not a label.
bool IsHeaderWords(const std::string& text) {
  const std::vector<char32_t> codes = CodePoints(text);
  if (std::any_of(codes.begin(), codes.end(), IsDigit)) return false;
  return std::count_if(codes.begin(), codes.end(), IsIdeograph) >= 2;
}

// Every cell of `row` is empty or header words.
bool IsHeaderRow(const Table& table, int row) {
  return std::all_of(table.cells.begin(), table.cells.end(), [&](const Cell& cell) {
    return cell.row != row || cell.text.empty() || IsHeaderWords(cell.text);
  });
}

// A header row the page break cut under its first line (结果 | 结果 | 其他 | 尚未 | 总计 above,
// 维持 | 纠正 | 结果 | 审结 | (empty) below), ruled along the break on both pages: both rows
// are header words only, and the text of some upper cell, cut at its edge, goes on in the
// lower cell of its columns. Lower cells with such a partner continue it, empty ones too;
// the others (sub-headers under a group the upper row spans) start the next row.
bool CutHeaderRow(const PlacedTable& upper, const PlacedTable& lower) {
  if (upper.table.rows == 0 || lower.table.rows == 0) return false;
  if (!IsHeaderRow(upper.table, upper.table.rows - 1) || !IsHeaderRow(lower.table, 0)) {
    return false;
  }
  for (const Cell& lower_cell : lower.table.cells) {
    if (lower_cell.row != 0) continue;
    const int partner = UpperPartner(upper, lower_cell);
    if (partner >= 0 && ContinuesCutText(upper.grid[static_cast<size_t>(partner)], lower_cell)) {
      return true;
    }
  }
  return false;
}

void SortRowMajor(PlacedTable& placed) {
  std::vector<size_t> order(placed.table.cells.size());
  std::iota(order.begin(), order.end(), 0);
  const auto& cells = placed.table.cells;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::tie(cells[a].row, cells[a].col) < std::tie(cells[b].row, cells[b].col);
  });
  std::vector<Cell> sorted_cells;
  std::vector<lattice::GridCell> sorted_grid;
  for (size_t idx : order) {
    sorted_cells.push_back(std::move(placed.table.cells[idx]));
    sorted_grid.push_back(std::move(placed.grid[idx]));
  }
  placed.table.cells = std::move(sorted_cells);
  placed.grid = std::move(sorted_grid);
}

// The lower table opens with a caption row (one cell across all columns) other than the
// upper table's first row: a table of its own, not a continuation.
bool StartsWithOwnCaption(const Table& upper, const Table& lower) {
  const RowSignature first_row = SignatureOfRow(lower, 0);
  if (first_row.size() != 1) return false;
  const auto& [col, colspan, text] = *first_row.begin();
  return col == 0 && colspan == lower.cols && !text.empty() &&
         first_row != SignatureOfRow(upper, 0);
}

}  // namespace

bool ColumnsLineUp(const PlacedTable& upper, const PlacedTable& lower) {
  if (upper.table.origin != lower.table.origin) return false;
  const auto& a = upper.col_bounds;
  const auto& b = lower.col_bounds;
  if (a.size() < 2 || b.size() < 2) return false;
  // Columns narrower than the tolerance would vanish when the two are put on one set of
  // boundaries (a stream table from stray runs): such tables stay apart.
  if (!ColumnsWiderThanTolerance(a) || !ColumnsWiderThanTolerance(b)) return false;
  if (std::abs(a.front() - b.front()) > kBoundTolerance ||
      std::abs(a.back() - b.back()) > kBoundTolerance) {
    return false;
  }
  const auto& fewer = a.size() <= b.size() ? a : b;
  const auto& more = a.size() <= b.size() ? b : a;
  size_t matched = 0;
  for (size_t idx = 1; idx + 1 < fewer.size(); ++idx) {
    if (HasBoundNear(more, fewer[idx])) ++matched;
  }
  // The fewer boundaries' inner ones must mostly be among the others (a continuation may
  // lack columns split only in the other part, such as header sub-columns).
  const size_t inner = fewer.size() - 2;
  const bool bounds_agree =
      inner == 0 ? more.size() == 2
                 : static_cast<double>(matched) >= kMatchedBoundShare * static_cast<double>(inner);
  return bounds_agree && !StartsWithOwnCaption(upper.table, lower.table);
}

void AppendContinuation(PlacedTable& upper, PlacedTable lower) {
  const std::vector<double> united = UniteBounds(upper.col_bounds, lower.col_bounds);
  RemapColumns(upper, united);
  RemapColumns(lower, united);

  const int repeated = RepeatedHeaderRows(upper.table, lower.table);
  PlacedTable trimmed;
  trimmed.col_bounds = lower.col_bounds;
  trimmed.box = lower.box;
  trimmed.table = lower.table;
  trimmed.table.cells.clear();
  trimmed.table.rows = lower.table.rows - repeated;
  for (size_t idx = 0; idx < lower.table.cells.size(); ++idx) {
    Cell cell = lower.table.cells[idx];
    if (cell.row < repeated) continue;
    cell.row -= repeated;
    trimmed.table.cells.push_back(std::move(cell));
    trimmed.grid.push_back(lower.grid[idx]);
  }

  // A row cut in two by the page break (every cell of the lower first row continues one
  // of the upper last row) becomes one row again; a header row cut so continues where its
  // cells have partners; otherwise only merged cells cut by the break (spanning rows on both
  // sides) continue.
  const bool joins_row =
      FirstRowContinuesLastRow(upper, trimmed) && EveryFirstRowCellHasPartner(upper, trimmed);
  const bool cut_header = !joins_row && CutHeaderRow(upper, trimmed);
  const int offset = joins_row ? upper.table.rows - 1 : upper.table.rows;
  for (size_t idx = 0; idx < trimmed.table.cells.size(); ++idx) {
    Cell& cell = trimmed.table.cells[idx];
    const int partner = cell.row == 0 ? UpperPartner(upper, cell) : -1;
    const bool continues =
        partner >= 0 &&
        (joins_row || cut_header ||
         ContinuesMergedCell(upper.table.cells[static_cast<size_t>(partner)],
                             upper.grid[static_cast<size_t>(partner)], cell, trimmed.grid[idx]));
    if (continues) {
      Cell& upper_cell = upper.table.cells[static_cast<size_t>(partner)];
      if (!cell.text.empty()) {
        upper_cell.text += upper_cell.text.empty() ? cell.text : "\n" + cell.text;
        upper.grid[static_cast<size_t>(partner)] = trimmed.grid[idx];
      }
      upper_cell.rowspan += cell.rowspan - (joins_row ? 1 : 0);
      continue;
    }
    cell.row += offset;
    upper.table.cells.push_back(std::move(cell));
    upper.grid.push_back(trimmed.grid[idx]);
  }
  upper.table.rows = offset + trimmed.table.rows;
  upper.table.last_page = lower.table.last_page;
  SortRowMajor(upper);
}

}  // namespace nianbao::pdf
