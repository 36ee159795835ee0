// The rows one record becomes in the dataset's tables (docs/dataset.md), whatever the database
// holding them: the SQLite store and the PostgreSQL sink both write these, made from the typed
// outcome (nianbao/output.hpp), never from the record's JSON by key.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "nianbao/dataset.hpp"
#include "nianbao/output.hpp"

namespace nianbao::dataset {

// Facts about a stored document that are not in its record.
struct StoredMeta {
  std::string processed_at;  // UTC, ISO 8601
  std::optional<std::int64_t> duration_ms;
};

// The table documents, without its id.
struct DocumentRow {
  std::string sha256;
  std::string path;
  std::optional<std::string> format;
  std::optional<std::int64_t> pages;
  std::optional<std::string> url;
  std::optional<std::string> fetched_at;
  std::optional<std::string> site;
  std::optional<std::string> source_extra;  // JSON object
  std::optional<std::string> title;
  std::optional<std::string> agency;
  std::optional<std::int64_t> year;
  std::optional<std::string> template_name;
  // The record's region (code, name, province, city, county), level and agency_kind.
  std::optional<std::string> region_code;
  std::optional<std::string> region_name;
  std::optional<std::string> province;
  std::optional<std::string> city;
  std::optional<std::string> county;
  std::optional<std::string> level;
  std::optional<std::string> agency_kind;
  std::optional<std::int64_t> attachments;  // an HTML page's report-like links; NULL: none
  std::string status;                       // the record's: complete, partial, no_data, error
  std::optional<std::string> error_kind;
  std::optional<std::string> error;
  // The record's JSON text as stored (record_blob.hpp: without the parts the long tables hold,
  // when they give them back), deflated; and that text's length in bytes.
  std::string record;
  std::int64_t record_size = 0;
  std::string processed_at;
  std::optional<std::int64_t> duration_ms;
};

// One row of cell_values, checks, warnings, sections; `position` is the index in its vector.
struct ValueRow {
  std::string key;
  std::optional<double> value;  // its provenance is in the record
};
struct CheckRow {
  std::string rule;
  bool ok = false;
  std::optional<double> lhs;
  std::optional<double> rhs;
};
struct WarningRow {
  std::optional<std::string> severity;
  std::optional<std::string> code;
  std::optional<std::string> message;
  std::optional<std::string> location;  // JSON
};
struct SectionRow {
  std::string key;
  std::string text;
};

// One row of document_sources: a place the content was found.
struct SourceRow {
  std::string sha256;
  std::string path;
  std::optional<std::string> url;
  std::optional<std::string> fetched_at;
};

struct DocumentRows {
  DocumentRow document;
  std::vector<ValueRow> values;
  std::vector<CheckRow> checks;
  std::vector<WarningRow> warnings;
  std::vector<SectionRow> sections;
  SourceRow source;  // where the record says it was read
};

// The rows of a document's outcome (source.sha256 and source.path set); documents.record is
// output::OutcomeToJson of it, deflated.
DocumentRows RowsOf(const output::Outcome& outcome, const StoredMeta& meta);

// The rows as a worker of `nianbao run` hands them to its parent (processed_at and
// duration_ms are the parent's to set), and back: the parent stores them as they come, without
// reading the record again. Binary, for one machine's processes; RowsFromMessage throws
// Error(kInternal, `path_for_errors`) for bytes that are not such a message.
std::string RowsMessage(const DocumentRows& rows);
DocumentRows RowsFromMessage(std::string_view message, const std::string& path_for_errors);

// The place a document was found, from its path and the crawl's source fields (url and
// fetched_at when they are text).
SourceRow SourceOf(const std::string& sha256, const std::string& path, const Json& source_fields);

// The status a row of a schema-version-1 dataset gets (SQL over its columns `status`, then
// 'ok', 'partial' or 'failed', and `record`): the record's own status when it has one (records
// written since status joined SCHEMA.md); otherwise 'error' for a failed row, 'no_data' for a
// record without values, 'complete' for 'ok' (read without warnings or unreadable cells, but
// never checked for missing keys: `nianbao run --force` decides again) and 'partial' for
// 'partial'. Used by migration 2 and when reading a version-1 dataset (`nianbao merge`).
inline constexpr const char* kStatusOfVersion1Row =
    "(CASE WHEN json_extract(record, '$.status') IN ('complete', 'partial', 'no_data', 'error')"
    " THEN json_extract(record, '$.status')"
    " WHEN status = 'failed' OR json_type(record, '$.error') IS NOT NULL THEN 'error'"
    " WHEN json_type(record, '$.values') IS NOT 'object' OR json_extract(record, '$.values') ="
    " '{}' THEN 'no_data'"
    " WHEN status = 'ok' THEN 'complete' ELSE 'partial' END)";

}  // namespace nianbao::dataset
