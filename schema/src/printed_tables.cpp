// PrintedTables: the templates' label trees (template_model.hpp) as a header grid and rows.
#include <algorithm>
#include <string>
#include <vector>

#include "template_model.hpp"

namespace nianbao::schema {
namespace {

std::string Join(const std::string& prefix, const std::string& key) {
  if (prefix.empty()) return key;
  if (key.empty()) return prefix;
  return prefix + "." + key;
}

std::string FirstLabel(const LabelNode& node) {
  return node.labels.empty() ? node.key : node.labels.front();
}

int Depth(const LabelNode& node) {
  int deepest = 0;
  for (const LabelNode& child : node.children) deepest = std::max(deepest, Depth(child));
  return node.children.empty() ? 0 : deepest + 1;
}

int Leaves(const LabelNode& node) {
  if (node.IsLeaf()) return 1;
  int count = 0;
  for (const LabelNode& child : node.children) count += Leaves(child);
  return count;
}

struct Column {
  std::string key;   // column key path below the table ("natural", "review.upheld")
  std::string leaf;  // the last segment (what table 二's rows list)
};

void CollectColumns(const LabelNode& node, std::vector<Column>& columns) {
  for (const LabelNode& child : node.children) {
    if (child.IsLeaf()) {
      columns.push_back({child.full_key, child.key});
    } else {
      CollectColumns(child, columns);
    }
  }
}

// Header cells of the columns' tree at `level` (1 = the root's children).
// `first_column` is the leaf index where `node`'s leaves begin.
void HeaderLevel(const LabelNode& node, int level, int depth, int total_depth, int first_column,
                 std::vector<PrintedTable::HeaderCell>& cells) {
  for (const LabelNode& child : node.children) {
    if (depth == level) {
      const int rowspan = child.IsLeaf() ? total_depth - level + 1 : 1;
      cells.push_back({FirstLabel(child), Leaves(child), rowspan, first_column});
    } else if (!child.IsLeaf()) {
      HeaderLevel(child, level, depth + 1, total_depth, first_column, cells);
    }
    first_column += Leaves(child);
  }
}

PrintedTable::Row DataRow(const std::string& table_id, const std::string& label, int depth,
                          const std::string& row_key, const std::vector<std::string>& row_columns,
                          const std::vector<Column>& columns) {
  PrintedTable::Row row{label, depth, {}};
  for (const Column& column : columns) {
    const bool printed = row_columns.empty() || std::find(row_columns.begin(), row_columns.end(),
                                                          column.leaf) != row_columns.end();
    row.keys.push_back(printed ? Join(Join(table_id, row_key), column.key) : "");
  }
  return row;
}

void CollectRows(const std::string& table_id, const LabelNode& node, int depth,
                 const std::vector<Column>& columns, std::vector<PrintedTable::Row>& rows) {
  for (const LabelNode& child : node.children) {
    if (child.IsLeaf() && child.self_key.empty()) {
      rows.push_back(
          DataRow(table_id, FirstLabel(child), depth, child.full_key, child.columns, columns));
      continue;
    }
    if (!child.self_key.empty()) {
      rows.push_back(DataRow(table_id, FirstLabel(child), depth,
                             Join(child.full_key, child.self_key), child.columns, columns));
    } else {
      rows.push_back({FirstLabel(child), depth, std::vector<std::string>(columns.size())});
    }
    CollectRows(table_id, child, depth + 1, columns, rows);
    if (!child.subtotal_key.empty() && child.subtotal_key != child.self_key) {
      rows.push_back(DataRow(table_id, "小计", depth + 1, Join(child.full_key, child.subtotal_key),
                             child.columns, columns));
    }
  }
}

PrintedTable Printed(const TableSpec& spec) {
  PrintedTable table;
  table.id = spec.id;
  table.title = spec.title;
  std::vector<Column> columns;
  CollectColumns(spec.columns, columns);
  const int header_depth = std::max(Depth(spec.columns), 1);
  for (int level = 1; level <= header_depth; ++level) {
    std::vector<PrintedTable::HeaderCell> cells;
    if (level == 1) cells.push_back({"", 1, header_depth, -1});
    HeaderLevel(spec.columns, level, 1, header_depth, 0, cells);
    table.header.push_back(std::move(cells));
  }
  if (spec.rows.IsLeaf()) {
    table.rows.push_back(DataRow(spec.id, "", 0, "", {}, columns));  // one unlabelled row
  } else {
    CollectRows(spec.id, spec.rows, 0, columns, table.rows);
  }
  return table;
}

std::string Substitute(std::string text, const std::string& variable, const std::string& value) {
  const std::string placeholder = "{" + variable + "}";
  for (size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder)) {
    text.replace(at, placeholder.size(), value);
  }
  return text;
}

void AddOperands(const std::vector<CheckTerm>& terms, const std::string& variable,
                 const std::string& value, std::vector<std::string>& keys) {
  for (const CheckTerm& term : terms) {
    for (const std::vector<std::string>& alternative : term.alternatives) {
      for (const std::string& key : alternative) keys.push_back(Substitute(key, variable, value));
    }
  }
}

}  // namespace

std::map<std::string, std::vector<std::string>> CheckOperands(const TemplateSet& templates,
                                                              std::string_view version) {
  std::map<std::string, std::vector<std::string>> operands;
  for (const TemplateSpec& spec : templates.impl().templates) {
    if (spec.version != version) continue;
    for (const CheckSpec& check : spec.checks) {
      const std::vector<std::string> values =
          check.variable.empty() ? std::vector<std::string>{""} : check.values;
      for (const std::string& value : values) {
        std::vector<std::string>& keys = operands[Substitute(check.rule, check.variable, value)];
        AddOperands(check.lhs, check.variable, value, keys);
        AddOperands(check.rhs, check.variable, value, keys);
      }
    }
  }
  return operands;
}

std::vector<PrintedTable> PrintedTables(const TemplateSet& templates, std::string_view version) {
  std::vector<PrintedTable> tables;
  for (const TemplateSpec& spec : templates.impl().templates) {
    if (spec.version != version) continue;
    for (const TableSpec& table : spec.tables) tables.push_back(Printed(table));
  }
  return tables;
}

}  // namespace nianbao::schema
