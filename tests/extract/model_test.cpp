#include <catch2/catch.hpp>

#include "nianbao/extract.hpp"

using namespace nianbao;

namespace {
Cell MakeCell(int row, int col, int rowspan, int colspan, std::string text) {
  Cell cell;
  cell.row = row;
  cell.col = col;
  cell.rowspan = rowspan;
  cell.colspan = colspan;
  cell.text = std::move(text);
  return cell;
}
}  // namespace

TEST_CASE("ExpandGrid points every covered slot at its merged cell", "[extract]") {
  Table table;
  table.rows = 3;
  table.cols = 3;
  table.cells = {MakeCell(0, 0, 2, 1, "A"), MakeCell(0, 1, 1, 2, "B"), MakeCell(1, 1, 1, 1, "C"),
                 MakeCell(1, 2, 1, 1, "D"), MakeCell(2, 0, 1, 3, "E")};
  ExpandedGrid grid = ExpandGrid(table);
  REQUIRE(grid.problems.empty());
  CHECK(grid.At(0, 0)->text == "A");
  CHECK(grid.At(1, 0)->text == "A");
  CHECK(grid.At(0, 2)->text == "B");
  CHECK(grid.At(1, 2)->text == "D");
  CHECK(grid.At(2, 1)->text == "E");
}

TEST_CASE("ExpandGrid leaves uncovered slots empty", "[extract]") {
  Table table;
  table.rows = 2;
  table.cols = 2;
  table.cells = {MakeCell(0, 0, 1, 1, "A")};
  ExpandedGrid grid = ExpandGrid(table);
  CHECK(grid.problems.empty());
  CHECK(grid.At(1, 1) == nullptr);
}

TEST_CASE("ExpandGrid reports overlapping and out-of-range cells, never clamps", "[extract]") {
  Table table;
  table.rows = 2;
  table.cols = 2;
  table.cells = {MakeCell(0, 0, 2, 1, "A"), MakeCell(1, 0, 1, 1, "B"), MakeCell(0, 1, 3, 1, "C")};
  ExpandedGrid grid = ExpandGrid(table);
  REQUIRE(grid.problems.size() == 2);
  CHECK(grid.At(1, 0)->text == "A");
  CHECK(grid.At(0, 1) == nullptr);
}

TEST_CASE("Sha256Hex matches the known digest of 'abc'", "[extract]") {
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
