// CSV as RFC 4180 has it: fields in double quotes may hold commas, quotes ("") and line
// breaks. Reading for manifests, writing for exports.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nianbao::dataset {

// Rows of fields. Throws std::invalid_argument for an unterminated quoted field.
std::vector<std::vector<std::string>> ParseCsv(std::string_view text);

// One field, quoted when it holds a comma, quote, line break or leading/trailing space.
std::string CsvField(std::string_view text);

// A row of fields joined by commas, ended by CRLF.
std::string CsvRow(const std::vector<std::string>& fields);

}  // namespace nianbao::dataset
