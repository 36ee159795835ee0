// `nianbao export`: the dataset back out as JSON Lines records or CSV (wide or long).
#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>

#include "csv.hpp"
#include "nianbao/output.hpp"
#include "nianbao/pipeline.hpp"
#include "reports.hpp"
#include "sink.hpp"
#include "store.hpp"

namespace nianbao::dataset {
namespace {

constexpr const char* kByteOrderMark = "\xEF\xBB\xBF";
constexpr const char* kUnreadableValue = "null";

// The agency's place (SCHEMA.md region, level, agency_kind).
constexpr const char* kPlaceColumnsSql =
    " d.region_code, d.region_name, d.province, d.city, d.county, d.level, d.agency_kind";
constexpr int kPlaceColumns = 7;

std::string NumberText(double number) {
  if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9e15) {
    return std::to_string(static_cast<long long>(number));
  }
  return fmt::format("{}", number);
}

std::string OptionalNumberText(const std::optional<double>& number, const char* when_null) {
  return number ? NumberText(*number) : when_null;
}

// SQL true when `column` holds one of `statuses` (always true for none). The names are
// SCHEMA.md's fixed ones, never text from the command line.
std::string StatusIn(const std::vector<schema::RecordStatus>& statuses, const char* column) {
  if (statuses.empty()) return "1";
  std::string names;
  for (schema::RecordStatus status : statuses) {
    names += fmt::format("{}'{}'", names.empty() ? "" : ", ", schema::RecordStatusName(status));
  }
  return fmt::format("{} IN ({})", column, names);
}

bool Keeps(const std::vector<schema::RecordStatus>& statuses, schema::RecordStatus status) {
  return statuses.empty() || std::find(statuses.begin(), statuses.end(), status) != statuses.end();
}

// A document found at more than one place (two URLs, two paths) lists them all in "sources".
void ExportJsonl(Database& database, const std::vector<schema::RecordStatus>& statuses,
                 std::ostream& out) {
  Statement documents = database.Prepare(
      "SELECT d.record, (SELECT json_group_array(json_object('path', s.path, 'url', s.url,"
      " 'fetched_at', s.fetched_at)) FROM (SELECT * FROM document_sources WHERE sha256 ="
      " d.sha256 ORDER BY path) s), (SELECT count(*) FROM document_sources s WHERE s.sha256 ="
      " d.sha256), d.path, d.id FROM documents d WHERE " +
      StatusIn(statuses, "d.status") + " ORDER BY d.path, d.sha256");
  RecordReader records(database);
  while (documents.Step()) {
    const std::string path = documents.Text(3);
    std::string record = records.Text(documents.Integer(4), documents, 0, path);
    if (documents.Integer(2) < 2) {
      out << record << '\n';
      continue;
    }
    output::Outcome outcome = output::OutcomeFromJson(Json::parse(record), path);
    Json sources = Json::parse(documents.Text(1), nullptr, false);
    for (Json& source : sources) {
      for (auto field = source.begin(); field != source.end();) {
        field = field->is_null() ? source.erase(field) : std::next(field);
      }
    }
    outcome.other_fields["sources"] = std::move(sources);
    out << output::OutcomeToJson(outcome).dump() << '\n';
  }
  if (!Keeps(statuses, schema::RecordStatus::kError)) return;
  Statement errors = database.Prepare("SELECT path, kind, message FROM input_errors ORDER BY path");
  while (errors.Step()) {
    const std::string path = errors.Text(0);
    const ErrorKind kind = output::ErrorKindFromName(errors.Text(1)).value_or(ErrorKind::kInternal);
    output::Outcome outcome = pipeline::ErrorOutcome(path, "", Error(kind, path, errors.Text(2)));
    out << output::OutcomeToJson(outcome).dump() << '\n';
  }
}

std::vector<std::string> WideKeys(Database& database) {
  std::vector<std::string> keys = TemplateKeys();
  std::set<std::string> known(keys.begin(), keys.end());
  Statement distinct = database.Prepare("SELECT DISTINCT key FROM cell_values ORDER BY key");
  while (distinct.Step()) {
    std::string key = distinct.Text(0);
    if (known.count(key) == 0) keys.push_back(key);
  }
  return keys;
}

void ExportCsvWide(Database& database, const std::vector<schema::RecordStatus>& statuses,
                   std::ostream& out) {
  std::vector<std::string> keys = WideKeys(database);
  std::vector<std::string> header = WideDocumentColumns();
  header.insert(header.end(), keys.begin(), keys.end());
  out << CsvRow(header);
  Statement documents = database.Prepare(
      std::string("SELECT d.id, d.path, d.sha256, d.format, d.pages, d.url, d.fetched_at, d.site,"
                  " d.title, d.agency,") +
      kPlaceColumnsSql +
      ", d.year, d.template, d.status, d.error,"
      " (SELECT group_concat(rule, ';') FROM (SELECT rule FROM checks c WHERE c.document_id ="
      "  d.id AND c.ok = 0 ORDER BY position)),"
      " (SELECT count(*) FROM warnings w WHERE w.document_id = d.id)"
      " FROM documents d WHERE " +
      StatusIn(statuses, "d.status") + " ORDER BY d.path, d.sha256");
  Statement values = database.Prepare("SELECT key, value FROM cell_values WHERE document_id = ?");
  const int kDocumentColumns = static_cast<int>(WideDocumentColumns().size());
  while (documents.Step()) {
    std::vector<std::string> row;
    for (int column = 1; column <= kDocumentColumns; ++column)
      row.push_back(documents.Text(column));
    std::map<std::string, std::string> by_key;
    values.Bind(1, documents.Integer(0));
    while (values.Step()) {
      by_key[values.Text(0)] = OptionalNumberText(values.OptionalReal(1), kUnreadableValue);
    }
    values.Reset();
    for (const std::string& key : keys) {
      auto found = by_key.find(key);
      row.push_back(found == by_key.end() ? "" : found->second);
    }
    out << CsvRow(row);
  }
}

// The provenance of each value comes from the document's record (read once per document).
void ExportCsvLong(Database& database, const std::vector<schema::RecordStatus>& statuses,
                   std::ostream& out) {
  out << CsvRow({"path", "sha256", "agency", "region_code", "region_name", "province", "city",
                 "county", "level", "agency_kind", "year", "template", "key", "value", "page",
                 "table", "row", "col", "text"});
  Statement documents =
      database.Prepare(std::string("SELECT d.path, d.sha256, d.agency,") + kPlaceColumnsSql +
                       ", d.year, d.template, d.record, d.id FROM documents d WHERE " +
                       StatusIn(statuses, "d.status") +
                       " AND EXISTS (SELECT 1 FROM document_values v WHERE v.document_id = d.id)"
                       " ORDER BY d.path, d.sha256");
  constexpr int kRecordColumn = 5 + kPlaceColumns;
  RecordReader records(database);
  while (documents.Step()) {
    std::vector<std::string> columns;
    for (int column = 0; column < kRecordColumn; ++column)
      columns.push_back(documents.Text(column));
    const schema::Record record =
        output::RecordFromJson(Json::parse(records.Text(documents.Integer(kRecordColumn + 1),
                                                        documents, kRecordColumn, columns[0])),
                               columns[0]);
    for (const auto& [key, value] : record.values) {
      std::vector<std::string> row = columns;
      row.push_back(key);
      row.push_back(OptionalNumberText(value, ""));
      auto where = record.provenance.find(key);
      const Json provenance = where == record.provenance.end()
                                  ? Json(nullptr)
                                  : output::ProvenanceToJson(where->second);
      for (const char* field : {"page", "table", "row", "col", "text"}) {
        auto found = provenance.is_object() ? provenance.find(field) : provenance.end();
        bool present = provenance.is_object() && found != provenance.end();
        row.push_back(!present             ? ""
                      : found->is_string() ? found->get<std::string>()
                                           : found->dump());
      }
      out << CsvRow(row);
    }
  }
}

void ExportReports(Database& database, const std::vector<schema::RecordStatus>& statuses,
                   std::ostream& out) {
  if (!HasTable(database, "reports")) {
    throw Error(ErrorKind::kUnsupported, database.path(),
                "no reports table in this dataset: run `nianbao check --db` first");
  }
  const std::vector<std::string> columns = {"agency",      "year",     "region_code", "level",
                                            "agency_kind", "sha256",   "path",        "documents",
                                            "sources",     "versions", "flagged",     "detail"};
  out << CsvRow(columns);
  Statement rows = database.Prepare(
      "SELECT agency, year, region_code, level, agency_kind, sha256, path, documents, sources,"
      " versions, flagged, detail FROM reports r WHERE " +
      StatusIn(
          statuses,
          "coalesce((SELECT d.status FROM documents d WHERE d.sha256 = r.sha256), 'no_data')") +
      " ORDER BY agency, year");
  while (rows.Step()) {
    std::vector<std::string> row;
    for (int column = 0; column < static_cast<int>(columns.size()); ++column) {
      row.push_back(rows.Text(column));
    }
    out << CsvRow(row);
  }
}

void ExportYearChecks(Database& database, const std::vector<schema::RecordStatus>& statuses,
                      std::ostream& out) {
  if (!HasTable(database, "year_checks")) {
    throw Error(ErrorKind::kUnsupported, database.path(),
                "no cross-year checks in this dataset: run `nianbao check --db` first");
  }
  out << CsvRow({"agency", "year", "rule", "ok", "lhs", "rhs", "documents", "detail"});
  Statement rows = database.Prepare(
      "SELECT agency, year, rule, ok, lhs, rhs, documents, detail FROM year_checks y"
      " WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE instr(';' || y.documents || ';',"
      " ';' || d.path || ';') > 0 AND NOT " +
      StatusIn(statuses, "d.status") + ") ORDER BY agency, year, rule, documents");
  while (rows.Step()) {
    out << CsvRow({rows.Text(0), rows.Text(1), rows.Text(2), rows.Integer(3) ? "true" : "false",
                   OptionalNumberText(rows.OptionalReal(4), ""),
                   OptionalNumberText(rows.OptionalReal(5), ""), rows.Text(6), rows.Text(7)});
  }
}

// A PostgreSQL dataset is exported from a SQLite copy made as `nianbao merge` makes it (in
// TMPDIR): the copy links pages to their attachments and builds the table reports, as the
// end of a SQLite run does, so both kinds of dataset export the same bytes.
void ExportPostgres(const ExportOptions& options, std::ostream& out) {
  if (options.format == ExportFormat::kYearChecks) {
    throw Error(ErrorKind::kUnsupported, options.database,
                "`nianbao check` works on a SQLite dataset: copy this one with `nianbao merge "
                "OUT.sqlite` and check that");
  }
  TempFolder folder;
  ExportOptions copy = options;
  copy.database = folder / "copy.sqlite";
  MergeDatabases(copy.database, {options.database});
  ExportDataset(copy, out);
}

}  // namespace

