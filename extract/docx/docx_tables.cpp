#include "docx_tables.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "docx_document.hpp"
#include "docx_xml.hpp"

namespace nianbao::docx_internal {
namespace {

enum class VerticalMerge { kNone, kRestart, kContinue };

// A cell's own paragraphs become its text; nested tables and text boxes float out.
class CellSink : public BlockSink {
 public:
  explicit CellSink(std::vector<Block>& floating) : floating_(floating) {}
  void AddParagraph(std::string text) override {
    if (IsBlank(text)) return;
    if (!text_.empty()) text_ += '\n';
    text_ += text;
  }
  void AddBlock(Block block) override { floating_.push_back(std::move(block)); }
  std::string TakeText() { return std::move(text_); }

 private:
  std::string text_;
  std::vector<Block>& floating_;
};

// Children named w:`local`, looking through w:sdt/w:sdtContent and w:customXml wrappers.
void CollectThroughWrappers(const xmlNode* parent, std::string_view local,
                            std::vector<const xmlNode*>& out) {
  for (const xmlNode* child = parent->children; child; child = child->next) {
    if (IsW(child, local)) {
      out.push_back(child);
    } else if (IsW(child, "sdt")) {
      if (const xmlNode* content = FindW(child, "sdtContent")) {
        CollectThroughWrappers(content, local, out);
      }
    } else if (IsW(child, "customXml") || IsW(child, "ins")) {
      CollectThroughWrappers(child, local, out);
    }
  }
}

VerticalMerge VerticalMergeOf(const xmlNode* cell_props) {
  const xmlNode* merge = FindW(cell_props, "vMerge");
  if (!merge) return VerticalMerge::kNone;
  return WAttr(merge, "val").value_or("continue") == "restart" ? VerticalMerge::kRestart
                                                               : VerticalMerge::kContinue;
}

bool IsDeletedRow(const xmlNode* row) {
  return FindW(FindW(row, "trPr"), "del") != nullptr;
}

int RowProperty(const xmlNode* row, std::string_view name) {
  const xmlNode* props = FindW(row, "trPr");
  return std::max(0, WIntAttr(FindW(props, name), "val").value_or(0));
}

class TableBuilder {
 public:
  TableBuilder(BodyReader& reader, std::vector<Block>& floating, int depth)
      : reader_(reader), floating_(floating), depth_(depth) {}

  void AddRow(const xmlNode* row);
  Table Finish();

 private:
  void AddCell(const xmlNode* cell, int row_idx);
  int ClampSpan(int span, int row_idx);
  void CloseUncontinuedMerges(int row_idx);
  int OpenMergeAt(int col) const {
    return col < static_cast<int>(open_merge_.size()) ? open_merge_[col] : -1;
  }
  void SetOpenMerge(int col, int span, int cell_idx);

