// The DOCX reader on small documents made by tests/data/docx/make_docx.py.
#include <catch2/catch.hpp>

#include "docx_test_support.hpp"

namespace nianbao {
namespace {

using docx_test::CellShape;
using docx_test::Outline;
using docx_test::Paragraphs;
using docx_test::ReadTestFile;
using docx_test::Shapes;
using docx_test::Tables;
using Shapes_t = std::vector<CellShape>;

TEST_CASE("gridSpan, vMerge restart/continue, gridBefore and gridAfter give spans", "[docx]") {
  Document document = ReadTestFile("docx/spans.docx");
  CHECK(document.source.format == Format::kDocx);
  CHECK_FALSE(document.source.pages.has_value());
  REQUIRE(Outline(document) ==
          std::vector<std::string>{"P:合并单元格", "T:4x4", "P:表后", "T:3x3"});
  const Table& table = *Tables(document)[0];
  CHECK(Shapes(table) == Shapes_t{{0, 0, 1, 2, "A"},
                                  {0, 2, 3, 1, "B"},  // restart, continued twice
                                  {0, 3, 1, 1, "C"},
                                  {1, 0, 1, 1, "D"},
                                  {1, 1, 1, 1, "E"},
                                  {1, 3, 1, 1, "F"},
                                  {2, 1, 1, 1, "G"},  // gridBefore=1
                                  {2, 3, 1, 1, "H"},
                                  {3, 0, 1, 3, "I"}});  // gridAfter=1
  ExpandedGrid grid = ExpandGrid(table);
  CHECK(grid.problems.empty());
  CHECK(grid.At(2, 0) == nullptr);
  CHECK(grid.At(3, 3) == nullptr);
  CHECK(grid.At(2, 2)->text == "B");
}

TEST_CASE("a two-column vertical merge; a continuation without a start is its own cell", "[docx]") {
  Document document = ReadTestFile("docx/spans.docx");
  const Table& table = *Tables(document)[1];
  CHECK(Shapes(table) == Shapes_t{{0, 0, 2, 2, "X"},
                                  {0, 2, 1, 1, "1"},
                                  {1, 2, 1, 1, "2"},
                                  {2, 0, 1, 1, "Y"},
                                  {2, 1, 1, 1, ""},
                                  {2, 2, 1, 1, "3"}});
  REQUIRE(document.diagnostics.size() == 1);
  CHECK(document.diagnostics[0].code == "docx.vmerge_without_start");
  CHECK(document.diagnostics[0].location.row == 2);
  CHECK(document.diagnostics[0].location.col == 1);
}

TEST_CASE("a nested table becomes its own table after the outer one", "[docx]") {
  Document document = ReadTestFile("docx/nested.docx");
  REQUIRE(Outline(document) == std::vector<std::string>{"P:表前", "T:2x2", "T:2x1", "P:表后"});
  std::vector<const Table*> tables = Tables(document);
  // The outer cell keeps its own paragraphs, not the inner table's text.
  CHECK(Shapes(*tables[0]) == Shapes_t{{0, 0, 1, 1, "外层\n外层续"},
                                       {0, 1, 1, 1, "右上"},
                                       {1, 0, 1, 1, "左下"},
                                       {1, 1, 1, 1, "右下"}});
  CHECK(Shapes(*tables[1]) == Shapes_t{{0, 0, 1, 1, "内1"}, {1, 0, 1, 1, "内2"}});
}

TEST_CASE("text split over runs, tabs, breaks, symbols, hidden runs", "[docx]") {
  Document document = ReadTestFile("docx/runs.docx");
  CHECK(Paragraphs(document) ==
        std::vector<std::string>{"本年新收1234件", "甲\t乙\n丙", "勾选☑", "可见"});
  REQUIRE(Tables(document).size() == 1);
  CHECK(Shapes(*Tables(document)[0]) == Shapes_t{{0, 0, 1, 1, "1,234"}, {0, 1, 1, 1, "５６"}});
}

TEST_CASE("fields give their results, never their codes", "[docx]") {
  Document document = ReadTestFile("docx/fields.docx");
  CHECK(Paragraphs(document) ==
        std::vector<std::string>{"第7页", "日期：2024-01-31", "无结果。", "外层结果"});
}

TEST_CASE("deleted text and rows are dropped, inserted text kept", "[docx]") {
  Document document = ReadTestFile("docx/revisions.docx");
  CHECK(Paragraphs(document) == std::vector<std::string>{"保留插入"});
  std::vector<const Table*> tables = Tables(document);
  REQUIRE(tables.size() == 2);
  CHECK(Shapes(*tables[0]) == Shapes_t{{0, 0, 1, 1, "12"}});
  CHECK(tables[1]->rows == 1);
  CHECK(Shapes(*tables[1]) == Shapes_t{{0, 0, 1, 1, "留"}});
}

TEST_CASE("list numbering gives the enumerators the reader sees", "[docx]") {
  Document document = ReadTestFile("docx/numbering.docx");
  std::vector<std::string> paragraphs = Paragraphs(document);
  REQUIRE(paragraphs.size() == 18);
  CHECK(std::vector<std::string>(paragraphs.begin(), paragraphs.begin() + 6) ==
        std::vector<std::string>{"一、总体情况", "（一）主动公开", "（二）依申请公开", "1.细项",
                                 "二、主动公开政府信息情况", "（一）重新计数"});
  // Numbering continues inside a table cell.
  REQUIRE(Tables(document).size() == 1);
  CHECK(Tables(document)[0]->cells.at(0).text == "1.属于国家秘密");
  // Numbered through a paragraph style, chineseCountingThousand, tab after the number.
  CHECK(paragraphs[6] == "一、\t标题");
  CHECK(paragraphs[15] == "十、\t标题");
  CHECK(paragraphs[16] == "十一、\t标题");
  CHECK(paragraphs[17] == "十二、\t标题");
}

TEST_CASE("a text box is read once, after its anchor paragraph", "[docx]") {
  Document document = ReadTestFile("docx/textbox.docx");
  CHECK(Paragraphs(document) == std::vector<std::string>{"锚点段落", "框内文字", "正文"});
}

TEST_CASE("a table over several pages stays one table", "[docx]") {
  Document document = ReadTestFile("docx/long_table.docx");
  REQUIRE(Outline(document) == std::vector<std::string>{"P:长表", "T:80x2"});
  const Table& table = *Tables(document)[0];
  CHECK(table.cells.size() == 160);
  CHECK(table.cells.back().text == "237");
  CHECK_FALSE(table.first_page.has_value());
}

TEST_CASE("a report-shaped document: tables with merged header and value cells", "[docx]") {
  Document document = ReadTestFile("docx/report.docx");
  CHECK(Outline(document) ==
        std::vector<std::string>{"P:某某市某某区人民政府2023年政府信息公开工作年度报告",
                                 "P:一、总体情况", "P:2023年，我区持续推进政务公开。", "T:4x4",
                                 "P:三、收到和处理政府信息公开申请情况", "T:3x3",
                                 "P:六、其他需要报告的事项"});
}

}  // namespace
}  // namespace nianbao
