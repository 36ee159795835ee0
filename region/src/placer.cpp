// Placing an agency: the division words at the start of its name, read against the
// statistics bureau's divisions, and the document's own text where a name is shared.
#include <fmt/core.h>

#include <algorithm>
#include <set>

#include "gazetteer_impl.hpp"
#include "nianbao/region.hpp"
#include "text.hpp"

namespace nianbao::region {
namespace {

constexpr std::size_t kMaxEvidenceBytes = 256 * 1024;
constexpr std::size_t kMaxCandidatesNamed = 6;

// One division word of a name: 江苏省, 淮安市, 洪泽区, 永乐店镇, or an unknown 淮海省.
struct Token {
  std::string text;
  std::vector<int> candidates;  // divisions of that name nested under the tokens before it
  Level level = Level::kCounty;
  bool known = false;  // the data has it, nested under the tokens before it
};

struct Chain {
  std::vector<Token> tokens;
  std::size_t end = 0;  // byte offset where the division words stop
  std::string problem;  // why the name cannot be placed; "" when it can
  bool zone = false;    // the name is a zone's (开发区, 管委会 …)
};

bool ContainsAny(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return text.find(word) != text.npos; });
}

bool StartsWithAny(std::string_view text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return text.starts_with(word); });
}

class NameReader {
 public:
  explicit NameReader(const Gazetteer::Impl& gazetteer)
      : gazetteer_(gazetteer), words_(gazetteer.words) {}

  // Reads the division words at the start of `name` (an agency's name, or an address).
  Chain Read(std::string_view name) const {
    Chain chain;
    std::vector<int> current;
    std::size_t pos = 0;
    while (pos < name.size()) {
      std::string_view rest = name.substr(pos);
      bool placed_so_far = chain.problem.empty();
      Match match = DivisionAt(rest, current);
      if (match.length > 0 && !match.fitting.empty() && placed_so_far) {
        chain.tokens.push_back({std::string(rest.substr(0, match.length)), match.fitting,
                                gazetteer_.division(match.fitting.front()).level, true});
        chain.zone = chain.zone || ContainsAny(chain.tokens.back().text, words_.zone_words);
        current = match.fitting;
        pos += match.length;
        continue;
      }
      if (placed_so_far && ReadZone(rest, current, chain, pos)) break;
      if (match.length > 0) {
        std::string word(rest.substr(0, match.length));
        if (placed_so_far) chain.problem = NotNestedProblem(word, chain, match.all);
        chain.tokens.push_back({word, {}, gazetteer_.division(match.all.front()).level, false});
        pos += match.length;
        continue;
      }
      std::optional<Token> unknown = UnknownDivisionWordAt(rest, chain);
      if (!unknown) break;
      if (placed_so_far) {
        chain.problem = unknown->text + " is not a division in the statistics bureau's list";
      }
      pos += unknown->text.size();
      chain.tokens.push_back(std::move(*unknown));
    }
    chain.end = pos;
    return chain;
  }

  std::string FullName(int division) const {
    std::string name;
    for (int at : gazetteer_.Lineage(division)) name += gazetteer_.division(at).name;
    return name;
  }

  std::string FullNames(const std::vector<int>& divisions) const {
    std::string out;
    for (std::size_t i = 0; i < divisions.size() && i < kMaxCandidatesNamed; ++i) {
      out += (i == 0 ? "" : ", ") + FullName(divisions[i]);
    }
    if (divisions.size() > kMaxCandidatesNamed) {
      out += fmt::format(" and {} more", divisions.size() - kMaxCandidatesNamed);
    }
    return out;
  }

 private:
  struct Match {
    std::size_t length = 0;    // bytes of the longest division name at the start
    std::vector<int> fitting;  // divisions of that name nested under the chain so far
    std::vector<int> all;      // every division of that name
  };

  bool Nested(int division, const std::vector<int>& under) const {
    if (under.empty()) return true;
    return std::any_of(under.begin(), under.end(),
                       [&](int parent) { return gazetteer_.IsAncestor(parent, division); });
  }

