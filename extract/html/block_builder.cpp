#include "block_builder.hpp"

#include "html_dom.hpp"
#include "table_reader.hpp"

namespace nianbao::html {

BlockBuilder::BlockBuilder(const ArticleFinder& finder, WalkLimits& limits,
                           std::vector<Diagnostic>& diagnostics)
    : limits_(limits),
      diagnostics_(diagnostics),
      walker_(
          lines_, limits, [this](xmlNode* table, int depth) { EmitTable(table, depth); },
          [&finder](const xmlNode* element) { return finder.IsClutter(element); }) {}

std::vector<Block> BlockBuilder::Build(const xmlNode* article, int depth) {
  blocks_.clear();
  walker_.WalkChildren(article, depth);
  FlushParagraphs();
  return std::move(blocks_);
}

void BlockBuilder::FlushParagraphs() {
  for (std::string& line : lines_.TakeLines()) {
    Paragraph paragraph;
    paragraph.text = std::move(line);
    blocks_.emplace_back(std::move(paragraph));
  }
}

void BlockBuilder::EmitTable(xmlNode* table, int depth) {
  FlushParagraphs();
  if (IsLayoutTable(table)) {
    walker_.WalkChildren(table, depth);
    FlushParagraphs();
    return;
  }
  if (const xmlNode* caption = Caption(table)) {
    for (std::string& line : TextLines(caption, limits_)) {
      Paragraph paragraph;
      paragraph.text = std::move(line);
      blocks_.emplace_back(std::move(paragraph));
    }
  }
  std::vector<NestedTable> nested;
  std::vector<SourceRow> rows;
  for (xmlNode* row : OwnRows(table)) {
    SourceRow& source_row = rows.emplace_back();
    for (xmlNode* cell : OwnCells(row)) source_row.push_back(ReadCell(cell, depth + 2, nested));
  }
  blocks_.emplace_back(PlaceCells(rows, table_count_++, diagnostics_));
  for (const NestedTable& inner : nested) EmitTable(inner.table, inner.depth);
}

SourceCell BlockBuilder::ReadCell(xmlNode* cell, int depth, std::vector<NestedTable>& nested) {
  SourceCell source;
  source.rowspan = Attribute(cell, "rowspan");
  source.colspan = Attribute(cell, "colspan");
  LineCollector cell_lines;
  ContentWalker cell_walker(
      cell_lines, limits_,
      [&nested](xmlNode* table, int table_depth) {
        nested.push_back({table, table_depth});
      },
      nullptr);
  cell_walker.WalkChildren(cell, depth);
  source.text = JoinLines(cell_lines.TakeLines());
  return source;
}

int DepthOf(const xmlNode* node) {
  int depth = 0;
  for (const xmlNode* current = node; current != nullptr && current->type == XML_ELEMENT_NODE;
       current = current->parent) {
    ++depth;
  }
  return depth;
}

}  // namespace nianbao::html
