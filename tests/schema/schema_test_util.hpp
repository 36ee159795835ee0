// Helpers for the schema tests: run the mapper, look values up, build tables by hand.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/schema.hpp"

namespace schema_test {

inline const nianbao::normalize::Normalizer& SharedNormalizer() {
  static const nianbao::normalize::Normalizer normalizer;
  return normalizer;
}

inline nianbao::schema::Record MapDocument(const nianbao::Document& document) {
  nianbao::schema::Mapper mapper(nianbao::schema::TemplateSet::Builtin(), SharedNormalizer());
  return mapper.Map(document);
}

inline nianbao::schema::Record MapTextFile(const std::string& name) {
  return MapDocument(nianbao::ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/txt/" + name));
}

// The value of key: nullopt when absent; a value of nullopt (not a number) reads as NaN.
inline std::optional<double> ValueOf(const nianbao::schema::Record& record,
                                     const std::string& key) {
  for (const auto& [name, value] : record.values) {
    if (name == key) return value ? *value : std::numeric_limits<double>::quiet_NaN();
  }
  return std::nullopt;
}

inline bool HasKey(const nianbao::schema::Record& record, const std::string& key) {
  return ValueOf(record, key).has_value();
}

inline std::vector<std::string> FailingRules(const nianbao::schema::Record& record) {
  std::vector<std::string> rules;
  for (const auto& check : record.checks) {
    if (!check.ok) rules.push_back(check.rule);
  }
  return rules;
}

inline bool HasWarning(const nianbao::schema::Record& record, const std::string& code) {
  return std::any_of(record.warnings.begin(), record.warnings.end(),
                     [&](const nianbao::Diagnostic& warning) { return warning.code == code; });
}

// Builds a table row by row like an HTML table: each cell takes the next free slot.
class TableBuilder {
 public:
  struct Spec {
    std::string text;
    int rowspan = 1;
    int colspan = 1;
  };

  TableBuilder& Row(const std::vector<Spec>& cells) {
    int col = 0;
    for (const Spec& spec : cells) {
      while (Taken(row_, col)) ++col;
      nianbao::Cell cell;
      cell.row = row_;
      cell.col = col;
      cell.rowspan = spec.rowspan;
      cell.colspan = spec.colspan;
      cell.text = spec.text;
      cell.page = page_;
      table_.cells.push_back(cell);
      table_.cols = std::max(table_.cols, col + spec.colspan);
      table_.rows = std::max(table_.rows, row_ + spec.rowspan);
      col += spec.colspan;
    }
    table_.rows = std::max(table_.rows, row_ + 1);
    ++row_;
    return *this;
  }

  // A data row: labels then numbers, each one column wide.
  TableBuilder& Values(const std::vector<std::string>& labels,
                       const std::vector<std::string>& values) {
    std::vector<Spec> cells;
    for (const std::string& label : labels) cells.push_back({label});
    for (const std::string& value : values) cells.push_back({value});
    return Row(cells);
  }

  TableBuilder& Page(int page) {
    page_ = page;
    return *this;
  }

  nianbao::Table Build() const {
    nianbao::Table table = table_;
    std::sort(table.cells.begin(), table.cells.end(), [](const auto& a, const auto& b) {
      return a.row != b.row ? a.row < b.row : a.col < b.col;
    });
    return table;
  }

 private:
  bool Taken(int row, int col) const {
    return std::any_of(table_.cells.begin(), table_.cells.end(), [&](const nianbao::Cell& cell) {
      return cell.row <= row && row < cell.EndRow() && cell.col <= col && col < cell.EndCol();
    });
  }

  nianbao::Table table_;
  int row_ = 0;
  std::optional<int> page_;
};

inline nianbao::Document DocumentOf(const std::vector<nianbao::Block>& blocks) {
  nianbao::Document document;
  document.source.path = "hand-made";
  document.source.format = nianbao::Format::kHtml;
  document.blocks = blocks;
  return document;
}

inline nianbao::Paragraph Para(const std::string& text) {
  return nianbao::Paragraph{text, {}, {}};
}

// A paragraph as OCR reads it on `page`: every character read with confidence 0.99 but those
// named in `doubtful` (the code point's index in the text, and its confidence).
inline nianbao::Paragraph OcrPara(const std::string& text, int page,
                                  const std::vector<std::pair<size_t, float>>& doubtful = {}) {
  nianbao::Paragraph paragraph{text, page, {}};
  const size_t code_points = static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char byte) { return (byte & 0xC0) != 0x80; }));
  paragraph.ocr_confidence.assign(code_points, 0.99f);
  for (const auto& [index, confidence] : doubtful) paragraph.ocr_confidence.at(index) = confidence;
  return paragraph;
}

}  // namespace schema_test