  // The longest division name at the start of `rest`; a township name opens a name only
  // when a government body follows (永乐店镇人民政府), not inside a department's name.
  Match DivisionAt(std::string_view rest, const std::vector<int>& under) const {
    std::vector<std::size_t> starts = CodePointStarts(rest);
    Match known;
    for (std::size_t count = starts.size() - 1; count >= 2; --count) {
      std::size_t length = starts[count];
      std::span<const std::int32_t> named = gazetteer_.Named(rest.substr(0, length));
      if (named.empty()) continue;
      bool opens_name = under.empty();
      bool government_follows = StartsWithAny(rest.substr(length), words_.government_bodies);
      Match match{length, {}, {}};
      for (int division : named) {
        if (opens_name && gazetteer_.division(division).level == Level::kTownship &&
            !government_follows) {
          continue;
        }
        match.all.push_back(division);
        if (Nested(division, under)) match.fitting.push_back(division);
      }
      if (!match.fitting.empty()) return match;
      if (known.length == 0 && !match.all.empty()) known = std::move(match);
    }
    return known;
  }

  std::string NotNestedProblem(const std::string& word, const Chain& chain,
                               const std::vector<int>& all) const {
    std::string above;
    for (const Token& token : chain.tokens) above += token.text;
    return fmt::format("{} is not in {}; the statistics bureau's {} is {}", word, above, word,
                       FullNames(all));
  }

  // A zone (开发区, 工业园区 …), named after its division's short name (苏州工业园区) or
  // after the division words read so far (淮安市经济技术开发区). True when `rest` is one.
  bool ReadZone(std::string_view rest, const std::vector<int>& under, Chain& chain,
                std::size_t& pos) const {
    std::size_t zone_at = rest.npos;
    for (const std::string& word : words_.zone_words) zone_at = std::min(zone_at, rest.find(word));
    if (zone_at == rest.npos) return false;
    std::string_view stem = rest.substr(0, zone_at);
    if (UnknownDivisionWordAt(stem, chain)) return false;
    chain.zone = true;
    std::vector<std::size_t> starts = CodePointStarts(stem);
    for (std::size_t count = starts.size() - 1; count >= 2; --count) {
      std::vector<int> fitting;
      for (int division : gazetteer_.ShortNamed(stem.substr(0, starts[count]))) {
        if (Nested(division, under)) fitting.push_back(division);
      }
      if (fitting.empty()) continue;
      chain.tokens.push_back({std::string(stem.substr(0, starts[count])), fitting,
                              gazetteer_.division(fitting.front()).level, true});
      pos += starts[count];
      return true;
    }
    return true;
  }

  // A word shaped like a division (two characters or more, then 省/市/县/区/镇/街道 …)
  // that the data does not know: an invented 淮海省, a 施家乡 its county does not have.
  std::optional<Token> UnknownDivisionWordAt(std::string_view rest, const Chain& chain) const {
    std::vector<std::size_t> starts = CodePointStarts(rest);
    constexpr std::size_t kLongestStem = 6;
    for (std::size_t count = 3; count < starts.size() && count <= kLongestStem + 2; ++count) {
      std::string_view word = rest.substr(0, starts[count]);
      if (!IsHan(word) || ContainsAny(word, words_.not_division_words)) return std::nullopt;
      for (const DivisionSuffix& suffix : words_.division_suffixes) {
        if (!word.ends_with(suffix.text)) continue;
        if (CodePointStarts(word.substr(0, word.size() - suffix.text.size())).size() < 3) continue;
        Token token{std::string(word), {}, suffix.level, false};
        bool under_city = !chain.tokens.empty() && chain.tokens.back().level >= Level::kCity;
        if (suffix.level == Level::kCity && under_city) token.level = Level::kCounty;
        return token;
      }
    }
    return std::nullopt;
  }

  const Gazetteer::Impl& gazetteer_;
  const AgencyWords& words_;
};

Diagnostic Warning(std::string code, std::string message) {
  Diagnostic diagnostic;
  diagnostic.severity = Severity::kWarning;
  diagnostic.code = std::move(code);
  diagnostic.message = std::move(message);
  return diagnostic;
}

}  // namespace

namespace {

class PlacementRun {
 public:
  PlacementRun(const Gazetteer::Impl& gazetteer, std::string agency_as_printed, std::string name,
               std::string text)
      : gazetteer_(gazetteer),
        words_(gazetteer.words),
        reader_(gazetteer),
        agency_(std::move(agency_as_printed)),
        name_(std::move(name)),
        text_(std::move(text)) {}

