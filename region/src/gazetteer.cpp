// Loading the divisions (divisions.tsv) and the agency words (agency_words.json).
#include <algorithm>
#include <charconv>

#include <nlohmann/json.hpp>

#include "builtin_data.hpp"
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

void ReadDivisions(std::string_view tsv, Gazetteer::Impl& impl) {
  int line_number = 0;
  while (!tsv.empty()) {
    std::size_t end = tsv.find('\n');
    std::string_view line = tsv.substr(0, end);
    tsv.remove_prefix(end == std::string_view::npos ? tsv.size() : end + 1);
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab + 1 == line.size()) {
      Location where;
      where.line = line_number;
      throw Error(ErrorKind::kInternal, kDivisionsFile, "expected code<TAB>name", where);
    }
    Division division;
    division.code = std::string(line.substr(0, tab));
    division.name = std::string(line.substr(tab + 1));
    division.level = LevelFromCode(division.code, line_number);
    impl.divisions.push_back(std::move(division));
  }
}

// Each division's parent is the nearest existing code among its prefixes (a county of a
// municipality hangs under the province, a township of 东莞市 under the city).
void LinkParents(Gazetteer::Impl& impl) {
  std::unordered_map<std::string, int> by_code;
  for (int index = 0; index < static_cast<int>(impl.divisions.size()); ++index) {
    by_code.emplace(impl.divisions[index].code, index);
  }
  for (Division& division : impl.divisions) {
    for (std::size_t length : {6, 4, 2}) {
      if (length >= division.code.size()) continue;
      auto found = by_code.find(division.code.substr(0, length));
      if (found != by_code.end()) {
        division.parent = found->second;
        break;
      }
    }
  }
}

std::vector<std::string> Strings(const nlohmann::json& json, const char* key) {
  std::vector<std::string> out = json.at(key).get<std::vector<std::string>>();
  std::stable_sort(out.begin(), out.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

AgencyWords ReadWords(std::string_view text) {
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

std::string ShortName(const Division& division, const AgencyWords& words) {
  for (const DivisionSuffix& suffix : words.division_suffixes) {
    if (suffix.level != division.level || !division.name.ends_with(suffix.text)) continue;
    std::string stem = division.name.substr(0, division.name.size() - suffix.text.size());
    return CodePointStarts(stem).size() > 2 ? stem : std::string();
  }
  return {};
}

void IndexNames(Gazetteer::Impl& impl) {
  impl.by_name.reserve(impl.divisions.size());
  for (int index = 0; index < static_cast<int>(impl.divisions.size()); ++index) {
    const Division& division = impl.divisions[index];
    impl.by_name[division.name].push_back(index);
    impl.longest_name = std::max(impl.longest_name, division.name.size());
    if (division.level == Level::kCity || division.level == Level::kCounty) {
      std::string stem = ShortName(division, impl.words);
      if (!stem.empty()) impl.by_short_name[stem].push_back(index);
    }
  }
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

bool Gazetteer::Impl::IsAncestor(int ancestor, int division) const {
  for (int at = divisions[division].parent; at >= 0; at = divisions[at].parent) {
    if (at == ancestor) return true;
  }
  return false;
}

std::vector<int> Gazetteer::Impl::Lineage(int division) const {
  std::vector<int> lineage;
  for (int at = division; at >= 0; at = divisions[at].parent) lineage.push_back(at);
  std::reverse(lineage.begin(), lineage.end());
  return lineage;
}

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;
int Gazetteer::size() const {
  return static_cast<int>(impl_->divisions.size());
}

std::shared_ptr<const Gazetteer> Gazetteer::FromText(std::string_view divisions_tsv,
                                                     std::string_view agency_words_json) {
  auto impl = std::make_unique<Impl>();
  impl->words = ReadWords(agency_words_json);
  ReadDivisions(divisions_tsv, *impl);
  LinkParents(*impl);
  IndexNames(*impl);
  return std::make_shared<Gazetteer>(std::move(impl));
}

std::shared_ptr<const Gazetteer> Gazetteer::Builtin() {
  return FromText(BuiltinDivisionsTsv(), BuiltinAgencyWordsJson());
}

}  // namespace nianbao::region
