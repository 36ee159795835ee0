// Internal: the template versions as plain data, read from schema/templates/*.json.
//
// A table's rows and columns are label trees. A node's key is one segment of a record key
// (empty for nodes that only group, such as 申请人情况 or 三、本年度办理结果); a value's key
// is "<table id>.<row key path>.<column key path>" with empty segments left out.
#pragma once

#include <string>
#include <vector>

#include "nianbao/schema.hpp"

namespace nianbao::schema {

struct LabelNode {
  std::string key;                  // this node's segment; may be empty
  std::string full_key;             // the non-empty segments from the root, joined by '.'
  std::vector<std::string> labels;  // the label and its variant wordings, as printed
  std::vector<LabelNode> children;
  std::vector<std::string> columns;  // a row of table 二: the column keys it has (empty: all)
  std::string subtotal_key;          // a 小计 row under this group gets <full_key>.<subtotal_key>
  std::string self_key;              // the group's own row, when it carries values
  // Completeness (SCHEMA.md `status`, `missing`): a column a document may or may not have
  // (法人或其他组织 · 小计), never required; a row some documents' layout leaves out (table
  // 二 without 规章): when absent while a neighbouring row is printed, its keys are
  // not_printed rather than row_not_found.
  bool optional = false;
  bool may_be_left_out = false;
  // A column group some documents print whole, without its sub-groups (行政诉讼 without
  // 未经复议直接起诉 / 复议后起诉): the sub-groups' keys are then not_printed (the
  // template has no key for the whole group's figures).
  bool may_be_printed_whole = false;

  bool IsLeaf() const { return children.empty(); }
  bool operator==(const LabelNode&) const = default;
};

struct TableSpec {
  std::string id;                    // "t2", "t3", "t4": the key prefix
  std::string title;                 // the part's heading, for messages
  std::vector<std::string> markers;  // header texts that belong to the table but name no cell
  LabelNode columns;                 // root (no labels)
  LabelNode rows;                    // root; no children: one unlabelled data row (table 四)
  bool operator==(const TableSpec&) const = default;
};

// One operand of a check: the first alternative whose keys are all present is summed.
struct CheckTerm {
  std::vector<std::vector<std::string>> alternatives;
  bool operator==(const CheckTerm&) const = default;
};

struct CheckSpec {
  std::string rule;                 // may hold "{<variable>}"
  std::string variable;             // empty: one rule, no expansion
  std::vector<std::string> values;  // the variable's values
  std::vector<CheckTerm> lhs;
  std::vector<CheckTerm> rhs;
  bool operator==(const CheckSpec&) const = default;
};

struct SectionSpec {
  std::string key;                  // "s1".."s6"
  std::vector<std::string> labels;  // heading texts without their enumerator
  bool operator==(const SectionSpec&) const = default;
};

struct TemplateSpec {
  std::string version;  // "2019", "2021"
  std::string description;
  int from_year = 0;  // the first report year the template is for (2019, 2021)
  std::vector<SectionSpec> sections;
  std::vector<TableSpec> tables;
  bool fees = false;  // part 六 states 信息处理费 figures (s6.fee_*)
  std::vector<CheckSpec> checks;
  std::vector<std::string> key_order;  // every key the template can give, in record order
  bool operator==(const TemplateSpec&) const = default;
};

// Parses one template file; throws Error(kDamaged) naming the file and the problem.
TemplateSpec ParseTemplate(const std::string& json_text, const std::string& name);

}  // namespace nianbao::schema

struct nianbao::schema::TemplateSet::Impl {
  std::vector<TemplateSpec> templates;
};
