#include "checks.hpp"

#include <cmath>

namespace nianbao::schema {
namespace {

// Sums are of whole counts and amounts with two decimals; this absorbs floating error only.
constexpr double kTolerance = 1e-6;

std::string Substitute(std::string text, const std::string& variable, const std::string& value) {
  if (variable.empty()) return text;
  const std::string placeholder = "{" + variable + "}";
  for (size_t pos = text.find(placeholder); pos != std::string::npos;
       pos = text.find(placeholder, pos + value.size())) {
    text.replace(pos, placeholder.size(), value);
  }
  return text;
}

using Values = std::map<std::string, std::optional<double>>;

std::optional<double> ValueOf(const Values& values, const std::string& key) {
  auto found = values.find(key);
  if (found == values.end()) return std::nullopt;
  return found->second;
}

// The sum of the first alternative whose keys all have numbers.
std::optional<double> SumTerm(const CheckTerm& term, const Values& values,
                              const std::string& variable, const std::string& value) {
  for (const std::vector<std::string>& alternative : term.alternatives) {
    double sum = 0;
    bool complete = true;
    for (const std::string& key : alternative) {
      std::optional<double> operand = ValueOf(values, Substitute(key, variable, value));
      if (!operand) {
        complete = false;
        break;
      }
      sum += *operand;
    }
    if (complete) return sum;
  }
  return std::nullopt;
}

std::optional<double> SumSide(const std::vector<CheckTerm>& terms, const Values& values,
                              const std::string& variable, const std::string& value) {
  double sum = 0;
  for (const CheckTerm& term : terms) {
    std::optional<double> part = SumTerm(term, values, variable, value);
    if (!part) return std::nullopt;
    sum += *part;
  }
  return sum;
}

}  // namespace

std::vector<Check> EvaluateChecks(const TemplateSpec& spec, const Values& values) {
  std::vector<Check> checks;
  for (const CheckSpec& rule : spec.checks) {
    std::vector<std::string> instances = rule.values;
    if (rule.variable.empty()) instances = {""};
    for (const std::string& value : instances) {
      std::optional<double> lhs = SumSide(rule.lhs, values, rule.variable, value);
      std::optional<double> rhs = SumSide(rule.rhs, values, rule.variable, value);
      if (!lhs || !rhs) continue;
      checks.push_back({Substitute(rule.rule, rule.variable, value),
                        std::fabs(*lhs - *rhs) <= kTolerance, *lhs, *rhs});
    }
  }
  return checks;
}

std::map<std::string, std::vector<std::string>> CheckOperands(const TemplateSpec& spec) {
  std::map<std::string, std::vector<std::string>> operands;
  for (const CheckSpec& rule : spec.checks) {
    std::vector<std::string> instances = rule.values;
    if (rule.variable.empty()) instances = {""};
    for (const std::string& value : instances) {
      std::vector<std::string>& keys = operands[Substitute(rule.rule, rule.variable, value)];
      for (const auto* side : {&rule.lhs, &rule.rhs}) {
        for (const CheckTerm& term : *side) {
          for (const std::vector<std::string>& alternative : term.alternatives) {
            for (const std::string& key : alternative) {
              keys.push_back(Substitute(key, rule.variable, value));
            }
          }
        }
      }
    }
  }
  return operands;
}

}  // namespace nianbao::schema
