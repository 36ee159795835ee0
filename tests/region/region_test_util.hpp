// Helpers for the region tests: one gazetteer and normalizer for the whole test program.
#pragma once

#include <algorithm>
#include <string>

#include "nianbao/normalize.hpp"
#include "nianbao/region.hpp"

namespace region_test {

inline const nianbao::normalize::Normalizer& SharedNormalizer() {
  static const nianbao::normalize::Normalizer normalizer;
  return normalizer;
}

inline const nianbao::region::Placer& SharedPlacer() {
  static const nianbao::region::Placer placer(nianbao::region::Gazetteer::Builtin(),
                                              SharedNormalizer());
  return placer;
}

inline bool HasWarning(const std::vector<nianbao::Diagnostic>& warnings, const std::string& code,
                       const std::string& words) {
  return std::any_of(warnings.begin(), warnings.end(), [&](const nianbao::Diagnostic& warning) {
    return warning.code == code && warning.message.find(words) != std::string::npos;
  });
}

}  // namespace region_test
