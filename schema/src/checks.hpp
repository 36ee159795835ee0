// Internal: the template's arithmetic checks, evaluated on a record's values.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "nianbao/schema.hpp"
#include "template_model.hpp"

namespace nianbao::schema {

// One Check per rule whose operands are all present and numbers; lhs and rhs as SCHEMA.md.
std::vector<Check> EvaluateChecks(const TemplateSpec& spec,
                                  const std::map<std::string, std::optional<double>>& values);

// Every key each rule instance reads (in any alternative), by the instance's rule name.
std::map<std::string, std::vector<std::string>> CheckOperands(const TemplateSpec& spec);

}  // namespace nianbao::schema
