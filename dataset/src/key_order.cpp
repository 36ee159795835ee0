// The csv-wide column order (docs/dataset.md): document columns, then every key of both
// templates in SCHEMA.md order. The schema stage does not expose its key list yet
// (TemplateSet is opaque), so the list is spelled out here from SCHEMA.md.
#include "nianbao/dataset.hpp"

namespace nianbao::dataset {
namespace {

std::vector<std::string> BuildTemplateKeys() {
  std::vector<std::string> keys;
  auto add_product = [&keys](const std::string& prefix, std::initializer_list<const char*> rows,
                             std::initializer_list<const char*> cols) {
    for (const char* row : rows) {
      for (const char* col : cols) keys.push_back(prefix + row + "." + col);
    }
  };
  // Table 二, 2021 template.
  add_product("t2.", {"rules", "normative"}, {"issued", "repealed", "in_force"});
  add_product("t2.", {"licensing", "penalty", "coercion"}, {"decisions"});
  add_product("t2.", {"fees"}, {"amount"});
  // Table 二, 2019 template.
  add_product("t2.", {"rules", "normative"}, {"made", "published", "total"});
  add_product("t2.", {"licensing", "other_services", "penalty", "coercion"},
              {"prev_items", "change", "decisions"});
  add_product("t2.", {"fees"}, {"prev_items", "change"});
  add_product("t2.", {"procurement"}, {"items", "amount"});
  // Table 三: rows × columns.
  add_product(
      "t3.",
      {"new",
       "carried_in",
       "granted",
       "partial",
       "denied.state_secret",
       "denied.prohibited",
       "denied.security",
       "denied.third_party",
       "denied.internal",
       "denied.process",
       "denied.case_file",
       "denied.inquiry",
       "unavailable.not_held",
       "unavailable.needs_creation",
       "unavailable.unclear",
       "unprocessed.petition",
       "unprocessed.duplicate",
       "unprocessed.publication",
       "unprocessed.excessive",
       "unprocessed.confirmation",
       "other.no_correction",
       "other.no_fee",
       "other.other",
       "other.total",
       "denied.total",
       "unavailable.total",
       "unprocessed.total",
       "total",
       "carried_out"},
      {"natural", "commercial", "research", "social", "legal", "other_org", "org_total", "total"});
  // Table 四.
  add_product("t4.", {"review", "suit_direct", "suit_after_review"},
              {"upheld", "corrected", "other", "pending", "total"});
  // Part 六 (2021 template).
  keys.insert(keys.end(), {"s6.fee_notices", "s6.fee_billed", "s6.fee_collected"});
  return keys;
}

}  // namespace

const std::vector<std::string>& TemplateKeys() {
  static const std::vector<std::string> kKeys = BuildTemplateKeys();
  return kKeys;
}

const std::vector<std::string>& WideDocumentColumns() {
  static const std::vector<std::string> kColumns = {
      "path",   "sha256", "format",        "pages",       "url",         "fetched_at",
      "site",   "title",  "agency",        "region_code", "region_name", "province",
      "city",   "county", "level",         "agency_kind", "year",        "template",
      "status", "error",  "failed_checks", "warnings"};
  return kColumns;
}

}  // namespace nianbao::dataset
