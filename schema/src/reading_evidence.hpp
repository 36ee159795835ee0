// Internal: the template's arithmetic as evidence between an OCR cell's readings, never a
// source of numbers.
//
// A value left out for its uncertain reading (null, schema.low_confidence) takes the one of
// its readings that makes every check it is part of hold, when exactly one does (and at
// least one check can be evaluated with it). A value taken whose checks fail, where exactly
// one of its other readings would make them hold, is left out (null) with that reading named
// in the warning. No number is ever made that no reading gave.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "nianbao/error.hpp"
#include "table_mapper.hpp"
#include "template_model.hpp"

namespace nianbao::schema {

struct WeighedReadings {
  std::vector<Diagnostic> warnings;
  std::vector<std::string> settled;  // keys given a reading: their low-confidence warning goes
};

// Updates `values` and `by_key` (the same values by key) in place.
WeighedReadings WeighReadings(const TemplateSpec& spec, std::vector<MappedValue>& values,
                              std::map<std::string, std::optional<double>>& by_key);

// A column a header label's place named (MappedValue::placed_column) whose values take part in
// checks that all fail, none holding: the arithmetic refutes the place (or every figure is
// wrong), and its values are left out (null) with a warning. Returns those warnings.
std::vector<Diagnostic> WeighPlacedColumns(const TemplateSpec& spec,
                                           std::vector<MappedValue>& values,
                                           std::map<std::string, std::optional<double>>& by_key);

}  // namespace nianbao::schema
