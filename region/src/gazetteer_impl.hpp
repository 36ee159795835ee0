// Internal: the divisions and agency words as the placer reads them.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nianbao/region.hpp"

namespace nianbao::region {

enum class Level { kProvince = 0, kCity = 1, kCounty = 2, kTownship = 3 };
const char* LevelName(Level level);

struct Division {
  std::string code;  // 2, 4, 6 or 9 digits
  std::string name;
  Level level = Level::kProvince;
  int parent = -1;  // index of the nearest division above, -1 for a province
};

struct DivisionSuffix {
  std::string text;  // 自治区, 省, 市, 县, 街道 …
  Level level = Level::kCounty;
};

struct AgencyWords {
  std::vector<std::string> national_prefixes;
  std::vector<std::string> national_suffixes;
  std::vector<std::string> government_bodies;
  std::vector<std::string> department_suffixes;
  std::vector<std::string> other_words;
  std::vector<std::string> zone_words;            // longest first
  std::vector<DivisionSuffix> division_suffixes;  // longest first
  std::vector<std::string> not_division_words;
  std::vector<std::string> pronouns;
  std::vector<std::string> address_labels;
};

struct Gazetteer::Impl {
  std::vector<Division> divisions;
  std::unordered_map<std::string, std::vector<int>> by_name;
  // City- and county-level names without their suffix (淮安 for 淮安市), two characters or
  // more: how zones are named (淮安经济技术开发区).
  std::unordered_map<std::string, std::vector<int>> by_short_name;
  std::size_t longest_name = 0;  // in bytes
  AgencyWords words;

  bool IsAncestor(int ancestor, int division) const;
  // Province, city and county names from the top down, ending with the division's own.
  std::vector<int> Lineage(int division) const;
};

}  // namespace nianbao::region
