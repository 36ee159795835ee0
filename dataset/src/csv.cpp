#include "csv.hpp"

#include <stdexcept>

namespace nianbao::dataset {

std::vector<std::vector<std::string>> ParseCsv(std::string_view text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.remove_prefix(3);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  bool row_has_content = false;
  for (size_t at = 0; at < text.size(); ++at) {
    char ch = text[at];
    if (quoted) {
      if (ch != '"') {
        field += ch;
      } else if (at + 1 < text.size() && text[at + 1] == '"') {
        field += '"';
        ++at;
      } else {
        quoted = false;
      }
      continue;
    }
    if (ch == '"') {
      quoted = true;
      row_has_content = true;
    } else if (ch == ',') {
      row.push_back(std::move(field));
      field.clear();
      row_has_content = true;
    } else if (ch == '\n' || ch == '\r') {
      if (ch == '\r' && at + 1 < text.size() && text[at + 1] == '\n') ++at;
      if (row_has_content || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      row_has_content = false;
    } else {
      field += ch;
      row_has_content = true;
    }
  }
  if (quoted) throw std::invalid_argument("a quoted field is not closed before the end");
  if (row_has_content || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string CsvField(std::string_view text) {
  bool needs_quotes = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                      (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!needs_quotes) return std::string(text);
  std::string out = "\"";
  for (char ch : text) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
  return out;
}

std::string CsvRow(const std::vector<std::string>& fields) {
  std::string line;
  for (size_t field_idx = 0; field_idx < fields.size(); ++field_idx) {
    if (field_idx > 0) line += ',';
    line += CsvField(fields[field_idx]);
  }
  line += "\r\n";
  return line;
}

}  // namespace nianbao::dataset
