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
};

struct TableMapping {
  std::vector<MappedValue> values;
  std::vector<Diagnostic> warnings;
  std::set<std::string> tables_found;        // ids of the template tables that gave values
  std::set<const LabelNode*> named_columns;  // column nodes the header rows name
  int tables_seen = 0;                       // tables in the document
};

TableMapping MapTables(const Document& document, const TemplateSpec& spec,
                       const LabelMatcher& matcher);

}  // namespace nianbao::schema
