// Internal to the html reader: the article's content as document blocks.
//
// In:  the article element (see article.hpp).
// Out: Paragraphs (one per line of text: block elements and <br> end a line) and Tables in
//      reading order.
//
// Tables: cells are placed by table_grid.hpp. A cell's text joins its text runs; <br> and
// block children (<p>, <div>) give '\n'. A table nested inside a cell becomes a Table block
// of its own, right after the table that holds it, and the outer cell keeps only its own
// text: the mapper then sees each table's grid whole instead of one cell stuffed with another
// table's text. A layout table (one cell, or one row/column wrapping other tables) is read
// as ordinary content. A <caption> becomes a paragraph before its table.
#pragma once

#include <libxml/tree.h>

#include <vector>

#include "article.hpp"
#include "content_walker.hpp"
#include "nianbao/extract.hpp"
#include "table_grid.hpp"

namespace nianbao::html {

class BlockBuilder {
 public:
  BlockBuilder(const ArticleFinder& finder, WalkLimits& limits,
               std::vector<Diagnostic>& diagnostics);
  BlockBuilder(const BlockBuilder&) = delete;
  BlockBuilder& operator=(const BlockBuilder&) = delete;

  // `depth` is the article's nesting depth in the page.
  std::vector<Block> Build(const xmlNode* article, int depth);

 private:
  struct NestedTable {
    xmlNode* table;
    int depth;
  };

  void FlushParagraphs();
  void EmitTable(xmlNode* table, int depth);
  SourceCell ReadCell(xmlNode* cell, int depth, std::vector<NestedTable>& nested);

  WalkLimits& limits_;
  std::vector<Diagnostic>& diagnostics_;
  LineCollector lines_;
  ContentWalker walker_;
  std::vector<Block> blocks_;
  int table_count_ = 0;
};

// Depth of `node` below the document (the root element is 1).
int DepthOf(const xmlNode* node);

}  // namespace nianbao::html
