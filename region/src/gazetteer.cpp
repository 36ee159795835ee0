// Loading the divisions (divisions.tsv) and the agency words (agency_words.json).
#include <algorithm>
#include <limits>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "gazetteer_impl.hpp"
#include "text.hpp"

namespace nianbao::region {
namespace {

constexpr const char* kDivisionsFile = "region/data/divisions.tsv";
constexpr const char* kWordsFile = "region/data/agency_words.json";

Level LevelFromCode(std::string_view code, int line) {
  switch (code.size()) {
    case 2:
      return Level::kProvince;
    case 4:
      return Level::kCity;
    case 6:
      return Level::kCounty;
    case 9:
      return Level::kTownship;
    default:
      Location where;
      where.line = line;
      throw Error(ErrorKind::kInternal, kDivisionsFile,
                  "a division code has 2, 4, 6 or 9 digits, not \"" + std::string(code) + "\"",
                  where);
  }
}

std::optional<Level> LevelFromName(std::string_view name) {
  if (name == "province") return Level::kProvince;
  if (name == "city") return Level::kCity;
  if (name == "county") return Level::kCounty;
  if (name == "township") return Level::kTownship;
  return std::nullopt;
}

// One division line as read: code and name, before they go into the tables.
struct DivisionLine {
  std::string_view code;
  std::string_view name;
  Level level = Level::kProvince;
};

std::vector<DivisionLine> ReadDivisions(std::string_view tsv) {
  std::vector<DivisionLine> lines;
  int line_number = 0;
  while (!tsv.empty()) {
    std::size_t end = tsv.find('\n');
    std::string_view line = tsv.substr(0, end);
    tsv.remove_prefix(end == std::string_view::npos ? tsv.size() : end + 1);
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    Location where;
    where.line = line_number;
    if (tab == std::string_view::npos || tab + 1 == line.size()) {
      throw Error(ErrorKind::kInternal, kDivisionsFile, "expected code<TAB>name", where);
    }
    DivisionLine division{line.substr(0, tab), line.substr(tab + 1)};
    division.level = LevelFromCode(division.code, line_number);
    if (division.name.size() > std::numeric_limits<std::uint8_t>::max()) {
      throw Error(ErrorKind::kInternal, kDivisionsFile, "a division name longer than 255 bytes",
                  where);
    }
    lines.push_back(division);
  }
  return lines;
}

// Each division's parent is the nearest existing code among its prefixes (a county of a
// municipality hangs under the province, a township of 东莞市 under the city).
std::vector<int> Parents(const std::vector<DivisionLine>& lines) {
  std::unordered_map<std::string_view, int> by_code;
  for (int index = 0; index < static_cast<int>(lines.size()); ++index) {
    by_code.emplace(lines[index].code, index);
  }
  std::vector<int> parents(lines.size(), -1);
  for (std::size_t index = 0; index < lines.size(); ++index) {
    std::string_view code = lines[index].code;
    for (std::size_t length : {6, 4, 2}) {
      if (length >= code.size()) continue;
      auto found = by_code.find(code.substr(0, length));
      if (found != by_code.end()) {
        parents[index] = found->second;
        break;
      }
    }
  }
  return parents;
}

std::vector<std::string> Strings(const nlohmann::json& json, const char* key) {
  std::vector<std::string> out = json.at(key).get<std::vector<std::string>>();
  std::stable_sort(out.begin(), out.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

}  // namespace

AgencyWords ReadAgencyWords(std::string_view text) {
  nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) throw Error(ErrorKind::kInternal, kWordsFile, "not a JSON object");
  try {
    AgencyWords words;
    words.national_prefixes = Strings(json, "national_prefixes");
    words.national_suffixes = Strings(json, "national_suffixes");
    words.government_bodies = Strings(json, "government_bodies");
    words.department_suffixes = Strings(json, "department_suffixes");
    words.other_words = Strings(json, "other_words");
    words.zone_words = Strings(json, "zone_words");
    words.not_division_words = Strings(json, "not_division_words");
    words.pronouns = Strings(json, "pronouns");
    words.address_labels = Strings(json, "address_labels");
    for (const auto& [suffix, level_name] : json.at("division_suffixes").items()) {
      std::optional<Level> level = LevelFromName(level_name.get<std::string>());
      if (!level)
        throw Error(ErrorKind::kInternal, kWordsFile, "unknown level " + level_name.dump());
      words.division_suffixes.push_back({suffix, *level});
    }
    std::stable_sort(words.division_suffixes.begin(), words.division_suffixes.end(),
                     [](const auto& a, const auto& b) { return a.text.size() > b.text.size(); });
    return words;
  } catch (const nlohmann::json::exception& error) {
    throw Error(ErrorKind::kInternal, kWordsFile, error.what());
  }
}

namespace {

// The name without its level's suffix (淮安 for 淮安市), when two characters or more remain;
// "" otherwise.
std::string_view ShortName(std::string_view name, Level level, const AgencyWords& words) {
  for (const DivisionSuffix& suffix : words.division_suffixes) {
    if (suffix.level != level || !name.ends_with(suffix.text)) continue;
    std::string_view stem = name.substr(0, name.size() - suffix.text.size());
    return CodePointStarts(stem).size() > 2 ? stem : std::string_view();
  }
  return {};
}

// A name (as offset and size into `text`) of a division.
struct NamedDivision {
  std::uint32_t name_at = 0;
  std::uint8_t name_size = 0;
  std::int32_t division = 0;
};

// Groups the names into sorted entries, each pointing at its divisions (in their order).
void IndexNames(std::vector<NamedDivision> named, std::string_view text,
                std::vector<NameEntry>& entries, std::vector<std::int32_t>& ids) {
  auto name_of = [&](const auto& item) { return text.substr(item.name_at, item.name_size); };
  std::stable_sort(named.begin(), named.end(), [&](const NamedDivision& a, const NamedDivision& b) {
    return name_of(a) < name_of(b);
  });
  for (const NamedDivision& item : named) {
    if (entries.empty() || name_of(entries.back()) != name_of(item)) {
      entries.push_back({item.name_at, static_cast<std::uint32_t>(ids.size()), 0, item.name_size});
    }
    ids.push_back(item.division);
    ++entries.back().count;
  }
}

void BuildTables(const std::vector<DivisionLine>& lines, const AgencyWords& words,
                 Gazetteer::Impl::Storage& storage) {
  std::vector<int> parents = Parents(lines);
  std::vector<NamedDivision> full_names;
  std::vector<NamedDivision> short_names;
  for (std::size_t index = 0; index < lines.size(); ++index) {
    const DivisionLine& line = lines[index];
    DivisionRow row;
    row.code_at = static_cast<std::uint32_t>(storage.text.size());
    row.code_size = static_cast<std::uint8_t>(line.code.size());
    storage.text += line.code;
    row.name_at = static_cast<std::uint32_t>(storage.text.size());
    row.name_size = static_cast<std::uint8_t>(line.name.size());
    storage.text += line.name;
    row.parent = parents[index];
    row.level = line.level;
    storage.rows.push_back(row);
    const auto division = static_cast<std::int32_t>(index);
    full_names.push_back({row.name_at, row.name_size, division});
    if (line.level == Level::kCity || line.level == Level::kCounty) {
      std::string_view stem = ShortName(line.name, line.level, words);
      if (!stem.empty()) {
        short_names.push_back({row.name_at, static_cast<std::uint8_t>(stem.size()), division});
      }
    }
  }
  IndexNames(std::move(full_names), storage.text, storage.names, storage.ids);
  IndexNames(std::move(short_names), storage.text, storage.short_names, storage.ids);
}

std::span<const std::int32_t> Find(const DivisionTables& tables, std::span<const NameEntry> entries,
                                   std::string_view name) {
  auto name_of = [&](const NameEntry& entry) {
    return tables.text.substr(entry.name_at, entry.name_size);
  };
  auto found = std::lower_bound(
      entries.begin(), entries.end(), name,
      [&](const NameEntry& entry, std::string_view wanted) { return name_of(entry) < wanted; });
  if (found == entries.end() || name_of(*found) != name) return {};
  return tables.ids.subspan(found->first, found->count);
}

}  // namespace

const char* LevelName(Level level) {
  switch (level) {
    case Level::kProvince:
      return "province";
    case Level::kCity:
      return "city";
    case Level::kCounty:
      return "county";
    case Level::kTownship:
      return "township";
  }
  return "";
}

Division Gazetteer::Impl::division(int index) const {
  const DivisionRow& row = tables.rows[index];
  return {tables.text.substr(row.code_at, row.code_size),
          tables.text.substr(row.name_at, row.name_size), row.level, row.parent};
}

std::span<const std::int32_t> Gazetteer::Impl::Named(std::string_view name) const {
  if (name.size() > tables.longest_name) return {};
  return Find(tables, tables.names, name);
}

std::span<const std::int32_t> Gazetteer::Impl::ShortNamed(std::string_view stem) const {
  return Find(tables, tables.short_names, stem);
}

bool Gazetteer::Impl::IsAncestor(int ancestor, int division) const {
  for (int at = tables.rows[division].parent; at >= 0; at = tables.rows[at].parent) {
    if (at == ancestor) return true;
  }
  return false;
}

std::vector<int> Gazetteer::Impl::Lineage(int division) const {
  std::vector<int> lineage;
  for (int at = division; at >= 0; at = tables.rows[at].parent) lineage.push_back(at);
  std::reverse(lineage.begin(), lineage.end());
  return lineage;
}

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;
int Gazetteer::size() const {
  return impl_->size();
}

std::shared_ptr<const Gazetteer> Gazetteer::FromText(std::string_view divisions_tsv,
                                                     std::string_view agency_words_json) {
  auto impl = std::make_unique<Impl>();
  impl->words = ReadAgencyWords(agency_words_json);
  BuildTables(ReadDivisions(divisions_tsv), impl->words, impl->storage);
  Impl::Storage& storage = impl->storage;
  impl->tables = {storage.text, storage.rows, storage.names, storage.short_names, storage.ids};
  for (const DivisionRow& row : storage.rows) {
    impl->tables.longest_name = std::max<std::size_t>(impl->tables.longest_name, row.name_size);
  }
  return std::make_shared<Gazetteer>(std::move(impl));
}

}  // namespace nianbao::region
