// Helpers shared by the docx reader tests: load a file of tests/data, list its blocks.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "nianbao/extract.hpp"

namespace nianbao::docx_test {

inline Document ReadTestFile(const std::string& relative, const ReadOptions& options = {}) {
  return ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/" + relative, options);
}

inline std::vector<std::string> Paragraphs(const Document& document) {
  std::vector<std::string> out;
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) out.push_back(paragraph->text);
  }
  return out;
}

inline std::vector<const Table*> Tables(const Document& document) {
  std::vector<const Table*> out;
  for (const Block& block : document.blocks) {
    if (const auto* table = std::get_if<Table>(&block)) out.push_back(table);
  }
  return out;
}

// "P:text" or "T:rowsxcols" per block, in order: the document's shape at a glance.
inline std::vector<std::string> Outline(const Document& document) {
  std::vector<std::string> out;
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      out.push_back("P:" + paragraph->text);
    } else {
      const Table& table = std::get<Table>(block);
      out.push_back("T:" + std::to_string(table.rows) + "x" + std::to_string(table.cols));
    }
  }
  return out;
}

// The cell as (row, col, rowspan, colspan, text), for exact comparisons.
struct CellShape {
  int row, col, rowspan, colspan;
  std::string text;
  bool operator==(const CellShape&) const = default;
};

inline std::vector<CellShape> Shapes(const Table& table) {
  std::vector<CellShape> out;
  for (const Cell& cell : table.cells) {
    out.push_back({cell.row, cell.col, cell.rowspan, cell.colspan, cell.text});
  }
  return out;
}

}  // namespace nianbao::docx_test

namespace Catch {
template <>
struct StringMaker<nianbao::docx_test::CellShape> {
  static std::string convert(const nianbao::docx_test::CellShape& shape) {
    std::ostringstream text;
    text << '{' << shape.row << ',' << shape.col << " span " << shape.rowspan << 'x'
         << shape.colspan << " \"" << shape.text << "\"}";
    return text.str();
  }
};
}  // namespace Catch
