// nianbao/output.hpp: the output stage.
//
// In:  Documents (for debugging dumps), Records (schema stage) and Errors.
// Out: JSON as SCHEMA.md fixes it ("nianbao/1" records, one per line in JSON Lines).
#pragma once

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

}  // namespace nianbao::output
