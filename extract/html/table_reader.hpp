// Internal to the html reader: the structure of a <table> element in the DOM.
#pragma once

#include <libxml/tree.h>

#include <string_view>
#include <vector>

namespace nianbao::html {

// The table's own rows (direct, or inside thead/tbody/tfoot), not those of nested tables.
std::vector<xmlNode*> OwnRows(const xmlNode* table);

// The row's own cells (td and th).
std::vector<xmlNode*> OwnCells(const xmlNode* row);

// The table's <caption>, or null.
xmlNode* Caption(const xmlNode* table);

// True if some element below `node` is named `name` (iterative: any depth is safe).
bool HasDescendant(const xmlNode* node, std::string_view name);

// A table used for page layout rather than data: a single cell, or a single row or column
// that holds other tables. Its cells are read as ordinary blocks.
bool IsLayoutTable(const xmlNode* table);

}  // namespace nianbao::html
