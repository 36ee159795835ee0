// The text-dump reader: rows and cells, merged-cell blanks, short header rows, paragraphs.
#include <catch2/catch.hpp>

#include <string>

#include "nianbao/extract.hpp"

namespace {

nianbao::Document ReadData(const std::string& name) {
  return nianbao::ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/txt/" + name);
}

const nianbao::Table& TableAt(const nianbao::Document& document, size_t block_idx) {
  REQUIRE(block_idx < document.blocks.size());
  REQUIRE(std::holds_alternative<nianbao::Table>(document.blocks[block_idx]));
  return std::get<nianbao::Table>(document.blocks[block_idx]);
}

std::string ParagraphAt(const nianbao::Document& document, size_t block_idx) {
  REQUIRE(block_idx < document.blocks.size());
  REQUIRE(std::holds_alternative<nianbao::Paragraph>(document.blocks[block_idx]));
  return std::get<nianbao::Paragraph>(document.blocks[block_idx]).text;
}

}  // namespace

TEST_CASE("a dump splits into paragraphs and tables in reading order", "[text]") {
  nianbao::Document document = ReadData("segmentation.txt");
  REQUIRE(document.blocks.size() == 6);
  CHECK(ParagraphAt(document, 0) == "某某县人民政府2021年政府信息公开工作年度报告");
  CHECK(ParagraphAt(document, 1) == "一、总体情况");
  CHECK(ParagraphAt(document, 2) == "本年度我县推进公开。");
  CHECK(ParagraphAt(document, 4) == "五、存在的主要问题");
  const nianbao::Table& table = TableAt(document, 3);
  CHECK(table.origin == nianbao::TableOrigin::kText);
  CHECK(table.rows == 4);
  CHECK(table.cols == 4);
  // A paragraph line directly before a tab line starts a new table.
  const nianbao::Table& second = TableAt(document, 5);
  CHECK(second.rows == 1);
  CHECK(second.cols == 2);
}

TEST_CASE("short header rows are right-aligned; their first cell spans the rest", "[text]") {
  nianbao::Document document = ReadData("segmentation.txt");
  const nianbao::Table& table = TableAt(document, 3);
  nianbao::ExpandedGrid grid = nianbao::ExpandGrid(table);
  REQUIRE(grid.problems.empty());
  // Row 0 has two cells in a four-column table.
  CHECK(grid.At(0, 0)->text == "行政复议");
  CHECK(grid.At(0, 0)->colspan == 3);
  CHECK(grid.At(0, 2)->text == "行政复议");
  CHECK(grid.At(0, 3)->text == "行政诉讼");
  // A cell broken over two lines keeps its line break.
  CHECK(grid.At(1, 2)->text == "结果\n纠正");
  CHECK(grid.At(1, 3)->text == "总计");
}

TEST_CASE("empty tab lines are blank cells that keep their place", "[text]") {
  nianbao::Document document = ReadData("segmentation.txt");
  nianbao::ExpandedGrid grid = nianbao::ExpandGrid(TableAt(document, 3));
  for (int col_idx = 0; col_idx < 4; ++col_idx) {
    REQUIRE(grid.At(2, col_idx) != nullptr);
    CHECK(grid.At(2, col_idx)->text.empty());
  }
  CHECK(grid.At(3, 0)->text == "1");
  CHECK(grid.At(3, 2)->text == "3");
  CHECK(grid.At(3, 3)->text.empty());
}

TEST_CASE("text without tables yields paragraphs, CRLF and bookmarks cleaned", "[text]") {
  nianbao::Document document = ReadData("article.txt");
  REQUIRE(document.blocks.size() == 3);
  CHECK(ParagraphAt(document, 0) == "一篇普通的文章");
  CHECK(ParagraphAt(document, 2) == "第三段");
}

TEST_CASE("GB18030 text is converted to UTF-8 with a note", "[text]") {
  // "规章" in GB18030, as a one-cell table row after a paragraph "报告".
  const std::string bytes = "\xB1\xA8\xB8\xE6\n\t\xB9\xE6\xD5\xC2\n";
  nianbao::Document document = nianbao::ReadDocument(bytes, "gb.txt");
  REQUIRE(document.blocks.size() == 2);
  CHECK(ParagraphAt(document, 0) == "报告");
  CHECK(TableAt(document, 1).cells.at(0).text == "规章");
  REQUIRE(document.diagnostics.size() == 1);
  CHECK(document.diagnostics[0].code == "text.gb18030");
}

TEST_CASE("a dump cut inside a character is read up to the cut and says so", "[text]") {
  const std::string text =
      nianbao::ReadFileBytes(std::string(NIANBAO_TEST_DATA) + "/txt/report_2021.txt");
  const size_t last_char = text.rfind("\xE6");  // a lead byte of a three-byte character
  REQUIRE(last_char != std::string::npos);
  const std::string cut = text.substr(0, last_char + 2);
  const nianbao::Document document = nianbao::ReadDocument(cut, "cut.txt");
  REQUIRE(document.diagnostics.size() == 1);
  CHECK(document.diagnostics[0].code == "text.truncated");
  CHECK_FALSE(document.blocks.empty());
  // The same bytes with the middle of a character damaged are not a cut: GB18030 is tried.
  std::string damaged = text;
  damaged[text.find("\xE6") + 1] = 'x';
  CHECK_THROWS_AS(nianbao::ReadDocument(damaged, "damaged.txt"), nianbao::Error);
}
