#include <algorithm>
#include <optional>

#include "assembly.hpp"

namespace nianbao::pdf {
namespace {

struct PageItem {
  double top = 0;
  const TextLine* line = nullptr;
  PlacedTable* table = nullptr;
};

std::vector<PageItem> ItemsInReadingOrder(PageLayout& page) {
  std::vector<PageItem> items;
  for (const TextLine& line : page.lines) items.push_back({line.box.top, &line, nullptr});
  for (PlacedTable& table : page.tables) items.push_back({table.box.top, nullptr, &table});
  std::stable_sort(items.begin(), items.end(),
                   [](const PageItem& a, const PageItem& b) { return a.top < b.top; });
  return items;
}

Box Union(const Box& a, const Box& b) {
  return {std::min(a.x0, b.x0), std::min(a.top, b.top), std::max(a.x1, b.x1),
          std::max(a.bottom, b.bottom)};
}

// Joins a wrapped line onto a paragraph, OCR's confidences with its text.
void AppendLine(Paragraph& paragraph, const TextLine& line) {
  const std::string line_text = line.Text();
  const size_t before = CountCodePoints(paragraph.text);
  AppendLineText(paragraph.text, line_text);
  std::vector<float> line_confidence = line.OcrConfidence();
  if (!paragraph.FromOcr() && line_confidence.empty()) return;
  const size_t line_length = CountCodePoints(line_text);
  if (line_confidence.empty()) line_confidence.assign(line_length, 1.0f);
  const size_t separator = CountCodePoints(paragraph.text) - before - line_length;
  std::vector<float>& confidence = paragraph.ocr_confidence;
  confidence.resize(before, 1.0f);
  confidence.insert(confidence.end(), separator, 1.0f);
  confidence.insert(confidence.end(), line_confidence.begin(), line_confidence.end());
}

class BlockBuilder {
 public:
  explicit BlockBuilder(BodyMetrics body) : body_(body) {}

  // `frame`: the line's view of its page; paragraphs get boxes on the page as displayed.
  void AddLine(const TextLine& line, const PageFrame& frame) {
    FlushTable();
    const Box box = frame.ToDisplay(line.box);
    if (paragraph_ && !StartsParagraph(last_line_, line, body_)) {
      AppendLine(*paragraph_, line);
      if (paragraph_->page == line.page) paragraph_->box = Union(*paragraph_->box, box);
    } else {
      FlushParagraph();
      paragraph_ = Paragraph{line.Text(), line.page, box, line.OcrConfidence()};
    }
    last_line_ = line;
  }

  // `first_on_page`: the table is the first item on its page. It continues the open table
  // when that was the last item on the previous page and their columns line up. The table
  // stays in its page (which outlives the builder) until it is flushed.
  void AddTable(PlacedTable& table, bool first_on_page) {
    FlushParagraph();
    if (open_table_ != nullptr && first_on_page && table_open_at_page_end_ &&
        ColumnsLineUp(*open_table_, table)) {
      AppendContinuation(*open_table_, std::move(table));
    } else {
      FlushTable();
      open_table_ = &table;
    }
    table_open_at_page_end_ = false;
  }

  void EndPage(bool last_item_was_table) { table_open_at_page_end_ = last_item_was_table; }

  std::vector<Block> Finish() {
    FlushParagraph();
    FlushTable();
    return std::move(blocks_);
  }

 private:
  void FlushParagraph() {
    if (paragraph_) blocks_.emplace_back(std::move(*paragraph_));
    paragraph_.reset();
  }
  void FlushTable() {
    if (open_table_ != nullptr) blocks_.emplace_back(std::move(open_table_->table));
    open_table_ = nullptr;
    table_open_at_page_end_ = false;
  }

  BodyMetrics body_;
  std::vector<Block> blocks_;
  std::optional<Paragraph> paragraph_;
  TextLine last_line_;
  PlacedTable* open_table_ = nullptr;  // in its page, not owned
  bool table_open_at_page_end_ = false;
};

}  // namespace

std::vector<Block> AssembleBlocks(std::vector<PageLayout>& pages) {
  BlockBuilder builder(MeasureBody(pages));
  for (PageLayout& page : pages) {
    const std::vector<PageItem> items = ItemsInReadingOrder(page);
    for (size_t item_idx = 0; item_idx < items.size(); ++item_idx) {
      const PageItem& item = items[item_idx];
      if (item.line != nullptr) {
        builder.AddLine(*item.line, page.frame);
      } else {
        builder.AddTable(*item.table, item_idx == 0);
      }
    }
    // A view left empty (its only lines were furniture) does not end an open table.
    if (!items.empty()) builder.EndPage(items.back().table != nullptr);
  }
  return builder.Finish();
}

}  // namespace nianbao::pdf