  Placement Run() {
    if (name_.empty()) return Unplaced("no agency name to place");
    if (std::optional<std::string> rest = NationalRest()) return National(*rest);
    Chain chain = reader_.Read(name_);
    std::string_view body = std::string_view(name_).substr(chain.end);
    placement_.agency_kind = KindOf(body, chain.zone);
    if (!chain.tokens.empty()) placement_.level = LevelName(chain.tokens.back().level);
    if (!chain.problem.empty()) return Unplaced(chain.problem);
    if (chain.tokens.empty()) {
      if (chain.zone) return PlaceZoneByAddress();
      if (EndsWithAny(body, words_.national_suffixes)) return National(std::string(body));
      return Unplaced("its name names no division");
    }
    const Token& last = chain.tokens.back();
    std::optional<int> division = last.candidates.size() == 1
                                      ? std::optional<int>(last.candidates.front())
                                      : ResolveByText(last.candidates);
    if (!division) {
      return Ambiguous(last.text, last.candidates);
    }
    if (std::optional<std::string> other = ContradictingParent(chain.tokens.front(), *division)) {
      return Unplaced(fmt::format("the document writes {}{}, but {} is {}", *other,
                                  chain.tokens.front().text, chain.tokens.front().text,
                                  reader_.FullName(*division)));
    }
    Place(*division);
    return std::move(placement_);
  }

