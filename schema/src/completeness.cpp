#include "completeness.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace nianbao::schema {
namespace {

std::string JoinKey(const std::string& prefix, const std::string& key) {
  if (prefix.empty()) return key;
  if (key.empty()) return prefix;
  return prefix + "." + key;
}

// One row of a template table as the document prints it, or does not.
struct RowUnit {
  std::string key;                                    // row key path ("" for table 四)
  std::string label;                                  // for messages
  const std::vector<std::string>* columns = nullptr;  // allowed column keys (empty: all)
  bool required = true;
  bool not_printed = false;  // the document's layout leaves it out
};

struct ColumnLeaf {
  std::string key;
  std::string label;
  std::string not_printed;  // why the document's layout leaves it out; empty: printed
};

// What the tables gave, by key: whether a number, and which row prefixes appear.
class Found {
 public:
  explicit Found(const TableMapping& mapping) {
    for (const MappedValue& value : mapping.values) values_[value.key] = value.value.has_value();
  }

  // nullopt: absent; false: null (unreadable); true: a number.
  std::optional<bool> Get(const std::string& key) const {
    auto found = values_.find(key);
    if (found == values_.end()) return std::nullopt;
    return found->second;
  }

  bool RowPrinted(const std::string& table_id, const std::string& row_key) const {
    const std::string prefix = JoinKey(table_id, row_key) + ".";
    auto found = values_.lower_bound(prefix);
    return found != values_.end() && found->first.starts_with(prefix);
  }

 private:
  std::map<std::string, bool> values_;
};

bool NamesAnyBelow(const LabelNode& node, const std::set<const LabelNode*>& named) {
  return std::any_of(node.children.begin(), node.children.end(), [&](const LabelNode& child) {
    return named.contains(&child) || NamesAnyBelow(child, named);
  });
}

// The required columns. A group printed whole (named by the header, none of its sub-groups
// named) leaves its columns out.
void CollectColumns(const LabelNode& node, const std::string& label_prefix,
                    const std::set<const LabelNode*>& named, const std::string& not_printed,
                    std::vector<ColumnLeaf>& out) {
  for (const LabelNode& child : node.children) {
    const std::string label =
        label_prefix.empty() ? child.labels.front() : label_prefix + " · " + child.labels.front();
    if (child.IsLeaf()) {
      if (!child.optional) out.push_back({child.full_key, label, not_printed});
      continue;
    }
    std::string why = not_printed;
    if (child.may_be_printed_whole && named.contains(&child) && !NamesAnyBelow(child, named)) {
      why = "the document prints " + child.labels.front() +
            " as one group, without its sub-groups; the template has no key for that "
            "group's figures";
    }
    CollectColumns(child, child.labels.empty() ? label_prefix : label, named, why, out);
  }
}

// The rows a document prints, in template order. A group printed as its own single row
// ("self_row") with none of its sub-rows leaves the sub-rows out; with its sub-rows
// printed, its own row (then a subtotal) is not required.
void CollectRows(const LabelNode& node, const std::string& table_id, const Found& found,
                 std::vector<RowUnit>& out) {
  for (size_t idx = 0; idx < node.children.size(); ++idx) {
    const LabelNode& child = node.children[idx];
    const std::string label = child.labels.empty() ? child.full_key : child.labels.front();
    if (child.IsLeaf() && child.self_key.empty()) {
      RowUnit unit{child.full_key, label, &child.columns};
      if (child.may_be_left_out && !found.RowPrinted(table_id, child.full_key)) {
        const LabelNode* neighbour = idx + 1 < node.children.size() ? &node.children[idx + 1]
                                     : idx > 0                      ? &node.children[idx - 1]
                                                                    : nullptr;
        unit.not_printed = neighbour != nullptr && found.RowPrinted(table_id, neighbour->full_key);
      }
      out.push_back(unit);
      continue;
    }
    const size_t first_child = out.size();
    CollectRows(child, table_id, found, out);
    bool sub_rows_printed = false;
    for (size_t unit_idx = first_child; unit_idx < out.size(); ++unit_idx) {
      sub_rows_printed = sub_rows_printed || found.RowPrinted(table_id, out[unit_idx].key);
    }
    if (child.self_key.empty()) continue;  // a subtotal row alone is never required
    const std::string self_key = JoinKey(child.full_key, child.self_key);
    const bool as_one_row =
        out.size() == first_child || (!sub_rows_printed && found.RowPrinted(table_id, self_key));
    if (as_one_row) {
      for (size_t unit_idx = first_child; unit_idx < out.size(); ++unit_idx) {
        out[unit_idx].not_printed = true;
      }
      out.push_back({self_key, label + " (as one row)", &child.columns});
    }
  }
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "、") + item;
  return out;
}

