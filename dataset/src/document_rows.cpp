#include "document_rows.hpp"

#include "record_blob.hpp"

namespace nianbao::dataset {
namespace {

// Source fields with their own columns; the rest of `source` goes to source_extra.
constexpr const char* kSourceColumns[] = {"path", "sha256",     "format", "pages",
                                          "url",  "fetched_at", "site"};

// A crawl field as a column: text as it is, other JSON as its text, null or absent: NULL.
std::optional<std::string> FieldText(const Json& fields, const char* key) {
  auto found = fields.find(key);
  if (found == fields.end() || found->is_null()) return std::nullopt;
  return found->is_string() ? found->get<std::string>() : found->dump();
}

std::optional<std::string> SourceExtra(const Json& source_fields) {
  Json extra = Json::object();
  for (const auto& [key, value] : source_fields.items()) {
    bool has_column = false;
    for (const char* column : kSourceColumns) has_column = has_column || key == column;
    if (!has_column) extra[key] = value;
  }
  if (extra.empty()) return std::nullopt;
  return extra.dump();
}

std::optional<std::string> UnlessEmpty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

void SetPlace(const schema::Record& record, DocumentRow& row) {
  if (record.region) {
    row.region_code = record.region->code;
    row.region_name = record.region->name;
    row.province = record.region->province;
    row.city = record.region->city;
    row.county = record.region->county;
  }
  row.level = UnlessEmpty(record.level);
  row.agency_kind = UnlessEmpty(record.agency_kind);
}

DocumentRow DocumentOf(const output::Outcome& outcome, const StoredMeta& meta) {
  const schema::Record& record = outcome.record;
  const bool read = !outcome.error;
  auto if_read = [read](const std::string& text) {
    return read ? std::optional<std::string>(text) : std::nullopt;
  };
  DocumentRow row{
      record.source.sha256,
      record.source.path,
      read ? std::optional<std::string>(FormatName(record.source.format))
           : FieldText(outcome.source_fields, "format"),
      record.source.pages ? std::optional<std::int64_t>(*record.source.pages) : std::nullopt,
      FieldText(outcome.source_fields, "url"),
      FieldText(outcome.source_fields, "fetched_at"),
      FieldText(outcome.source_fields, "site"),
      SourceExtra(outcome.source_fields),
      if_read(record.title),
      if_read(record.agency),
      read && record.year ? std::optional<std::int64_t>(*record.year) : std::nullopt,
      if_read(record.template_id),
      {},
      {},
      {},
      {},
      {},
      {},
      {},
      outcome.attachments.empty()
          ? std::nullopt
          : std::optional<std::int64_t>(static_cast<std::int64_t>(outcome.attachments.size())),
      schema::RecordStatusName(record.status),
      outcome.error ? std::optional<std::string>(ErrorKindName(outcome.error->kind()))
                    : std::nullopt,
      outcome.error ? std::optional<std::string>(outcome.error->message()) : std::nullopt,
      {},
      0,
      meta.processed_at,
      meta.duration_ms};
  if (read) SetPlace(record, row);
  return row;
}

// The record stored once: without the parts its rows hold (record_blob.hpp).
void SetStoredRecord(const output::Outcome& outcome, DocumentRows& rows) {
  const std::string text = StoredRecordJson(output::OutcomeToJson(outcome),
                                            RecordParts{rows.sections, rows.values, rows.checks});
  rows.document.record = DeflateRecord(text);
  rows.document.record_size = static_cast<std::int64_t>(text.size());
}

std::vector<ValueRow> ValuesOf(const schema::Record& record) {
  std::vector<ValueRow> rows;
  for (const auto& [key, value] : record.values) rows.push_back(ValueRow{key, value});
  return rows;
}

std::vector<CheckRow> ChecksOf(const schema::Record& record) {
  std::vector<CheckRow> rows;
  for (const schema::Check& check : record.checks) {
    rows.push_back(CheckRow{check.rule, check.ok, check.lhs, check.rhs});
  }
  return rows;
}

std::vector<WarningRow> WarningsOf(const schema::Record& record) {
  std::vector<WarningRow> rows;
  for (const Diagnostic& warning : record.warnings) {
    Json location = output::LocationToJson(warning.location);
    rows.push_back(WarningRow{output::SeverityName(warning.severity), warning.code, warning.message,
                              location.empty() ? std::nullopt : std::optional(location.dump())});
  }
  return rows;
}

std::vector<SectionRow> SectionsOf(const schema::Record& record) {
  std::vector<SectionRow> rows;
  for (const auto& [key, text] : record.sections) rows.push_back(SectionRow{key, text});
  return rows;
}

}  // namespace

SourceRow SourceOf(const std::string& sha256, const std::string& path, const Json& source_fields) {
  auto text = [&](const char* key) -> std::optional<std::string> {
    auto found = source_fields.find(key);
    if (found == source_fields.end() || !found->is_string()) return std::nullopt;
    return found->get<std::string>();
  };
  return SourceRow{sha256, path, text("url"), text("fetched_at")};
}

DocumentRows RowsOf(const output::Outcome& outcome, const StoredMeta& meta) {
  const schema::Record& record = outcome.record;
  DocumentRows rows{DocumentOf(outcome, meta), ValuesOf(record),   ChecksOf(record),
                    WarningsOf(record),        SectionsOf(record), {}};
  rows.source = SourceOf(rows.document.sha256, rows.document.path, outcome.source_fields);
  SetStoredRecord(outcome, rows);
  return rows;
}

}  // namespace nianbao::dataset
