#include "table_grid.hpp"

#include <fmt/core.h>
#include <algorithm>
#include <limits>

namespace nianbao::html {
namespace {

// Which grid slots are taken, row by row; rows grow to the right as needed.
class Occupancy {
 public:
  explicit Occupancy(int rows) : slots_(static_cast<size_t>(rows)) {}

  bool Taken(int row, int col) const {
    const auto& line = slots_[static_cast<size_t>(row)];
    return static_cast<size_t>(col) < line.size() && line[static_cast<size_t>(col)];
  }

  int FirstFree(int row, int col) const {
    while (Taken(row, col)) ++col;
    return col;
  }

  void Take(const Cell& cell) {
    for (int row_idx = cell.row; row_idx < cell.EndRow(); ++row_idx) {
      auto& line = slots_[static_cast<size_t>(row_idx)];
      if (line.size() < static_cast<size_t>(cell.EndCol())) line.resize(cell.EndCol(), false);
      std::fill(line.begin() + cell.col, line.begin() + cell.EndCol(), true);
    }
  }

 private:
  std::vector<std::vector<bool>> slots_;
};

// The width the table's rows agree on: the widest row, unless a single row is wider than
// every other (colspan="50" in a 7-column table); then the next-widest row.
int ReferenceWidth(const std::vector<Cell>& placed, int row_count) {
  std::vector<int> row_width(static_cast<size_t>(row_count), 0);
  for (const Cell& cell : placed) {
    auto row = static_cast<size_t>(cell.row);
    row_width[row] = std::max(row_width[row], cell.EndCol());
  }
  int widest = 0;
  int widest_rows = 0;
  int runner_up = 0;
  for (int width : row_width) {
    if (width > widest) {
      runner_up = widest;
      widest = width;
      widest_rows = 1;
    } else if (width == widest) {
      ++widest_rows;
    } else {
      runner_up = std::max(runner_up, width);
    }
  }
  return widest_rows == 1 && runner_up > 0 ? runner_up : widest;
}

Diagnostic SpanDiagnostic(std::string code, std::string message, int table_index, int row,
                          int col) {
  Diagnostic diagnostic;
  diagnostic.severity = Severity::kWarning;
  diagnostic.code = std::move(code);
  diagnostic.message = std::move(message);
  diagnostic.location.table = table_index;
  diagnostic.location.row = row;
  diagnostic.location.col = col;
  return diagnostic;
}

// The span a cell asks for, with invalid values reported and set to 1.
int RequestedSpan(const std::string& text, const char* attribute, int cap, int table_index, int row,
                  int col, std::vector<Diagnostic>& diagnostics) {
  ParsedSpan span = ParseSpan(text);
  if (!span.valid) {
    diagnostics.push_back(SpanDiagnostic(
        "html.bad_span",
        fmt::format("{}=\"{}\" is not a positive number; read as 1", attribute, text), table_index,
        row, col));
  }
  return std::min(span.value, cap);
}

long long EstimatedSlots(const std::vector<SourceRow>& rows) {
  long long widest = 0;
  for (const SourceRow& row : rows) {
    long long width = 0;
    for (const SourceCell& cell : row)
      width += std::min(ParseSpan(cell.colspan).value, kMaxColspan);
    widest = std::max(widest, width);
  }
  return widest * static_cast<long long>(rows.size());
}

// Shrinks a cell so that it covers no slot already taken (a malformed table).
bool ShrinkToFree(Cell& cell, const Occupancy& occupancy) {
  bool shrunk = false;
  for (int col_idx = cell.col + 1; col_idx < cell.EndCol(); ++col_idx) {
    if (occupancy.Taken(cell.row, col_idx)) {
      cell.colspan = col_idx - cell.col;
      shrunk = true;
      break;
    }
  }
  for (int row_idx = cell.row + 1; row_idx < cell.EndRow(); ++row_idx) {
    bool blocked = false;
    for (int col_idx = cell.col; col_idx < cell.EndCol() && !blocked; ++col_idx) {
      blocked = occupancy.Taken(row_idx, col_idx);
    }
    if (blocked) {
      cell.rowspan = row_idx - cell.row;
      shrunk = true;
      break;
    }
  }
  return shrunk;
}

// Places every row's cells. With a `width_cap`, a colspan is clamped so that its row fits
// the cap, leaving one column for each cell after it in the row.
std::vector<Cell> PlaceRows(const std::vector<SourceRow>& rows, bool spans_allowed, int width_cap,
                            int table_index, std::vector<Diagnostic>& diagnostics) {
  const int row_count = static_cast<int>(rows.size());
  Occupancy occupancy(row_count);
  std::vector<Cell> placed;
  for (int row_idx = 0; row_idx < row_count; ++row_idx) {
    const SourceRow& row = rows[static_cast<size_t>(row_idx)];
    int col = 0;
    for (size_t cell_idx = 0; cell_idx < row.size(); ++cell_idx) {
      const SourceCell& source = row[cell_idx];
      Cell cell;
      cell.row = row_idx;
      cell.col = occupancy.FirstFree(row_idx, col);
      cell.text = source.text;
      if (spans_allowed) {
        cell.rowspan = RequestedSpan(source.rowspan, "rowspan", kMaxRowspan, table_index, row_idx,
                                     cell.col, diagnostics);
        cell.colspan = RequestedSpan(source.colspan, "colspan", kMaxColspan, table_index, row_idx,
                                     cell.col, diagnostics);
      }
      if (cell.EndRow() > row_count) {
        diagnostics.push_back(
            SpanDiagnostic("html.span_clamped",
                           fmt::format("rowspan={} runs past the table's last row; clamped to {}",
                                       cell.rowspan, row_count - row_idx),
                           table_index, row_idx, cell.col));
        cell.rowspan = row_count - row_idx;
      }
      const int room =
          std::max(1, width_cap - cell.col - static_cast<int>(row.size() - cell_idx - 1));
      if (cell.colspan > room) {
        diagnostics.push_back(SpanDiagnostic(
            "html.span_clamped",
            fmt::format("colspan={} makes its row wider than the table's {} columns; clamped to {}",
                        cell.colspan, width_cap, room),
            table_index, row_idx, cell.col));
        cell.colspan = room;
      }
      if (ShrinkToFree(cell, occupancy)) {
        diagnostics.push_back(SpanDiagnostic("html.overlapping_cells",
                                             "a merged cell overlapped another; it was shrunk",
                                             table_index, row_idx, cell.col));
      }
      occupancy.Take(cell);
      col = cell.EndCol();
      placed.push_back(std::move(cell));
    }
  }
  return placed;
}

}  // namespace

ParsedSpan ParseSpan(const std::string& text) {
  size_t pos = 0;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' ||
                               text[pos] == '\r' || text[pos] == '\f')) {
    ++pos;
  }
  if (pos == text.size()) return {1, text.empty()};
  if (text[pos] == '+') ++pos;
  long long value = 0;
  bool any_digit = false;
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
    any_digit = true;
    value = std::min<long long>(value * 10 + (text[pos] - '0'), 1LL << 40);
    ++pos;
  }
  if (!any_digit || value <= 0) return {1, false};
  return {static_cast<int>(std::min<long long>(value, kMaxRowspan + 1LL)), true};
}

Table PlaceCells(const std::vector<SourceRow>& rows, int table_index,
                 std::vector<Diagnostic>& diagnostics) {
  bool spans_allowed = EstimatedSlots(rows) <= kMaxGridSlots;
  if (!spans_allowed) {
    diagnostics.push_back(SpanDiagnostic(
        "html.table_too_large",
        "the table's spans would make a grid of more than 16 million slots; spans were ignored",
        table_index, 0, 0));
  }
  // First pass: where the cells would go as written; second: with the agreed width.
  std::vector<Diagnostic> first_pass_notes;
  const int reference_width =
      ReferenceWidth(PlaceRows(rows, spans_allowed, std::numeric_limits<int>::max(), table_index,
                               first_pass_notes),
                     static_cast<int>(rows.size()));
  std::vector<Cell> placed =
      PlaceRows(rows, spans_allowed, reference_width, table_index, diagnostics);
  int width = 0;
  for (const Cell& cell : placed) width = std::max(width, cell.EndCol());
  Table table;
  table.rows = static_cast<int>(rows.size());
  table.cols = width;
  table.origin = TableOrigin::kMarkup;
  table.cells = std::move(placed);
  return table;
}

}  // namespace nianbao::html