ExportFormat ParseExportFormat(const std::string& name) {
  if (name == "jsonl") return ExportFormat::kJsonl;
  if (name == "csv-wide") return ExportFormat::kCsvWide;
  if (name == "csv-long") return ExportFormat::kCsvLong;
  if (name == "year-checks") return ExportFormat::kYearChecks;
  if (name == "reports") return ExportFormat::kReports;
  throw std::invalid_argument("unknown export format \"" + name +
                              "\": use jsonl, csv-wide, csv-long, year-checks or reports");
}

std::vector<schema::RecordStatus> ParseStatusList(const std::string& text) {
  std::vector<schema::RecordStatus> statuses;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = std::min(text.find(',', start), text.size());
    std::string name = text.substr(start, comma - start);
    std::optional<schema::RecordStatus> status = schema::RecordStatusFromName(name);
    if (!status) {
      throw std::invalid_argument("unknown status \"" + name +
                                  "\": use complete, partial, no_data or error (comma-separated)");
    }
    if (std::find(statuses.begin(), statuses.end(), *status) == statuses.end()) {
      statuses.push_back(*status);
    }
    start = comma + 1;
  }
  return statuses;
}

void ExportDataset(const ExportOptions& options, std::ostream& out) {
  if (IsPostgres(options.database)) {
    ExportPostgres(options, out);
    return;
  }
  ReadableDataset dataset(options.database);
  Database& database = dataset.database();
  if (options.byte_order_mark) out << kByteOrderMark;
  switch (options.format) {
    case ExportFormat::kJsonl:
      ExportJsonl(database, options.statuses, out);
      break;
    case ExportFormat::kCsvWide:
      ExportCsvWide(database, options.statuses, out);
      break;
    case ExportFormat::kCsvLong:
      ExportCsvLong(database, options.statuses, out);
      break;
    case ExportFormat::kYearChecks:
      ExportYearChecks(database, options.statuses, out);
      break;
    case ExportFormat::kReports:
      ExportReports(database, options.statuses, out);
      break;
  }
  out.flush();
}

}  // namespace nianbao::dataset
