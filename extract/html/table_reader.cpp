#include "table_reader.hpp"

#include <algorithm>

#include "html_dom.hpp"

namespace nianbao::html {

std::vector<xmlNode*> OwnRows(const xmlNode* table) {
  std::vector<xmlNode*> rows;
  for (xmlNode* child = table->children; child != nullptr; child = child->next) {
    if (IsNamed(child, "tr")) {
      rows.push_back(child);
    } else if (IsNamed(child, "thead") || IsNamed(child, "tbody") || IsNamed(child, "tfoot")) {
      for (xmlNode* row = child->children; row != nullptr; row = row->next) {
        if (IsNamed(row, "tr")) rows.push_back(row);
      }
    }
  }
  return rows;
}

std::vector<xmlNode*> OwnCells(const xmlNode* row) {
  std::vector<xmlNode*> cells;
  for (xmlNode* child = row->children; child != nullptr; child = child->next) {
    if (IsNamed(child, "td") || IsNamed(child, "th")) cells.push_back(child);
  }
  return cells;
}

xmlNode* Caption(const xmlNode* table) {
  for (xmlNode* child = table->children; child != nullptr; child = child->next) {
    if (IsNamed(child, "caption")) return child;
  }
  return nullptr;
}

bool HasDescendant(const xmlNode* node, std::string_view name) {
  for (const xmlNode* current = node->children; current != nullptr;
       current = NextUnder(current, node)) {
    if (IsNamed(current, name)) return true;
  }
  return false;
}

bool IsLayoutTable(const xmlNode* table) {
  std::vector<xmlNode*> rows = OwnRows(table);
  size_t widest = 0;
  for (const xmlNode* row : rows) widest = std::max(widest, OwnCells(row).size());
  if (rows.size() <= 1 && widest <= 1) return true;
  bool one_line = rows.size() == 1 || widest == 1;
  return one_line && HasDescendant(table, "table");
}

}  // namespace nianbao::html
