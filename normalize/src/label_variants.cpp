#include "label_variants.hpp"

#include <fmt/format.h>

#include "nianbao/error.hpp"

namespace nianbao::normalize {
namespace {

constexpr const char* kTableName = "normalize/data/label_variants.tsv";

std::string_view TrimLine(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  return line;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> ParseVariantTable(std::string_view tsv) {
  std::vector<std::pair<std::string, std::string>> rules;
  int line_number = 0;
  while (!tsv.empty()) {
    const size_t newline = tsv.find('\n');
    const std::string_view line = TrimLine(tsv.substr(0, newline));
    tsv.remove_prefix(newline == std::string_view::npos ? tsv.size() : newline + 1);
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    const size_t tab = line.find('\t');
    const bool one_tab = tab != std::string_view::npos && line.find('\t', tab + 1) == line.npos;
    if (!one_tab || tab == 0 || tab + 1 == line.size()) {
      Location location;
      location.line = line_number;
      throw Error(ErrorKind::kInternal, kTableName,
                  fmt::format("line {} must be VARIANT<TAB>CANONICAL, both non-empty: '{}'",
                              line_number, line),
                  location);
    }
    const std::string_view variant = line.substr(0, tab);
    const std::string_view canonical = line.substr(tab + 1);
    if (canonical.find(variant) != std::string_view::npos) {
      Location location;
      location.line = line_number;
      throw Error(ErrorKind::kInternal, kTableName,
                  fmt::format("line {}: the canonical form '{}' contains its variant '{}', "
                              "so the rule would never settle",
                              line_number, canonical, variant),
                  location);
    }
    rules.emplace_back(std::string(variant), std::string(canonical));
  }
  return rules;
}

}  // namespace nianbao::normalize
