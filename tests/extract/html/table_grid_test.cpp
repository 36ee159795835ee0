#include <catch2/catch.hpp>

#include <algorithm>

#include "table_grid.hpp"

using namespace nianbao;
using nianbao::html::ParseSpan;
using nianbao::html::PlaceCells;
using nianbao::html::SourceCell;
using nianbao::html::SourceRow;

namespace {
SourceCell C(std::string text, std::string rowspan = "", std::string colspan = "") {
  return SourceCell{std::move(rowspan), std::move(colspan), std::move(text)};
}

int CountCode(const std::vector<Diagnostic>& diagnostics, const std::string& code) {
  return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                        [&](const Diagnostic& d) { return d.code == code; }));
}
}  // namespace

TEST_CASE("Span values follow the HTML parsing rules", "[html]") {
  CHECK(ParseSpan("").value == 1);
  CHECK(ParseSpan("").valid);
  CHECK(ParseSpan("3").value == 3);
  CHECK(ParseSpan(" 2 ").value == 2);
  CHECK(ParseSpan("2px").value == 2);
  CHECK_FALSE(ParseSpan("0").valid);
  CHECK(ParseSpan("0").value == 1);
  CHECK_FALSE(ParseSpan("-2").valid);
  CHECK_FALSE(ParseSpan("abc").valid);
  CHECK_FALSE(ParseSpan("  ").valid);
}

TEST_CASE("Rowspans take slots in later rows and cells skip them", "[html]") {
  std::vector<Diagnostic> diagnostics;
  Table table = PlaceCells({{C("A", "2"), C("B", "", "2")}, {C("C"), C("D")}, {C("E", "", "3")}}, 0,
                           diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(table.rows == 3);
  REQUIRE(table.cols == 3);
  ExpandedGrid grid = ExpandGrid(table);
  REQUIRE(grid.problems.empty());
  CHECK(grid.At(1, 0)->text == "A");
  CHECK(grid.At(1, 1)->text == "C");
  CHECK(grid.At(1, 2)->text == "D");
  CHECK(grid.At(0, 2)->text == "B");
  CHECK(grid.At(2, 1)->text == "E");
  CHECK(table.origin == TableOrigin::kMarkup);
}

TEST_CASE("Zero and non-numeric spans become 1 with a diagnostic", "[html]") {
  std::vector<Diagnostic> diagnostics;
  Table table = PlaceCells({{C("a", "", "0"), C("b", "x")}, {C("c"), C("d")}}, 2, diagnostics);
  CHECK(CountCode(diagnostics, "html.bad_span") == 2);
  CHECK(diagnostics.front().location.table == 2);
  CHECK(table.cols == 2);
  CHECK(table.cells[1].rowspan == 1);
}

TEST_CASE("Spans past the table are clamped to it with a diagnostic", "[html]") {
  std::vector<Diagnostic> diagnostics;
  Table table = PlaceCells(
      {{C("tall", "9"), C("b"), C("c")}, {C("d"), C("e")}, {C("wide", "", "40"), C("f")}}, 0,
      diagnostics);
  CHECK(CountCode(diagnostics, "html.span_clamped") == 2);
  CHECK(table.rows == 3);
  CHECK(table.cols == 3);
  ExpandedGrid grid = ExpandGrid(table);
  CHECK(grid.problems.empty());
  CHECK(grid.At(2, 0)->text == "tall");
  CHECK(grid.At(2, 1)->text == "wide");
  CHECK(grid.At(2, 2)->text == "f");
}

TEST_CASE("A banner colspan over a table as wide as it is not clamped", "[html]") {
  std::vector<Diagnostic> diagnostics;
  Table table = PlaceCells({{C("第二十条第（五）项", "", "4")},
                            {C("信息内容"), C("本年处理决定数量", "", "3")},
                            {C("行政许可"), C("5", "", "3")}},
                           0, diagnostics);
  CHECK(diagnostics.empty());
  CHECK(table.cols == 4);
  CHECK(table.cells[2].colspan == 3);
}

TEST_CASE("Rows with missing cells leave empty slots", "[html]") {
  std::vector<Diagnostic> diagnostics;
  Table table =
      PlaceCells({{C("a"), C("b"), C("c")}, {C("d")}, {C("e"), C("f"), C("g")}}, 0, diagnostics);
  CHECK(diagnostics.empty());
  ExpandedGrid grid = ExpandGrid(table);
  CHECK(grid.At(1, 0)->text == "d");
  CHECK(grid.At(1, 1) == nullptr);
  CHECK(grid.At(1, 2) == nullptr);
}

TEST_CASE("A cell spanning over a taken slot is shrunk", "[html]") {
  std::vector<Diagnostic> diagnostics;
  // Row 1's second cell asks for 2 columns, but the rowspan of "b" holds the second one.
  Table table = PlaceCells({{C("a"), C("b", "2"), C("c")}, {C("d", "", "3")}}, 0, diagnostics);
  ExpandedGrid grid = ExpandGrid(table);
  CHECK(grid.problems.empty());
  CHECK(CountCode(diagnostics, "html.overlapping_cells") +
            CountCode(diagnostics, "html.span_clamped") >=
        1);
  CHECK(grid.At(1, 1)->text == "b");
}

TEST_CASE("A hostile table whose spans would explode the grid is read without spans", "[html]") {
  std::vector<Diagnostic> diagnostics;
  std::vector<SourceRow> rows(20000, SourceRow{C("x", "", "1000"), C("y")});
  Table table = PlaceCells(rows, 0, diagnostics);
  CHECK(CountCode(diagnostics, "html.table_too_large") == 1);
  CHECK(table.cols == 2);
  CHECK(table.rows == 20000);
}