class MissingList {
 public:
  void Add(std::vector<std::string> keys, MissingReason reason, std::string message) {
    if (!keys.empty()) entries_.push_back({std::move(keys), reason, std::move(message)});
  }
  std::vector<MissingKeys> Take() { return std::move(entries_); }

 private:
  std::vector<MissingKeys> entries_;
};

bool Allowed(const RowUnit& row, const ColumnLeaf& column) {
  if (row.columns == nullptr || row.columns->empty()) return true;
  const std::string leaf = column.key.substr(column.key.rfind('.') + 1);
  return std::find(row.columns->begin(), row.columns->end(), leaf) != row.columns->end();
}

void AssessRow(const TableSpec& table, const RowUnit& row, const std::vector<ColumnLeaf>& columns,
               const Found& found, MissingList& missing) {
  std::vector<std::string> absent, unreadable;
  std::vector<std::string> absent_labels, unreadable_labels;
  std::vector<std::string> all;
  for (const ColumnLeaf& column : columns) {
    if (!Allowed(row, column)) continue;
    const std::string key = JoinKey(JoinKey(table.id, row.key), column.key);
    all.push_back(key);
    const std::optional<bool> value = found.Get(key);
    if (!value) {
      absent.push_back(key);
      absent_labels.push_back(column.label);
    } else if (!*value) {
      unreadable.push_back(key);
      unreadable_labels.push_back(column.label);
    }
  }
  const std::string where =
      table.id + " (" + table.title + ")" + (row.key.empty() ? "" : ", row " + row.label);
  const bool group_not_printed =
      !columns.empty() && !columns.front().not_printed.empty() && absent.size() == all.size();
  if (group_not_printed) {
    missing.Add(all, MissingReason::kNotPrinted, where + ": " + columns.front().not_printed);
    return;
  }
  if (row.not_printed) {
    missing.Add(all, MissingReason::kNotPrinted,
                where + ": the document's table does not print this row");
    return;
  }
  const bool row_absent = !row.key.empty() && absent.size() == all.size();
  if (row_absent) {
    missing.Add(absent, MissingReason::kRowNotFound, where + ": the row was not found");
  } else {
    missing.Add(absent, MissingReason::kColumnNotFound,
                where + ": no cell under " + Join(absent_labels));
  }
  missing.Add(unreadable, MissingReason::kCellUnreadable,
              where + ": no readable number under " + Join(unreadable_labels));
}

// A table without rows (table 四) reports its missing cells per column group (行政复议, …);
// a table with rows per row, all its columns together.
std::vector<std::vector<ColumnLeaf>> ColumnGroups(const TableSpec& table,
                                                  const std::vector<ColumnLeaf>& columns) {
  if (!table.rows.children.empty()) return {columns};
  std::vector<std::vector<ColumnLeaf>> groups;
  std::string current;
  for (const ColumnLeaf& column : columns) {
    const std::string group = column.key.substr(0, column.key.find('.'));
    if (groups.empty() || group != current) groups.emplace_back();
    current = group;
    groups.back().push_back(column);
  }
  return groups;
}

// Keys already accounted for: given in values (number or null) or listed in `missing`.
std::set<std::string> Listed(const std::vector<MissingKeys>& missing) {
  std::set<std::string> keys;
  for (const MissingKeys& entry : missing) keys.insert(entry.keys.begin(), entry.keys.end());
  return keys;
}

