// Internal: the template's tables found in a document's tables, every value cell keyed.
//
// Rows are read one by one, across all tables in document order (a table continued after
// a page break, or printed as several small tables, goes on where it stopped). Each row is
// a header row (column labels), a data row (a row label, or for table 四 no label under
// its header) or neither. Which template table a row belongs to comes from its labels,
// never from the table's position or size.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "label_matcher.hpp"
#include "nianbao/schema.hpp"
#include "template_model.hpp"

namespace nianbao::schema {

struct MappedValue {
  std::string key;
  std::optional<double> value;
  Provenance where;
  // An OCR cell whose readings differed: the numbers its readings give (other than `value`),
  // for the template's arithmetic to weigh (reading_evidence.hpp).
  std::vector<double> readings;
  std::vector<std::string> reading_texts;  // as read, for the warnings
  // Its column named by a header label's place, not its words (column_resolver.hpp): that
  // column ("t3.natural"), for the template's arithmetic to confirm.
  std::string placed_column;
};

// A data row whose labels name no row of the template (unreadable, ambiguous, or refused):
// its values are left out, and the rows of the template that could stand at its place
// (between the rows named before and after it, subtotals included) are reported missing.
struct UnnamedRow {
  std::string table_id;
  std::string text;                               // its labels as read
  std::vector<const LabelNode*> candidate_nodes;  // parallel to candidate_keys
  std::vector<std::string> candidate_keys;        // row key paths ("denied.total")
};

struct TableMapping {
  std::vector<MappedValue> values;
  std::vector<Diagnostic> warnings;
  std::set<std::string> tables_found;        // ids of the template tables that gave values
  std::set<const LabelNode*> named_columns;  // column nodes the header rows name
  int tables_seen = 0;                       // tables in the document
  std::vector<UnnamedRow> unnamed_rows;
};

TableMapping MapTables(const Document& document, const TemplateSpec& spec,
                       const LabelMatcher& matcher);

}  // namespace nianbao::schema
