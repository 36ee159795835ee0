// ParseTemplate (template_model.hpp): one template file's JSON into a TemplateSpec. Used at
// build time to compile the built-in templates (template_codegen.cpp) and at run time for a
// folder of templates (TemplateSet::FromDirectory).
#include <nlohmann/json.hpp>

#include "nianbao/error.hpp"
#include "template_model.hpp"

namespace nianbao::schema {
namespace {

using Json = nlohmann::json;

std::vector<std::string> Strings(const Json& json, const char* field) {
  std::vector<std::string> out;
  if (!json.contains(field)) return out;
  for (const Json& item : json.at(field)) out.push_back(item.get<std::string>());
  return out;
}

std::string StringOr(const Json& json, const char* field, const std::string& fallback = "") {
  return json.contains(field) ? json.at(field).get<std::string>() : fallback;
}

std::string JoinKey(const std::string& prefix, const std::string& key) {
  if (prefix.empty()) return key;
  if (key.empty()) return prefix;
  return prefix + "." + key;
}

LabelNode ParseNode(const Json& json, const std::string& parent_key) {
  LabelNode node;
  node.key = StringOr(json, "key");
  node.full_key = JoinKey(parent_key, node.key);
  node.labels = Strings(json, "labels");
  node.columns = Strings(json, "columns");
  node.subtotal_key = StringOr(json, "subtotal");
  node.self_key = StringOr(json, "self_row");
  node.optional = json.value("optional", false);
  node.may_be_left_out = json.value("may_be_left_out", false);
  node.may_be_printed_whole = json.value("may_be_printed_whole", false);
  if (json.contains("children")) {
    for (const Json& child : json.at("children")) {
      node.children.push_back(ParseNode(child, node.full_key));
    }
  }
  return node;
}

LabelNode ParseRoot(const Json& json, const char* field) {
  LabelNode root;
  if (!json.contains(field)) return root;
  for (const Json& child : json.at(field)) root.children.push_back(ParseNode(child, ""));
  return root;
}

CheckTerm ParseTerm(const Json& json) {
  CheckTerm term;
  if (json.is_string()) {
    term.alternatives.push_back({json.get<std::string>()});
    return term;
  }
  for (const Json& alternative : json.at("first_of")) {
    term.alternatives.push_back(alternative.get<std::vector<std::string>>());
  }
  return term;
}

CheckSpec ParseCheck(const Json& json) {
  CheckSpec check;
  check.rule = json.at("rule").get<std::string>();
  if (json.contains("for_each")) {
    const Json& for_each = json.at("for_each");
    if (for_each.size() != 1) throw std::runtime_error("for_each must name one variable");
    check.variable = for_each.begin().key();
    check.values = for_each.begin().value().get<std::vector<std::string>>();
  }
  for (const Json& term : json.at("lhs")) check.lhs.push_back(ParseTerm(term));
  for (const Json& term : json.at("rhs")) check.rhs.push_back(ParseTerm(term));
  return check;
}

void CollectLeafKeys(const LabelNode& node, std::vector<std::string>& keys) {
  for (const LabelNode& child : node.children) {
    if (child.IsLeaf() && child.self_key.empty()) {
      keys.push_back(child.full_key);
      continue;
    }
    CollectLeafKeys(child, keys);
    if (!child.subtotal_key.empty() || !child.self_key.empty()) {
      keys.push_back(JoinKey(child.full_key,
                             child.subtotal_key.empty() ? child.self_key : child.subtotal_key));
    }
  }
}

// Every key the template can give, in record order: table by table, row by row.
std::vector<std::string> KeyOrder(const TemplateSpec& spec) {
  std::vector<std::string> keys;
  for (const TableSpec& table : spec.tables) {
    std::vector<std::string> row_keys;
    std::vector<std::string> col_keys;
    CollectLeafKeys(table.rows, row_keys);
    CollectLeafKeys(table.columns, col_keys);
    if (row_keys.empty()) row_keys.push_back("");
    for (const std::string& row : row_keys) {
      for (const std::string& col : col_keys) {
        keys.push_back(JoinKey(JoinKey(table.id, row), col));
      }
    }
  }
  if (spec.fees) {
    for (const char* key : {"s6.fee_notices", "s6.fee_billed", "s6.fee_collected"}) {
      keys.emplace_back(key);
    }
  }
  return keys;
}

}  // namespace

TemplateSpec ParseTemplate(const std::string& json_text, const std::string& name) {
  try {
    Json json = Json::parse(json_text);
    TemplateSpec spec;
    spec.version = json.at("version").get<std::string>();
    spec.description = StringOr(json, "description");
    spec.fees = json.value("fees", false);
    spec.from_year = json.value("from_year", 0);
    for (const Json& section : json.at("sections")) {
      spec.sections.push_back({section.at("key").get<std::string>(), Strings(section, "labels")});
    }
    for (const Json& table_json : json.at("tables")) {
      TableSpec table;
      table.id = table_json.at("id").get<std::string>();
      table.title = StringOr(table_json, "title");
      table.markers = Strings(table_json, "markers");
      table.columns = ParseRoot(table_json, "columns");
      table.rows = ParseRoot(table_json, "rows");
      spec.tables.push_back(std::move(table));
    }
    if (json.contains("checks")) {
      for (const Json& check : json.at("checks")) spec.checks.push_back(ParseCheck(check));
    }
    spec.key_order = KeyOrder(spec);
    return spec;
  } catch (const std::exception& error) {
    throw Error(ErrorKind::kDamaged, name,
                std::string("the template definition is not valid: ") + error.what() +
                    "; compare it with schema/templates/2021.json");
  }
}

}  // namespace nianbao::schema