 private:
  static bool EndsWithAny(std::string_view text, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& word) { return text.ends_with(word); });
  }

  std::optional<std::string> NationalRest() const {
    for (const std::string& prefix : words_.national_prefixes) {
      if (name_.starts_with(prefix)) return name_.substr(prefix.size());
    }
    return std::nullopt;
  }

  Placement National(const std::string& body) {
    placement_.level = "national";
    bool general_office =
        body.empty() || body == "办公厅" ||
        std::find(words_.government_bodies.begin(), words_.government_bodies.end(), body) !=
            words_.government_bodies.end();
    placement_.agency_kind = general_office ? "government" : KindOf(body, false);
    return std::move(placement_);
  }

  std::string KindOf(std::string_view body, bool zone) const {
    if (std::find(words_.government_bodies.begin(), words_.government_bodies.end(), body) !=
        words_.government_bodies.end()) {
      return "government";
    }
    if (zone || ContainsAny(body, words_.other_words)) return "other";
    if (body.empty()) return "";
    return EndsWithAny(body, words_.department_suffixes) ? "department" : "other";
  }

  // A name shared by several places: the one whose parent the document names right
  // before it (杭州市西湖区), else the one whose parents it names anywhere; never a guess.
  std::optional<int> ResolveByText(const std::vector<int>& candidates) const {
    for (bool adjacent : {true, false}) {
      std::vector<int> supported;
      for (int candidate : candidates) {
        if (TextNamesParent(candidate, adjacent)) supported.push_back(candidate);
      }
      if (supported.size() == 1) return supported.front();
      if (supported.size() > 1) return std::nullopt;
    }
    return std::nullopt;
  }

  bool TextNamesParent(int division, bool adjacent) const {
    std::string_view own = gazetteer_.division(division).name;
    for (int parent : gazetteer_.Lineage(division)) {
      if (parent == division) continue;
      std::string wanted(gazetteer_.division(parent).name);
      if (adjacent) wanted += own;
      if (text_.find(wanted) != std::string::npos) return true;
    }
    return false;
  }

  // The document places the name's first word under another parent (锦官市青羊区 for the
  // 青羊区 of 成都市): the agency as named is not the one in the data.
  std::optional<std::string> ContradictingParent(const Token& first, int division) const {
    if (first.level == Level::kProvince) return std::nullopt;
    for (std::size_t at = text_.find(first.text); at != std::string::npos;
         at = text_.find(first.text, at + first.text.size())) {
      std::optional<std::string> other = ParentWordBefore(at, division);
      if (other) return other;
    }
    return std::nullopt;
  }

  std::optional<std::string> ParentWordBefore(std::size_t at, int division) const {
    std::size_t from = at > 24 ? at - 24 : 0;
    std::string_view before = std::string_view(text_).substr(from, at - from);
    std::vector<std::size_t> starts = CodePointStarts(before);
    std::size_t points = starts.size() - 1;
    Level level = gazetteer_.division(division).level;
    std::optional<std::string> unknown;
    for (std::size_t count = 2; count <= points && count <= 8; ++count) {
      std::string word(before.substr(starts[points - count]));
      std::span<const std::int32_t> found = gazetteer_.Named(word);
      for (int named : found) {
        if (named == division || gazetteer_.IsAncestor(named, division)) return std::nullopt;
      }
      for (int named : found) {
        if (gazetteer_.division(named).level < level) return word;
      }
      if (!unknown && count >= 3 && LooksLikeParentWord(word, level)) unknown = word;
    }
    return unknown;
  }

  bool LooksLikeParentWord(const std::string& word, Level below) const {
    if (!IsHan(word) || ContainsAny(word, words_.not_division_words)) return false;
    for (const DivisionSuffix& suffix : words_.division_suffixes) {
      if (suffix.level >= below || !word.ends_with(suffix.text)) continue;
      std::string stem = word.substr(0, word.size() - suffix.text.size());
      std::vector<std::size_t> starts = CodePointStarts(stem);
      std::string last(stem.substr(starts[starts.size() - 2]));
      bool pronoun =
          std::find(words_.pronouns.begin(), words_.pronouns.end(), last) != words_.pronouns.end();
      return !pronoun && starts.size() - 1 >= 2;
    }
    return false;
  }

  // A zone whose name names no division: the division its address names, if only one.
  Placement PlaceZoneByAddress() {
    std::set<int> named;
    for (const std::string& label : words_.address_labels) {
      for (std::size_t at = text_.find(label); at != std::string::npos;
           at = text_.find(label, at + label.size())) {
        std::string_view address = std::string_view(text_).substr(at + label.size());
        while (!address.empty() && (address.front() == ':' || address.front() == ' ')) {
          address.remove_prefix(1);
        }
        Chain chain = reader_.Read(address.substr(0, 120));
        if (!chain.problem.empty() || chain.tokens.empty()) continue;
        const std::vector<int>& candidates = chain.tokens.back().candidates;
        if (candidates.size() == 1) named.insert(candidates.front());
      }
    }
    if (named.size() != 1) {
      return Unplaced(named.empty() ? "a zone whose name and address name no division"
                                    : "a zone whose addresses name several divisions");
    }
    Place(*named.begin());
    return std::move(placement_);
  }

  void Place(int division) {
    const Division own = gazetteer_.division(division);
    std::vector<int> lineage = gazetteer_.Lineage(division);
    schema::Region region;
    region.code = own.code;
    const Division province = gazetteer_.division(lineage.front());
    region.province = province.name;
    bool municipality = province.name.ends_with("市");
    for (int at : lineage) {
      const Division step = gazetteer_.division(at);
      region.name += step.name;
      if (step.level == Level::kCity) region.city = std::string(step.name);
      if (step.level == Level::kCounty) region.county = std::string(step.name);
    }
    if (municipality && own.level != Level::kProvince) region.city = std::string(province.name);
    placement_.region = std::move(region);
    placement_.level = LevelName(own.level);
  }

  Placement Unplaced(const std::string& why) {
    placement_.warnings.push_back(
        Warning("region.unplaced", fmt::format("agency {} not placed on the map: {}",
                                               agency_.empty() ? "(none)" : agency_, why)));
    return std::move(placement_);
  }

  Placement Ambiguous(const std::string& word, const std::vector<int>& candidates) {
    placement_.warnings.push_back(Warning(
        "region.ambiguous",
        fmt::format("agency {} not placed on the map: {} names {} places and the document does "
                    "not say which: {}",
                    agency_, word, candidates.size(), reader_.FullNames(candidates))));
    return std::move(placement_);
  }

  const Gazetteer::Impl& gazetteer_;
  const AgencyWords& words_;
  NameReader reader_;
  std::string agency_;
  std::string name_;
  std::string text_;
  Placement placement_;
};

}  // namespace

Placer::Placer(std::shared_ptr<const Gazetteer> gazetteer, const normalize::Normalizer& normalizer)
    : gazetteer_(std::move(gazetteer)), normalizer_(normalizer) {}

Placement Placer::Place(std::string_view agency, std::string_view document_text) const {
  std::string name = normalizer_.NormalizeLabel(agency);
  std::string text =
      WithoutWhiteSpace(normalizer_.NormalizeText(document_text.substr(0, kMaxEvidenceBytes)));
  return PlacementRun(gazetteer_->impl(), std::string(agency), std::move(name), std::move(text))
      .Run();
}

void Placer::PlaceRecord(schema::Record& record, const Document& document) const {
  std::string text = record.title;
  for (const Block& block : document.blocks) {
    if (text.size() > kMaxEvidenceBytes) break;
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      text += '\n';
      text += paragraph->text;
    }
  }
  Placement placement = Place(record.agency, text);
  record.region = std::move(placement.region);
  record.level = std::move(placement.level);
  record.agency_kind = std::move(placement.agency_kind);
  for (Diagnostic& warning : placement.warnings) record.warnings.push_back(std::move(warning));
}

}  // namespace nianbao::region
