// The stored form of a record's JSON text in a dataset: deflated by zlib (RFC 1950), about a
// sixth of the text, and (SQLite schema version 4, PostgreSQL 3) without the parts the long
// tables hold already: its sections, values and checks are left empty in the stored text when
// the rows give them back exactly, and put back when it is read. The text comes back byte for
// byte.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document_rows.hpp"

namespace nianbao::dataset {

std::string DeflateRecord(std::string_view json_text);

// Throws Error(kDamaged, `where`) for bytes that are no deflated record.
std::string InflateRecord(std::string_view stored, const std::string& where);

// The rows of sections, document_values (in position order) and document_checks (in position
// order) of one document.
struct RecordParts {
  std::vector<SectionRow> sections;
  std::vector<ValueRow> values;
  std::vector<CheckRow> checks;
};

// The JSON text to store for `record` (OutcomeToJson of an outcome) whose rows are `parts`:
// without its sections, values and checks when RestoreRecordParts gives them back byte for
// byte from `parts`, otherwise the whole record.
std::string StoredRecordJson(Json record, const RecordParts& parts);

// The record's JSON text from its stored text: the parts it was stored without, from `parts`.
// A record stored whole comes back as it is.
std::string RestoredRecordJson(const std::string& stored_text, const RecordParts& parts,
                               const std::string& where);

}  // namespace nianbao::dataset
