// nianbao/schema.hpp: the schema stage.
//
// In:  a Document (extract stage) and a Normalizer (normalize stage).
// Out: a Record as ../shared/SCHEMA.md defines it: title, agency, year, template,
//      sections, one value per template cell keyed by meaning, checks, provenance, warnings.
//
// Template knowledge (labels, variants, keys, checks) is data under schema/templates/,
// compiled into the program and loaded once into a TemplateSet.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "nianbao/error.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"

namespace nianbao::schema {

struct Provenance {
  std::optional<int> page;  // paged formats only
  int table = 0;            // 0-based, in document order
  int row = 0;              // 0-based in the table's expanded grid
  int col = 0;
  std::string text;  // the cell's original text
};

struct Check {
  std::string rule;  // e.g. "t3.balance.total"
  bool ok = true;
  double lhs = 0;
  double rhs = 0;
};

struct Record {
  Source source;
  std::string title;
  std::string agency;
  std::optional<int> year;
  std::string template_id = "unknown";          // "2021", "2019" or "unknown"
  std::map<std::string, std::string> sections;  // "s1".."s6"
  // Key → value in the template's key order; nullopt where the cell held no readable number.
  std::vector<std::pair<std::string, std::optional<double>>> values;
  std::vector<Check> checks;
  std::map<std::string, Provenance> provenance;
  std::vector<Diagnostic> warnings;  // reader diagnostics plus the mapper's own
};

// The template versions, as data. Immutable after loading; share it freely.
class TemplateSet {
 public:
  // The templates built into the program (schema/templates/*.json).
  static std::shared_ptr<const TemplateSet> Builtin();
  // Templates from a folder of the same files (for trying a new template version).
  static std::shared_ptr<const TemplateSet> FromDirectory(const std::filesystem::path& dir);

  struct Impl;
  explicit TemplateSet(std::unique_ptr<Impl> impl);
  ~TemplateSet();
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

class LabelMatcher;  // internal: the templates' labels, normalized once

// Turns a Document into its Record. The template version is chosen per document from its
// labels (the one whose tables name the most cells). Reuse one Mapper for many documents;
// like the Normalizer it uses, it is not for concurrent use.
class Mapper {
 public:
  Mapper(std::shared_ptr<const TemplateSet> templates, const normalize::Normalizer& normalizer);
  ~Mapper();
  Record Map(const Document& document) const;

 private:
  std::shared_ptr<const TemplateSet> templates_;
  const normalize::Normalizer& normalizer_;
  std::shared_ptr<const LabelMatcher> matcher_;
};

}  // namespace nianbao::schema