// Not required, but never lost silently: the cells of a printed subtotal row that gave no
// number, and the rows an unnamed row may be (MapTables' unnamed_rows).
void AddOptionalMissing(const TemplateSpec& spec, const TableMapping& mapping, const Found& found,
                        MissingList& missing, std::set<std::string> listed) {
  for (const TableSpec& table : spec.tables) {
    std::vector<ColumnLeaf> columns;
    CollectColumns(table.columns, "", mapping.named_columns, "", columns);
    std::vector<const LabelNode*> groups{&table.rows};
    while (!groups.empty()) {
      const LabelNode* group = groups.back();
      groups.pop_back();
      for (const LabelNode& child : group->children) groups.push_back(&child);
      if (group->subtotal_key.empty()) continue;
      const std::string row_key = JoinKey(group->full_key, group->subtotal_key);
      if (!found.RowPrinted(table.id, row_key)) continue;
      const RowUnit row{row_key, group->labels.front() + " 小计", &group->columns};
      AssessRow(table, row, columns, found, missing);
    }
    for (const UnnamedRow& unnamed : mapping.unnamed_rows) {
      if (unnamed.table_id != table.id) continue;
      std::vector<std::string> keys;
      std::vector<std::string> rows;
      for (size_t idx = 0; idx < unnamed.candidate_keys.size(); ++idx) {
        const RowUnit row{unnamed.candidate_keys[idx], "", &unnamed.candidate_nodes[idx]->columns};
        bool any = false;
        for (const ColumnLeaf& column : columns) {
          if (!Allowed(row, column)) continue;
          const std::string key = JoinKey(JoinKey(table.id, row.key), column.key);
          if (found.Get(key) || !listed.insert(key).second) continue;
          keys.push_back(key);
          any = true;
        }
        if (any) rows.push_back(unnamed.candidate_keys[idx]);
      }
      missing.Add(keys, MissingReason::kRowNotFound,
                  table.id + " (" + table.title + "): a row whose label could not be read (\"" +
                      unnamed.text + "\") stands where these rows would: " + Join(rows) +
                      "; its values are left out");
    }
  }
}

}  // namespace

Completeness AssessCompleteness(const TemplateSpec& spec, const TableMapping& mapping,
                                bool recognised, bool for_year) {
  Completeness result;
  if (!recognised && !for_year) return result;
  const Found found(mapping);
  MissingList missing;
  for (const TableSpec& table : spec.tables) {
    std::vector<ColumnLeaf> columns;
    CollectColumns(table.columns, "", mapping.named_columns, "", columns);
    std::vector<RowUnit> rows;
    CollectRows(table.rows, table.id, found, rows);
    if (table.rows.children.empty()) rows.push_back({"", "", nullptr});
    if (!mapping.tables_found.contains(table.id)) {
      std::vector<std::string> keys;
      for (const RowUnit& row : rows) {
        for (const ColumnLeaf& column : columns) {
          if (Allowed(row, column)) keys.push_back(JoinKey(JoinKey(table.id, row.key), column.key));
        }
      }
      missing.Add(
          keys, MissingReason::kTableNotFound,
          table.id + " (" + table.title + ") was not found" +
              (recognised ? "" : " (the " + spec.version + " template, by the report's year)"));
      continue;
    }
    for (const RowUnit& row : rows) {
      for (const std::vector<ColumnLeaf>& group : ColumnGroups(table, columns)) {
        AssessRow(table, row, group, found, missing);
      }
    }
  }
  result.missing = missing.Take();
  if (!recognised) return result;
  MissingList optional;
  AddOptionalMissing(spec, mapping, found, optional, Listed(result.missing));
  for (MissingKeys& entry : optional.Take()) result.missing.push_back(std::move(entry));
  // An optional row the document prints but that could not be read (a subtotal row whose
  // label OCR lost) makes the record partial too: `complete` promises every printed figure.
  const bool partial = std::any_of(
      result.missing.begin(), result.missing.end(),
      [](const MissingKeys& entry) { return entry.reason != MissingReason::kNotPrinted; });
  result.status = partial ? RecordStatus::kPartial : RecordStatus::kComplete;
  return result;
}

}  // namespace nianbao::schema
