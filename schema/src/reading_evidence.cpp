#include "reading_evidence.hpp"

#include <algorithm>
#include <set>

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

// Whether `key` ("t3.new.natural") is a key of `column` ("t3.natural", "t4.review.total").
bool InColumn(const std::string& key, const std::string& column) {
  const size_t dot = column.find('.');
  const std::string table = column.substr(0, dot + 1);
  const std::string path = column.substr(dot);  // ".natural"
  return key == column || (key.starts_with(table) && key.ends_with(path));
}

// The checks that tell a column from its neighbours: those that read its keys and keys of
// other columns (a row's total and its parts), not those within the column alone.
std::set<std::string> IdentityChecks(
    const std::map<std::string, std::vector<std::string>>& operands, const std::string& column) {
  std::set<std::string> rules;
  for (const auto& [rule, keys] : operands) {
    const auto inside = [&](const std::string& key) { return InColumn(key, column); };
    if (std::any_of(keys.begin(), keys.end(), inside) &&
        !std::all_of(keys.begin(), keys.end(), inside)) {
      rules.insert(rule);
    }
  }
  return rules;
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

std::vector<Diagnostic> WeighPlacedColumns(const TemplateSpec& spec,
                                           std::vector<MappedValue>& values, Values& by_key) {
  std::map<std::string, std::vector<MappedValue*>> by_column;
  for (MappedValue& mapped : values) {
    if (!mapped.placed_column.empty()) by_column[mapped.placed_column].push_back(&mapped);
  }
  if (by_column.empty()) return {};
  const std::map<std::string, std::vector<std::string>> operands = CheckOperands(spec);
  const std::vector<Check> checks = EvaluateChecks(spec, by_key);
  std::vector<Diagnostic> warnings;
  for (const auto& [column, members] : by_column) {
    const std::set<std::string> identity = IdentityChecks(operands, column);
    // A check of zeros holds whatever the column: no evidence either way.
    std::vector<std::string> failed;
    int held = 0;
    for (const Check& check : checks) {
      if (!identity.contains(check.rule)) continue;
      if (!check.ok) failed.push_back(check.rule);
      if (check.ok && check.lhs != 0) ++held;
    }
    if (static_cast<int>(failed.size()) <= held) continue;
    for (MappedValue* mapped : members) {
      mapped->value = std::nullopt;
      by_key[mapped->key] = std::nullopt;
    }
    warnings.push_back(
        {Severity::kWarning, "schema.column_by_place_refuted",
         fmt::format("{}: a header label named by its place, but the checks that tell its column "
                     "from its neighbours fail ({}) more often than they hold with figures ({}); "
                     "its {} values are left out rather than guessed",
                     column, Listed(failed, ", "), held, members.size()),
         WhereOf(*members.front())});
  }
  return warnings;
}

}  // namespace nianbao::schema