  BodyReader& reader_;
  std::vector<Block>& floating_;
  int depth_;
  Table table_;
  std::vector<int> open_merge_;  // per grid column: cell whose vertical merge is open, or -1
  std::vector<bool> continued_;  // per grid column: continued in the current row
  int col_ = 0;                  // next grid column in the current row
  int width_ = 0;                // widest row so far
};

int TableBuilder::ClampSpan(int span, int row_idx) {
  if (span >= 1 && col_ + span <= kMaxGridColumns) return span;
  int repaired = std::clamp(kMaxGridColumns - col_, 1, std::max(1, span));
  reader_.Warn("docx.bad_grid_span",
               "a table cell spans " + std::to_string(span) + " grid columns; read as " +
                   std::to_string(repaired),
               Location{.row = row_idx, .col = col_});
  return repaired;
}

void TableBuilder::SetOpenMerge(int col, int span, int cell_idx) {
  if (static_cast<int>(open_merge_.size()) < col + span) {
    open_merge_.resize(col + span, -1);
    continued_.resize(col + span, false);
  }
  for (int col_idx = col; col_idx < col + span; ++col_idx) open_merge_[col_idx] = cell_idx;
}

void TableBuilder::AddCell(const xmlNode* cell, int row_idx) {
  const xmlNode* props = FindW(cell, "tcPr");
  // Always walk the content: list counters advance and nested tables float out.
  CellSink sink(floating_);
  reader_.ReadBlocks(cell, sink, depth_ + 1);
  std::string text = sink.TakeText();

  // Legacy horizontal merge: the cell extends the one to its left.
  if (WAttr(FindW(props, "hMerge"), "val").value_or("") == "continue" && !table_.cells.empty() &&
      table_.cells.back().row == row_idx) {
    int span = ClampSpan(WIntAttr(FindW(props, "gridSpan"), "val").value_or(1), row_idx);
    table_.cells.back().colspan += span;
    col_ += span;
    return;
  }
  int span = ClampSpan(WIntAttr(FindW(props, "gridSpan"), "val").value_or(1), row_idx);
  VerticalMerge merge = VerticalMergeOf(props);
  if (merge == VerticalMerge::kContinue) {
    int open = OpenMergeAt(col_);
    if (open >= 0 && table_.cells[open].col == col_ && table_.cells[open].colspan == span) {
      Cell& above = table_.cells[open];
      above.rowspan = row_idx - above.row + 1;
      for (int col_idx = col_; col_idx < col_ + span; ++col_idx) continued_[col_idx] = true;
      if (!IsBlank(text)) {
        reader_.Warn("docx.hidden_merged_text",
                     "a vertically merged cell continues with its own text, which Word hides: \"" +
                         text + "\"",
                     Location{.row = row_idx, .col = col_});
      }
      col_ += span;
      return;
    }
    reader_.Warn("docx.vmerge_without_start",
                 "a cell continues a vertical merge that has no matching cell above; read as "
                 "a cell of its own",
                 Location{.row = row_idx, .col = col_});
  }
  int cell_idx = static_cast<int>(table_.cells.size());
  table_.cells.push_back(Cell{row_idx, col_, 1, span, std::move(text), std::nullopt, std::nullopt});
  SetOpenMerge(col_, span, merge == VerticalMerge::kNone ? -1 : cell_idx);
  col_ += span;
}

// A vertical merge ends at the first row that does not continue it.
void TableBuilder::CloseUncontinuedMerges(int row_idx) {
  for (size_t col_idx = 0; col_idx < open_merge_.size(); ++col_idx) {
    int open = open_merge_[col_idx];
    if (open >= 0 && table_.cells[open].row != row_idx && !continued_[col_idx]) {
      open_merge_[col_idx] = -1;
    }
    continued_[col_idx] = false;
  }
}

void TableBuilder::AddRow(const xmlNode* row) {
  int row_idx = table_.rows;
  col_ = std::min(RowProperty(row, "gridBefore"), kMaxGridColumns - 1);
  std::vector<const xmlNode*> cells;
  CollectThroughWrappers(row, "tc", cells);
  for (const xmlNode* cell : cells) AddCell(cell, row_idx);
  int after = std::min(RowProperty(row, "gridAfter"), kMaxGridColumns - col_);
  width_ = std::max(width_, col_ + std::max(0, after));
  CloseUncontinuedMerges(row_idx);
  ++table_.rows;
}

Table TableBuilder::Finish() {
  table_.cols = width_;
  table_.origin = TableOrigin::kMarkup;
  return std::move(table_);
}

}  // namespace

Table ReadTable(const xmlNode* table_node, BodyReader& reader, std::vector<Block>& floating,
                int depth) {
  reader.CheckDepth(depth);
  TableBuilder builder(reader, floating, depth);
  std::vector<const xmlNode*> rows;
  CollectThroughWrappers(table_node, "tr", rows);
  for (const xmlNode* row : rows) {
    if (!IsDeletedRow(row)) builder.AddRow(row);
  }
  return builder.Finish();
}

}  // namespace nianbao::docx_internal
