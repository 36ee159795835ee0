// The schema stage's entry point: template choice, tables, text, checks, warnings.
#include <algorithm>
#include <array>
#include <map>

#include <fmt/core.h>

#include "checks.hpp"
#include "completeness.hpp"
#include "document_text.hpp"
#include "label_matcher.hpp"
#include "nianbao/schema.hpp"
#include "reading_evidence.hpp"
#include "table_mapper.hpp"
#include "template_model.hpp"

namespace nianbao::schema {
namespace {

struct Candidate {
  const TemplateSpec* spec = nullptr;
  TableMapping mapping;
  size_t named_cells = 0;
};

size_t NamedCells(const TableMapping& mapping) {
  return mapping.values.size();
}

// Whether the template is the one issued for reports of that year.
bool IsForYear(const TemplateSpec& spec, const TemplateSet::Impl& templates,
               std::optional<int> year) {
  if (!year) return false;
  const TemplateSpec* newest = nullptr;
  for (const TemplateSpec& candidate : templates.templates) {
    if (candidate.from_year <= *year &&
        (newest == nullptr || candidate.from_year > newest->from_year)) {
      newest = &candidate;
    }
  }
  return newest == &spec;
}

// The template whose tables name the most cells; on a tie, the one issued for the
// report's year, then the one warning least.
Candidate ChooseTemplate(const Document& document, const TemplateSet::Impl& templates,
                         const LabelMatcher& matcher, std::optional<int> year) {
  Candidate best;
  for (const TemplateSpec& spec : templates.templates) {
    Candidate candidate{&spec, MapTables(document, spec, matcher), 0};
    candidate.named_cells = NamedCells(candidate.mapping);
    bool better = best.spec == nullptr || candidate.named_cells > best.named_cells;
    if (!better && candidate.named_cells == best.named_cells) {
      const bool candidate_year = IsForYear(spec, templates, year);
      const bool best_year = IsForYear(*best.spec, templates, year);
      better = (candidate_year && !best_year) ||
               (candidate_year == best_year &&
                candidate.mapping.warnings.size() < best.mapping.warnings.size());
    }
    if (better) best = std::move(candidate);
  }
  return best;
}

void OrderValues(Record& record, const TemplateSpec& spec) {
  std::map<std::string, size_t> rank;
  for (size_t idx = 0; idx < spec.key_order.size(); ++idx) rank.emplace(spec.key_order[idx], idx);
  std::stable_sort(record.values.begin(), record.values.end(),
                   [&](const auto& left, const auto& right) {
                     auto left_rank = rank.find(left.first);
                     auto right_rank = rank.find(right.first);
                     size_t a = left_rank == rank.end() ? rank.size() : left_rank->second;
                     size_t b = right_rank == rank.end() ? rank.size() : right_rank->second;
                     return a < b;
                   });
}

// Part 六's fee figures, each bounding the next: notices, billed, collected.
constexpr std::array<std::string_view, 3> kFeeKeys = {"s6.fee_notices", "s6.fee_billed",
                                                      "s6.fee_collected"};

// The fee figures of part 六 are not required (a report states them or not), but where part
// 六 speaks of fees, or a scan's part 六 was not found (OCR may have missed its heading),
// figures not read are listed, never lost silently. A record that lists them is `partial`: it
// has figures it could not read, and `complete` promises every figure right.
void AddUnreadFees(Record& record, const std::map<std::string, std::optional<double>>& by_key) {
  std::vector<std::string> unread;
  for (std::string_view key : kFeeKeys) {
    if (!by_key.contains(std::string(key))) unread.push_back(std::string(key));
  }
  if (unread.empty()) return;
  auto section = record.sections.find("s6");
  const bool scanned = std::any_of(record.provenance.begin(), record.provenance.end(),
                                   [](const auto& entry) { return entry.second.origin == "ocr"; });
  if (section == record.sections.end() && scanned) {
    record.missing.push_back({unread, MissingReason::kRowNotFound,
                              "part 六 (其他需要报告的事项) was not found: its 信息处理费 figures "
                              "were not read"});
    record.status = RecordStatus::kPartial;
  } else if (section != record.sections.end() &&
             (section->second.find("收费") != std::string::npos ||
              section->second.find("处理费") != std::string::npos)) {
    record.missing.push_back({unread, MissingReason::kCellUnreadable,
                              "part 六 speaks of 信息处理费, but these figures could not be read "
                              "from it"});
    record.status = RecordStatus::kPartial;
  }
}

// Part 六's figures in the order of kFeeKeys.
std::vector<FeeFigure> FeesInKeyOrder(std::vector<FeeFigure> fees) {
  auto rank = [](const FeeFigure& fee) {
    return std::find(kFeeKeys.begin(), kFeeKeys.end(), fee.key) - kFeeKeys.begin();
  };
  std::stable_sort(fees.begin(), fees.end(),
                   [&](const FeeFigure& a, const FeeFigure& b) { return rank(a) < rank(b); });
  return fees;
}

// Whether the figures read before allow `key` no amount but 0: nothing billed without a fee
// notice, nothing collected of nothing billed.
bool FeeBoundIsZero(const std::string& key,
                    const std::map<std::string, std::optional<double>>& by_key) {
  const auto at = std::find(kFeeKeys.begin(), kFeeKeys.end(), key);
  if (at == kFeeKeys.begin() || at == kFeeKeys.end()) return false;
  auto found = by_key.find(std::string(*(at - 1)));
  return found != by_key.end() && found->second == 0;
}

// The arithmetic weighed between the readings of uncertain OCR cells (reading_evidence.hpp);
// a value given a reading loses its low-confidence (or not-a-number) warning for the one
// saying why.
void SettleByArithmetic(const TemplateSpec& spec, TableMapping& mapping,
                        std::map<std::string, std::optional<double>>& by_key) {
  const std::vector<Diagnostic> refuted = WeighPlacedColumns(spec, mapping.values, by_key);
  mapping.warnings.insert(mapping.warnings.end(), refuted.begin(), refuted.end());
  WeighedReadings weighed = WeighReadings(spec, mapping.values, by_key);
  for (const std::string& key : weighed.settled) {
    std::erase_if(mapping.warnings, [&](const Diagnostic& warning) {
      return (warning.code == "schema.low_confidence" || warning.code == "schema.not_a_number") &&
             warning.message.starts_with(key + ":");
    });
  }
  mapping.warnings.insert(mapping.warnings.end(), weighed.warnings.begin(), weighed.warnings.end());
}

}  // namespace

Mapper::Mapper(std::shared_ptr<const TemplateSet> templates,
               const normalize::Normalizer& normalizer)
    : templates_(std::move(templates)),
      normalizer_(normalizer),
      matcher_(std::make_shared<LabelMatcher>(templates_->impl(), normalizer)) {}

Mapper::~Mapper() = default;

Record Mapper::Map(const Document& document) const {
  Record record;
  record.source = document.source;
  record.warnings = document.diagnostics;
  const TemplateSet::Impl& templates = templates_->impl();
  if (templates.templates.empty()) {
    throw Error(ErrorKind::kInternal, document.source.path, "no template definitions loaded");
  }
  const LabelMatcher matcher = matcher_->ForDocument();
  // The year comes from the title, which no template's wording changes.
  const std::optional<int> year =
      ReadDocumentText(document, templates.templates.front(), matcher).year;
  Candidate chosen = ChooseTemplate(document, templates, matcher, year);
  const TemplateSpec& spec = *chosen.spec;
  if (chosen.named_cells > 0) record.template_id = spec.version;

  DocumentText text = ReadDocumentText(document, spec, matcher);
  record.title = text.title;
  record.agency = text.agency;
  record.year = text.year;
  record.sections = text.sections;
  record.warnings.insert(record.warnings.end(), text.warnings.begin(), text.warnings.end());

  std::map<std::string, std::optional<double>> by_key;
  for (MappedValue& value : chosen.mapping.values) by_key[value.key] = value.value;
  struct ReadFee {
    FeeFigure fee;
    FeeSource source;
    std::optional<double> value;
  };
  std::vector<ReadFee> fees;
  if (spec.fees && record.sections.contains("s6")) {
    for (const FeeFigure& fee :
         FeesInKeyOrder(ReadFeeFigures(record.sections.at("s6"), normalizer_))) {
      const FeeSource source = LocateFeeFigure(document, fee, normalizer_);
      if (fee.unit_unread && !source.ocr) continue;
      std::optional<double> value = fee.value;
      const bool unsure = source.ocr && source.confidence.value_or(0) < kMinTextConfidence;
      if ((unsure || fee.unit_unread) && FeeBoundIsZero(fee.key, by_key) && value == 0) {
        record.warnings.push_back(
            {Severity::kWarning,
             "schema.reading_by_arithmetic",
             fee.key + ": the scan's text reads \"" + fee.text + "\"" +
                 (fee.unit_unread
                      ? std::string(" without its unit")
                      : fmt::format(" with confidence {:.2f}", source.confidence.value_or(0))) +
                 "; part 六 allows no amount but 0 (" +
                 (fee.key == "s6.fee_billed" ? "no fee notices were sent" : "0 was billed") +
                 "), the one its reading gives, and it is taken",
             {}});
      } else if (fee.unit_unread) {
        continue;  // listed as unread
      } else if (unsure) {
        value.reset();
        record.warnings.push_back(
            {Severity::kWarning,
             "schema.low_confidence",
             fee.key + ": the scan's text reads \"" + fee.text + "\"" +
                 (source.confidence ? fmt::format(" with confidence {:.2f} (below {:.2f})",
                                                  *source.confidence, kMinTextConfidence)
                                    : std::string(", which could not be traced to a line read")) +
                 "; left out rather than guessed",
             {}});
      }
      by_key[fee.key] = value;
      fees.push_back({fee, source, value});
    }
  }
  SettleByArithmetic(spec, chosen.mapping, by_key);
  for (MappedValue& value : chosen.mapping.values) {
    record.provenance[value.key] = value.where;
    record.values.emplace_back(value.key, value.value);
  }
  for (const ReadFee& read : fees) {
    record.values.emplace_back(read.fee.key, read.value);
    Provenance& where = record.provenance[read.fee.key];
    where.page = read.source.page;
    where.text = read.fee.text;
    where.origin = read.source.ocr ? "ocr" : "text";
    where.confidence = read.source.confidence;
  }
  OrderValues(record, spec);
  record.checks = EvaluateChecks(spec, by_key);

  record.warnings.insert(record.warnings.end(), chosen.mapping.warnings.begin(),
                         chosen.mapping.warnings.end());
  if (chosen.mapping.tables_seen == 0) {
    record.warnings.push_back({Severity::kWarning,
                               "schema.no_tables",
                               "the document has no tables: no values could be read",
                               {}});
  } else if (chosen.named_cells == 0) {
    record.warnings.push_back({Severity::kWarning,
                               "schema.no_template_tables",
                               "none of the document's tables is a table of the template",
                               {}});
  }
  for (const TableSpec& table : spec.tables) {
    if (chosen.named_cells > 0 && !chosen.mapping.tables_found.contains(table.id)) {
      record.warnings.push_back({Severity::kWarning,
                                 "schema.table_missing",
                                 "table " + table.id + " (" + table.title + ") was not found",
                                 {}});
    }
  }
  Completeness completeness = AssessCompleteness(spec, chosen.mapping, chosen.named_cells > 0,
                                                 IsForYear(spec, templates, year));
  record.status = completeness.status;
  record.missing = std::move(completeness.missing);
  if (spec.fees && chosen.named_cells > 0) AddUnreadFees(record, by_key);
  for (const Check& check : record.checks) {
    if (!check.ok) {
      record.warnings.push_back({Severity::kWarning,
                                 "schema.check_failed",
                                 fmt::format("{}: the stated total {} differs from its parts {}",
                                             check.rule, check.lhs, check.rhs),
                                 {}});
    }
  }
  return record;
}

}  // namespace nianbao::schema
