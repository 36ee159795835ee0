// nianbao/output.hpp: the output stage.
//
// In:  Documents (for debugging dumps), Records (schema stage) and Errors.
// Out: JSON as SCHEMA.md fixes it ("nianbao/1" records, one per line in JSON Lines), and
//      records read back from that JSON: the one serialiser and deserialiser of records.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "nianbao/error.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/schema.hpp"

namespace nianbao::output {

using Json = nlohmann::ordered_json;

// The document model, for `nianbao dump`.
Json DocumentToJson(const Document& document);

// The record of SCHEMA.md.
Json RecordToJson(const schema::Record& record);

// The record written for a document that could not be read: source path, "error" object
// with kind, message and location; no values.
Json ErrorRecordToJson(const std::string& path, const Error& error);

Json DiagnosticToJson(const Diagnostic& diagnostic);
Json ProvenanceToJson(const schema::Provenance& where);
Json LocationToJson(const Location& location);  // {} when nothing is known
const char* SeverityName(Severity severity);    // "info", "warning", "error"

// A report-like link of an HTML page: the page's report may be this attachment.
struct Attachment {
  std::string href;
  std::string text;
  // Where the dataset found it, once it has looked (docs/dataset.md: url, path, found,
  // sha256): kept as written.
  Json link = Json::object();
};

// One document's product: its record, status decided by the schema stage, or the error that
// kept it from being read (then only record.source's path and sha256 are meaningful and
// record.status is kError). The record JSON of `nianbao extract`, of the worker's messages
// and of the dataset is OutcomeToJson of it; OutcomeFromJson reads any of them back.
struct Outcome {
  schema::Record record;
  std::optional<Error> error;
  std::vector<Attachment> attachments;  // an HTML page's report-like links ("attachments")
  // Crawl fields in `source` besides path, sha256, format and pages (url, fetched_at, site,
  // a manifest's own columns), in order.
  Json source_fields = Json::object();
  // Fields after the record's own that this nianbao does not write itself (the dataset's
  // report_in, export's sources, a newer nianbao's additions), in order: kept as they are.
  Json other_fields = Json::object();
};

Json OutcomeToJson(const Outcome& outcome);

// The inverse of OutcomeToJson: OutcomeToJson(OutcomeFromJson(json)) == json for every record
// nianbao writes. Throws Error(kDamaged, `path_for_errors`) for JSON that is no record.
Outcome OutcomeFromJson(const Json& json, const std::string& path_for_errors);

// The record alone (an error record gives status kError and its source).
schema::Record RecordFromJson(const Json& json, const std::string& path_for_errors);

// The error of an error record: kind, message, location and the record's source path.
Error ErrorFromJson(const Json& error, const std::string& path);

// The kind ErrorKindName names; nullopt for another name.
std::optional<ErrorKind> ErrorKindFromName(std::string_view name);

}  // namespace nianbao::output
