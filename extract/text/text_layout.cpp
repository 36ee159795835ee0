#include "text_layout.hpp"

#include <string>
#include <vector>

namespace nianbao::extract_internal {
namespace {

// Two blank lines in a row end a table: rows inside a table are one blank line apart.
constexpr int kBlankLinesEndingTable = 2;

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";

// Strips ASCII white space, U+3000 and U+00A0 from both ends.
std::string_view TrimSpaces(std::string_view text) {
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    if (text.front() == ' ' || text.front() == '\t' || text.front() == '\r') {
      text.remove_prefix(1);
      changed = true;
    } else if (text.substr(0, 3) == kIdeographicSpace) {
      text.remove_prefix(3);
      changed = true;
    } else if (text.substr(0, 2) == kNoBreakSpace) {
      text.remove_prefix(2);
      changed = true;
    }
  }
  changed = true;
  while (changed && !text.empty()) {
    changed = false;
    if (text.back() == ' ' || text.back() == '\t' || text.back() == '\r') {
      text.remove_suffix(1);
      changed = true;
    } else if (text.size() >= 3 && text.substr(text.size() - 3) == kIdeographicSpace) {
      text.remove_suffix(3);
      changed = true;
    } else if (text.size() >= 2 && text.substr(text.size() - 2) == kNoBreakSpace) {
      text.remove_suffix(2);
      changed = true;
    }
  }
  return text;
}

// Word-to-text converters leave "[bookmark: _GoBack]" markers in the text.
std::string RemoveBookmarks(std::string_view text) {
  constexpr std::string_view kOpen = "[bookmark:";
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t open = text.find(kOpen, pos);
    size_t close = open == std::string_view::npos ? open : text.find(']', open);
    if (close == std::string_view::npos) {
      out.append(text.substr(pos));
      break;
    }
    out.append(text.substr(pos, open - pos));
    pos = close + 1;
  }
  return out;
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(pos));
      break;
    }
    lines.push_back(text.substr(pos, end - pos));
    pos = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
  }
  return lines;
}

using RowCells = std::vector<std::string>;

// Lays rows of cell texts into a grid as wide as the widest row, each row right-aligned:
// its first cell spans the columns the row lacks.
Table BuildTable(const std::vector<RowCells>& rows) {
  Table table;
  table.origin = TableOrigin::kText;
  table.rows = static_cast<int>(rows.size());
  for (const RowCells& row : rows) table.cols = std::max(table.cols, static_cast<int>(row.size()));
  for (int row_idx = 0; row_idx < table.rows; ++row_idx) {
    const RowCells& row = rows[row_idx];
    const int missing = table.cols - static_cast<int>(row.size());
    for (size_t cell_idx = 0; cell_idx < row.size(); ++cell_idx) {
      Cell cell;
      cell.row = row_idx;
      cell.col = cell_idx == 0 ? 0 : missing + static_cast<int>(cell_idx);
      cell.colspan = cell_idx == 0 ? missing + 1 : 1;
      cell.text = row[cell_idx];
      table.cells.push_back(std::move(cell));
    }
  }
  return table;
}

class DumpParser {
 public:
  void Feed(std::string_view line) {
    if (!line.empty() && line.front() == '\t') {
      AddCell(line);
    } else if (TrimSpaces(line).empty()) {
      EndRow();
      ++blank_run_;
    } else if (!row_.empty()) {
      row_.back() += '\n';
      row_.back() += TrimSpaces(line);
      blank_run_ = 0;
    } else {
      EndTable();
      std::string text = RemoveBookmarks(TrimSpaces(line));
      if (!TrimSpaces(text).empty()) {
        blocks_.push_back(Paragraph{std::string(TrimSpaces(text)), std::nullopt, std::nullopt});
      }
      blank_run_ = 0;
    }
  }

  std::vector<Block> Finish() {
    EndTable();
    return std::move(blocks_);
  }

 private:
  void AddCell(std::string_view line) {
    if (row_.empty() && blank_run_ >= kBlankLinesEndingTable) EndTable();
    row_.emplace_back(TrimSpaces(line));
    blank_run_ = 0;
  }

  void EndRow() {
    if (row_.empty()) return;
    rows_.push_back(std::move(row_));
    row_.clear();
  }

  void EndTable() {
    EndRow();
    if (rows_.empty()) return;
    blocks_.push_back(BuildTable(rows_));
    rows_.clear();
  }

  std::vector<Block> blocks_;
  std::vector<RowCells> rows_;
  RowCells row_;
  int blank_run_ = 0;
};

}  // namespace

std::vector<Block> LayOutTextDump(std::string_view text) {
  DumpParser parser;
  for (std::string_view line : SplitLines(text)) parser.Feed(line);
  return parser.Finish();
}

}  // namespace nianbao::extract_internal
