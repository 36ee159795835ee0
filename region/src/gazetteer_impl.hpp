// Internal: the divisions and agency words as the placer reads them.
//
// The divisions are kept as flat tables (rows, name indexes sorted for binary search, one
// text holding every code and name): built from divisions.tsv by FromText, and for the
// builtin data written out at build time as constant arrays
// (region/tools/write_gazetteer_tables.cpp), so the program starts with them in place
// instead of parsing 45,000 lines on every start.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/region.hpp"

namespace nianbao::region {

enum class Level : std::uint8_t { kProvince = 0, kCity = 1, kCounty = 2, kTownship = 3 };
const char* LevelName(Level level);

// A division as the placer sees it: slices of the gazetteer's text.
struct Division {
  std::string_view code;  // 2, 4, 6 or 9 digits
  std::string_view name;
  Level level = Level::kProvince;
  int parent = -1;  // index of the nearest division above, -1 for a province
};

// A division as the tables keep it: its code and name as offsets into the text.
struct DivisionRow {
  std::uint32_t code_at = 0;
  std::uint32_t name_at = 0;
  std::int32_t parent = -1;
  std::uint8_t code_size = 0;
  std::uint8_t name_size = 0;
  Level level = Level::kProvince;
};

// A name and the divisions of that name: `count` indexes from `first` in the id table, in
// the order of the divisions. Entries are sorted by name (bytewise).
struct NameEntry {
  std::uint32_t name_at = 0;
  std::uint32_t first = 0;
  std::uint32_t count = 0;
  std::uint8_t name_size = 0;
};

// The tables themselves; views into either constant arrays or a gazetteer's own storage.
struct DivisionTables {
  std::string_view text;  // every code and name, one after another
  std::span<const DivisionRow> rows;
  std::span<const NameEntry> names;        // full names (洪泽区)
  std::span<const NameEntry> short_names;  // see Gazetteer::Impl::ShortNamed
  std::span<const std::int32_t> ids;       // the division indexes the entries point into
  std::size_t longest_name = 0;            // in bytes
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

// Reads agency_words.json (the builtin copy is compiled in as text; it is small).
AgencyWords ReadAgencyWords(std::string_view json);

struct Gazetteer::Impl {
  Impl() = default;
  Impl(const Impl&) = delete;  // `tables` may point into `storage`
  Impl& operator=(const Impl&) = delete;

  DivisionTables tables;
  AgencyWords words;

  int size() const { return static_cast<int>(tables.rows.size()); }
  Division division(int index) const;
  // Every division of that name, in the order of the data; empty when none.
  std::span<const std::int32_t> Named(std::string_view name) const;
  // City- and county-level names without their suffix (淮安 for 淮安市), two characters or
  // more: how zones are named (淮安经济技术开发区).
  std::span<const std::int32_t> ShortNamed(std::string_view stem) const;

  bool IsAncestor(int ancestor, int division) const;
  // Province, city and county names from the top down, ending with the division's own.
  std::vector<int> Lineage(int division) const;

  // The storage behind `tables` for a gazetteer read from text (empty for the builtin one).
  struct Storage {
    std::string text;
    std::vector<DivisionRow> rows;
    std::vector<NameEntry> names;
    std::vector<NameEntry> short_names;
    std::vector<std::int32_t> ids;
  };
  Storage storage;
};

}  // namespace nianbao::region
