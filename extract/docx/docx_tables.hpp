// Internal to extract/docx: one w:tbl into a Table with row and column spans.
//
// Grid columns are tracked explicitly: a row starts at w:gridBefore, each cell covers
// w:gridSpan columns, w:gridAfter pads the end. A cell with w:vMerge="continue" (or a bare
// w:vMerge) extends the cell whose vertical merge is open above it in the same columns.
// Cell text is the cell's own paragraphs joined with '\n'. A table nested in a cell is not
// part of the cell's text: it becomes its own Table block, emitted after the outer table
// (in `floating`, with text boxes anchored in cells), so every grid stays rectangular.
#pragma once

#include <vector>

#include <libxml/tree.h>

#include "nianbao/extract.hpp"

namespace nianbao::docx_internal {

class BodyReader;

// Widest grid accepted; wider spans are repaired with a warning (hostile w:gridSpan).
constexpr int kMaxGridColumns = 1000;

Table ReadTable(const xmlNode* table_node, BodyReader& reader, std::vector<Block>& floating,
                int depth);

}  // namespace nianbao::docx_internal
