#include "reading_evidence.hpp"

#include <fmt/format.h>

#include "checks.hpp"

namespace nianbao::schema {
namespace {

using Values = std::map<std::string, std::optional<double>>;

// The checks a value takes part in: evaluated with it, and not (or otherwise) without it.
struct Involvement {
  std::vector<std::string> rules;
  bool all_hold = true;
};

Involvement ChecksWith(const TemplateSpec& spec, Values& values, const std::string& key,
                       double value, const std::map<std::string, Check>& without) {
  values[key] = value;
  Involvement involvement;
  for (const Check& check : EvaluateChecks(spec, values)) {
    const auto other = without.find(check.rule);
    if (other != without.end() && other->second.lhs == check.lhs &&
        other->second.rhs == check.rhs) {
      continue;
    }
    involvement.rules.push_back(check.rule);
    involvement.all_hold = involvement.all_hold && check.ok;
  }
  return involvement;
}

std::string Listed(const std::vector<std::string>& items, const char* separator) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : separator) + item;
  return text;
}

Location WhereOf(const MappedValue& value) {
  Location location;
  location.table = value.where.table;
  location.row = value.where.row;
  location.col = value.where.col;
  return location;
}

}  // namespace

WeighedReadings WeighReadings(const TemplateSpec& spec, std::vector<MappedValue>& values,
                              Values& by_key) {
  WeighedReadings result;
  for (MappedValue& mapped : values) {
    if (mapped.readings.empty()) continue;
    Values trial = by_key;
    trial[mapped.key] = std::nullopt;
    std::map<std::string, Check> without;
    for (const Check& check : EvaluateChecks(spec, trial)) without[check.rule] = check;
    std::vector<size_t> fitting;
    std::vector<std::string> rules;
    for (size_t idx = 0; idx < mapped.readings.size(); ++idx) {
      const Involvement involvement =
          ChecksWith(spec, trial, mapped.key, mapped.readings[idx], without);
      if (involvement.rules.empty() || !involvement.all_hold) continue;
      fitting.push_back(idx);
      rules = involvement.rules;
    }
    if (fitting.size() != 1) continue;
    const size_t chosen = fitting.front();
    const std::string reading = mapped.reading_texts[chosen];
    if (!mapped.value) {
      mapped.value = mapped.readings[chosen];
      by_key[mapped.key] = mapped.value;
      result.settled.push_back(mapped.key);
      result.warnings.push_back(
          {Severity::kWarning, "schema.reading_by_arithmetic",
           fmt::format("{}: the scan's readings of \"{}\" differ or are unsure; \"{}\" is the one "
                       "reading that makes {} hold, and is taken",
                       mapped.key, mapped.where.text, reading, Listed(rules, ", ")),
           WhereOf(mapped)});
      continue;
    }
    const Involvement taken = ChecksWith(spec, trial, mapped.key, *mapped.value, without);
    if (taken.rules.empty() || taken.all_hold) continue;
    result.warnings.push_back(
        {Severity::kWarning, "schema.reading_breaks_arithmetic",
         fmt::format("{}: the scan reads {:g}, which breaks {}; its other reading \"{}\" would "
                     "make them hold: left out rather than guessed",
                     mapped.key, *mapped.value, Listed(taken.rules, ", "), reading),
         WhereOf(mapped)});
    mapped.value = std::nullopt;
    by_key[mapped.key] = std::nullopt;
  }
  return result;
}

}  // namespace nianbao::schema
