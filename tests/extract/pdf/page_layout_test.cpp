// Furniture, paragraph joining and merging tables across pages, on synthetic pages.
#include <catch2/catch.hpp>

#include "assembly.hpp"
#include "page_layout.hpp"

namespace nianbao::pdf {
namespace {

TextLine Line(const std::string& text, int page, Box box, double size = 12) {
  TextLine line;
  line.runs.push_back({text, box});
  line.box = box;
  line.font_size = size;
  line.page = page;
  return line;
}

PlacedTable Ruled(int page, std::vector<double> bounds, std::vector<Cell> cells, int rows) {
  PlacedTable placed;
  placed.table.origin = TableOrigin::kLattice;
  placed.table.rows = rows;
  placed.table.cols = static_cast<int>(bounds.size()) - 1;
  placed.table.first_page = page;
  placed.table.last_page = page;
  placed.col_bounds = std::move(bounds);
  for (Cell& cell : cells) {
    cell.page = page;
    lattice::GridCell grid_cell;
    grid_cell.text = cell.text;
    grid_cell.box = {placed.col_bounds[cell.col], 0, placed.col_bounds[cell.EndCol()], 20};
    grid_cell.last_line = {grid_cell.box.x0 + 2, 5, grid_cell.box.x0 + 12, 15};
    grid_cell.font_size = 10;
    placed.grid.push_back(grid_cell);
  }
  placed.table.cells = std::move(cells);
  return placed;
}

Cell At(int row, int col, const std::string& text, int rowspan = 1, int colspan = 1) {
  Cell cell;
  cell.row = row;
  cell.col = col;
  cell.rowspan = rowspan;
  cell.colspan = colspan;
  cell.text = text;
  return cell;
}

}  // namespace

TEST_CASE("page numbers in their usual forms", "[pdf]") {
  CHECK(IsPageNumberText("- 3 -"));
  CHECK(IsPageNumberText("\xE2\x80\x94 5 \xE2\x80\x94"));  // — 5 —
  CHECK(IsPageNumberText("12"));
  CHECK(IsPageNumberText("第3页"));
  CHECK(IsPageNumberText("第 3 页 共 9 页"));
  CHECK(IsPageNumberText("3/9"));
  CHECK_FALSE(IsPageNumberText("2021年"));
  CHECK_FALSE(IsPageNumberText("一、总体情况"));
  CHECK_FALSE(IsPageNumberText("-"));
  CHECK(IsPageNumberText("Page 4"));
  CHECK(IsPageNumberText("page 4 of 9"));
  CHECK_FALSE(IsPageNumberText("Page"));
  CHECK_FALSE(IsPageNumberText("Page 4 of"));
  CHECK_FALSE(IsPageNumberText("3/"));
  CHECK_FALSE(IsPageNumberText("第3页共9"));
  CHECK_FALSE(IsPageNumberText("第3页（共9页）"));
  CHECK_FALSE(IsPageNumberText("12号"));
}

TEST_CASE("furniture: page numbers and running headers leave the body", "[pdf]") {
  std::vector<PageLayout> pages(3);
  for (int idx = 0; idx < 3; ++idx) {
    PageLayout& page = pages[static_cast<size_t>(idx)];
    page.page = idx + 1;
    page.width = 595;
    page.height = 842;
    page.lines.push_back(Line("某某局文件", page.page, {250, 30, 340, 42}));
    page.lines.push_back(
        Line("正文第" + std::to_string(idx + 1) + "页", page.page, {90, 300, 200, 312}));
    page.lines.push_back(
        Line("- " + std::to_string(idx + 1) + " -", page.page, {280, 800, 310, 812}));
  }
  SetFurnitureApart(pages, {});
  for (const PageLayout& page : pages) {
    REQUIRE(page.lines.size() == 1);
    CHECK(page.lines[0].Text().starts_with("正文"));
    CHECK(page.furniture.size() == 2);
  }
}

TEST_CASE("headings start paragraphs; wrapped lines join without spaces", "[pdf]") {
  BodyMetrics body{90, 505, 12};
  const TextLine full = Line("本年度我局认真贯彻落实", 1, {90, 100, 505, 112});
  const TextLine next = Line("政府信息公开条例。", 1, {90, 118, 300, 130});
  const TextLine heading = Line("二、主动公开政府信息情况", 1, {90, 136, 300, 148});
  const TextLine indented = Line("新的段落", 1, {114, 118, 505, 130});
  CHECK_FALSE(StartsParagraph(full, next, body));
  CHECK(StartsParagraph(next, heading, body));
  CHECK(StartsParagraph(full, heading, body));
  CHECK(StartsParagraph(full, indented, body));
  CHECK(IsHeadingText("（一）主动公开"));
  CHECK(IsHeadingText("(三)政府信息"));
  CHECK_FALSE(IsHeadingText("一是加强组织领导"));
  std::string text = "abc";
  AppendLineText(text, "def");
  CHECK(text == "abc def");
  text = "公开";
  AppendLineText(text, "条例");
  CHECK(text == "公开条例");
}

TEST_CASE("a title centred over two lines is one paragraph", "[pdf]") {
  BodyMetrics body{90, 505, 12};
  const TextLine first = Line("某市某局2021年政府信息公开工作年", 1, {100, 80, 495, 102}, 22);
  const TextLine second = Line("度报告", 1, {264, 106, 330, 128}, 22);
  CHECK_FALSE(StartsParagraph(first, second, body));
}

TEST_CASE("tables whose columns line up continue; a captioned one does not", "[pdf]") {
  const PlacedTable upper = Ruled(
      1, {0, 100, 200}, {At(0, 0, "项目"), At(0, 1, "数量"), At(1, 0, "甲"), At(1, 1, "1")}, 2);
  const PlacedTable lower = Ruled(2, {0.5, 100.5, 200}, {At(0, 0, "乙"), At(0, 1, "2")}, 1);
  CHECK(ColumnsLineUp(upper, lower));
  const PlacedTable shifted = Ruled(2, {0, 150, 200}, {At(0, 0, "乙"), At(0, 1, "2")}, 1);
  CHECK_FALSE(ColumnsLineUp(upper, shifted));
  const PlacedTable captioned =
      Ruled(2, {0, 100, 200}, {At(0, 0, "第二十条", 1, 2), At(1, 0, "乙"), At(1, 1, "2")}, 2);
  CHECK_FALSE(ColumnsLineUp(upper, captioned));
}

TEST_CASE("continuation: repeated header dropped, rows appended, pages kept", "[pdf]") {
  PlacedTable upper = Ruled(1, {0, 100, 200},
                            {At(0, 0, "项目"), At(0, 1, "数量"), At(1, 0, "甲"), At(1, 1, "1")}, 2);
  PlacedTable lower = Ruled(2, {0, 100, 200},
                            {At(0, 0, "项目"), At(0, 1, "数量"), At(1, 0, "乙"), At(1, 1, "2")}, 2);
  AppendContinuation(upper, lower);
  CHECK(upper.table.rows == 3);
  CHECK(upper.table.last_page == 2);
  REQUIRE(upper.table.cells.size() == 6);
  CHECK(upper.table.cells[4].text == "乙");
  CHECK(upper.table.cells[4].row == 2);
  CHECK(upper.table.cells[4].page == 2);
  CHECK(ExpandGrid(upper.table).problems.empty());
}

TEST_CASE("continuation: a row cut by the page break is joined again", "[pdf]") {
  PlacedTable upper = Ruled(
      1, {0, 100, 200},
      {At(0, 0, "项目"), At(0, 1, "数量"), At(1, 0, "2.其他法律行政法规禁"), At(1, 1, "1")}, 2);
  // The upper label's last line reaches the cell's right edge: its text was cut.
  upper.grid[2].last_line = {2, 5, 99, 15};
  PlacedTable lower = Ruled(
      2, {0, 100, 200}, {At(0, 0, "止公开"), At(0, 1, ""), At(1, 0, "3.危及"), At(1, 1, "2")}, 2);
  AppendContinuation(upper, lower);
  CHECK(upper.table.rows == 3);
  const ExpandedGrid grid = ExpandGrid(upper.table);
  CHECK(grid.problems.empty());
  CHECK(grid.At(1, 0)->text == "2.其他法律行政法规禁\n止公开");
  CHECK(grid.At(1, 1)->text == "1");
  CHECK(grid.At(2, 0)->text == "3.危及");
}

TEST_CASE("continuation: a header row cut under its first line goes on below", "[pdf]") {
  // Table 四's review sub-headers cut at the page break, ruled along it on both pages;
  // under 诉讼 (one cell above) the next page's own sub-headers start a row.
  PlacedTable upper = Ruled(1, {0, 30, 60, 90, 150},
                            {At(0, 0, "行政复议", 1, 2), At(0, 2, "行政诉讼", 1, 2),
                             At(1, 0, "结果"), At(1, 1, "总计"), At(1, 2, "直接起诉", 1, 2)},
                            2);
  for (size_t idx = 2; idx < 4; ++idx) {
    upper.grid[idx].last_line = {upper.grid[idx].box.x0 + 4, 5, upper.grid[idx].box.x1 - 4, 15};
  }
  PlacedTable lower =
      Ruled(2, {0, 30, 60, 90, 150},
            {At(0, 0, "维持"), At(0, 1, ""), At(0, 2, "结果\n维持"), At(0, 3, "总计"),
             At(1, 0, "0"), At(1, 1, "1"), At(1, 2, "2"), At(1, 3, "3")},
            2);
  AppendContinuation(upper, lower);
  CHECK(upper.table.rows == 4);
  const ExpandedGrid grid = ExpandGrid(upper.table);
  CHECK(grid.problems.empty());
  CHECK(grid.At(1, 0)->text == "结果\n维持");
  CHECK(grid.At(2, 0)->text == "结果\n维持");  // the same cell, two rows high
  CHECK(grid.At(2, 1)->text == "总计");
  CHECK(grid.At(2, 2)->text == "结果\n维持");
  CHECK(grid.At(1, 2)->text == "直接起诉");
  CHECK(grid.At(3, 0)->text == "0");

  // A first row of values (dashes for none) under a header is a row of its own.
  PlacedTable header = Ruled(1, {0, 30, 60}, {At(0, 0, "信息内容"), At(0, 1, "本年新制作数量")}, 1);
  header.grid[0].last_line = {4, 5, 26, 15};
  PlacedTable dashes = Ruled(2, {0, 30, 60}, {At(0, 0, "规章"), At(0, 1, "—")}, 1);
  AppendContinuation(header, dashes);
  CHECK(header.table.rows == 2);
  CHECK(ExpandGrid(header.table).At(1, 0)->text == "规章");
}

}  // namespace nianbao::pdf
