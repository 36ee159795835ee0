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
#include <string_view>
#include <vector>

#include "nianbao/error.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"

namespace nianbao::schema {

struct Provenance {
  std::optional<int> page;   // paged formats only
  std::optional<int> table;  // 0-based, in document order; absent for a figure from text
  std::optional<int> row;    // 0-based in the table's expanded grid
  std::optional<int> col;
  std::string text;         // the cell's original text, as read (before any folding)
  std::optional<Box> bbox;  // the cell on its page, displayed coordinates (paged formats)
  // How the cell was found: "markup", "lattice", "stream", "ocr" (TableOriginName), or
  // "text" (a text dump, or a figure read from running text such as the fees of part 六).
  std::string origin;
  std::optional<double> confidence;  // 0–1, where the reading is uncertain (OCR)
};

// Why a required key has no number (SCHEMA.md `missing`).
enum class MissingReason {
  kTableNotFound,   // the template table holding it was not found
  kRowNotFound,     // its row was not found (or could not be told apart from another)
  kColumnNotFound,  // its column was not found
  kCellUnreadable,  // the cell is there but holds no readable number (the value is null)
  kNotPrinted,      // the document's own layout leaves that row or column out
};
const char* MissingReasonName(MissingReason reason);  // "table_not_found", …

struct MissingKeys {
  std::vector<std::string> keys;  // in the template's key order
  MissingReason reason = MissingReason::kRowNotFound;
  std::string message;  // for a person
};

// SCHEMA.md `status`: decided once, by the schema stage (kError by whoever could not read).
enum class RecordStatus { kComplete, kPartial, kNoData, kError };
const char* RecordStatusName(RecordStatus status);  // "complete", "partial", "no_data", "error"
std::optional<RecordStatus> RecordStatusFromName(std::string_view name);

// SCHEMA.md `region`: the administrative division of the agency (GB/T 2260 code).
struct Region {
  std::string code;
  std::string name;  // full name, e.g. 江苏省淮安市洪泽区
  std::string province;
  std::optional<std::string> city;    // null above that level
  std::optional<std::string> county;  // null above that level
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
  RecordStatus status = RecordStatus::kNoData;
  std::vector<MissingKeys> missing;  // every required key neither in `values` as a number
  std::optional<Region> region;      // absent when unplaced or ambiguous (then a warning)
  std::string level;                 // national, province, city, county, township; "" unknown
  std::string agency_kind;           // government, department, other; "" unknown
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

// How a template prints one of its tables, from the template's label trees: for showing a
// record laid out as the report prints it. Keys are record keys ("t3.new.natural").
struct PrintedTable {
  struct HeaderCell {
    std::string label;  // the first (canonical) wording; "" for the corner over the row labels
    int colspan = 1;
    int rowspan = 1;
    int first_column = 0;  // the first printed column (index into Row::keys) it heads
  };
  struct Row {
    std::string label;
    int depth = 0;  // nesting under group rows (0: top level)
    // The row's record key per printed column ("" where the row has no such cell); all
    // empty for a group row that only heads its children.
    std::vector<std::string> keys;
  };
  std::string id;                               // "t2", "t3", "t4"
  std::string title;                            // 主动公开政府信息情况 …
  std::vector<std::vector<HeaderCell>> header;  // header rows, top down, corner first
  std::vector<Row> rows;
};

// The tables of template `version` ("2021", "2019"); empty for a version not in the set.
std::vector<PrintedTable> PrintedTables(const TemplateSet& templates, std::string_view version);

// Every key a check rule of template `version` can add up (all its alternatives), by rule
// name as it appears in a record ("t3.balance.total" → t3.new.total, t3.carried_in.total …).
std::map<std::string, std::vector<std::string>> CheckOperands(const TemplateSet& templates,
                                                              std::string_view version);

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
