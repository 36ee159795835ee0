// Internal: the record's status and its missing keys (SCHEMA.md `status`, `missing`),
// decided once from the template's required keys and what the tables gave.
//
// Required: every leaf row × column of the template's tables that the document's layout
// prints. Not required: columns marked "optional" in the template data (小计), subtotal
// rows ("subtotal"), a group's own row ("self_row") when its sub-rows are printed, and the
// fee figures. A group with "self_row" and sub-rows printed as its one row makes the
// sub-rows not_printed; a row marked "may_be_left_out" that is absent while a neighbouring
// row is printed is not_printed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "nianbao/schema.hpp"
#include "table_mapper.hpp"
#include "template_model.hpp"

namespace nianbao::schema {

struct Completeness {
  RecordStatus status = RecordStatus::kNoData;
  std::vector<MissingKeys> missing;
};

// recognised: the document's tables named cells of this template. Otherwise the record is
// no_data, and its missing keys are listed (table_not_found) only when the template is
// the one issued for the report's year (for_year).
Completeness AssessCompleteness(const TemplateSpec& spec, const TableMapping& mapping,
                                bool recognised, bool for_year);

}  // namespace nianbao::schema
