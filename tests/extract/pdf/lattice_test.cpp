// Each lattice step on tiny synthetic inputs.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "lattice/lattice.hpp"

namespace nianbao::pdf::lattice {
namespace {

Ruling H(double y, double x0, double x1) {
  return {Orientation::kHorizontal, y, x0, x1};
}
Ruling V(double x, double y0, double y1) {
  return {Orientation::kVertical, x, y0, y1};
}

PdfChar Glyph(const std::string& text, double x0, double top, double size = 10) {
  PdfChar glyph;
  glyph.text = text;
  glyph.box = {x0, top, x0 + size, top + size};
  glyph.font_size = size;
  return glyph;
}

// A 2 x 2 grid 0..100 x 0..40 (rows at 0, 20, 40; columns at 0, 50, 100).
std::vector<Ruling> TwoByTwo() {
  return {H(0, 0, 100), H(20, 0, 100), H(40, 0, 100), V(0, 0, 40), V(50, 0, 40), V(100, 0, 40)};
}

GridTable RunToSpans(const std::vector<Ruling>& rulings) {
  const LatticeSettings settings;
  const auto intersections = FindIntersections(rulings, settings);
  const auto groups = GroupTables(rulings, intersections);
  REQUIRE(groups.size() == 1);
  const Grid grid = GridCells(groups[0], rulings, settings);
  return SpansFromMissingRulings(grid, groups[0], rulings, settings);
}

}  // namespace

TEST_CASE("settings: defaults validate, bad values are rejected by name", "[pdf][lattice]") {
  LatticeSettings settings;
  CHECK_NOTHROW(settings.Validate());
  settings.snap_tolerance = -1;
  CHECK_THROWS_WITH(settings.Validate(), Catch::Contains("snap_tolerance"));
  settings = {};
  settings.edge_cover_share = 0;
  CHECK_THROWS_WITH(settings.Validate(), Catch::Contains("edge_cover_share"));
}

TEST_CASE("rulings from graphics: axis-aligned segments and thin rectangles", "[pdf][lattice]") {
  const std::vector<Segment> segments = {
      {10, 50, 90, 50.2, 0.5},  // horizontal
      {20, 10, 20, 80, 0.5},    // vertical
      {0, 0, 30, 30, 0.5},      // diagonal: ignored
  };
  const std::vector<Box> rects = {
      {10, 99.5, 90, 100.5},  // thin horizontal bar
      {60, 10, 60.8, 80},     // thin vertical bar
  };
  const auto rulings = RulingsFromGraphics(segments, rects, {});
  REQUIRE(rulings.size() == 4);
  CHECK(rulings[0].orientation == Orientation::kHorizontal);
  CHECK(rulings[0].position == Approx(50.1));
  CHECK(rulings[1].orientation == Orientation::kVertical);
  CHECK(rulings[1].start == 10);
  CHECK(rulings[2].orientation == Orientation::kHorizontal);
  CHECK(rulings[2].position == Approx(100));
  CHECK(rulings[3].orientation == Orientation::kVertical);
  CHECK(rulings[3].position == Approx(60.4));
}

TEST_CASE("rulings from graphics: a thick rectangle gives its four sides", "[pdf][lattice]") {
  const auto rulings = RulingsFromGraphics({}, {{0, 0, 50, 20}}, {});
  CHECK(rulings.size() == 4);
}

TEST_CASE("snap: nearly collinear rulings move to their mean", "[pdf][lattice]") {
  const auto snapped = SnapRulings({H(10, 0, 50), H(11, 60, 90), H(30, 0, 90), V(5, 0, 9)}, {});
  CHECK(snapped[0].position == Approx(10.5));
  CHECK(snapped[1].position == Approx(10.5));
  CHECK(snapped[2].position == 30);
  CHECK(snapped[3].position == 5);
}

TEST_CASE("join: overlapping and touching pieces merge, short ones go", "[pdf][lattice]") {
  const auto joined =
      JoinRulings({H(10, 0, 40), H(10, 41, 90), H(10, 200, 202), V(5, 0, 30), V(5, 20, 60)}, {});
  REQUIRE(joined.size() == 2);
  CHECK(joined[0].orientation == Orientation::kHorizontal);
  CHECK(joined[0].start == 0);
  CHECK(joined[0].end == 90);
  CHECK(joined[1].start == 0);
  CHECK(joined[1].end == 60);
}

TEST_CASE("intersections: crossings within tolerance", "[pdf][lattice]") {
  const auto points = FindIntersections({H(10, 0, 100), V(50, 11, 60), V(200, 0, 60)}, {});
  REQUIRE(points.size() == 1);
  CHECK(points[0].x == 50);
  CHECK(points[0].y == 10);
}

TEST_CASE("tables: rulings connected through intersections", "[pdf][lattice]") {
  std::vector<Ruling> rulings = TwoByTwo();
  // A second, separate table further down.
  rulings.push_back(H(100, 0, 60));
  rulings.push_back(H(130, 0, 60));
  rulings.push_back(V(0, 100, 130));
  rulings.push_back(V(60, 100, 130));
  rulings.push_back(H(300, 0, 60));  // a lone underline
  const auto groups = GroupTables(rulings, FindIntersections(rulings, {}));
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].box.top == 0);
  CHECK(groups[0].horizontal.size() == 3);
  CHECK(groups[1].box.top == 100);
  CHECK(groups[1].box.bottom == 130);
}

TEST_CASE("grid cells: every ruling position inside the table", "[pdf][lattice]") {
  const auto rulings = TwoByTwo();
  const auto groups = GroupTables(rulings, FindIntersections(rulings, {}));
  REQUIRE(groups.size() == 1);
  const Grid grid = GridCells(groups[0], rulings, {});
  CHECK(grid.xs == std::vector<double>{0, 50, 100});
  CHECK(grid.ys == std::vector<double>{0, 20, 40});
  CHECK(grid.Rows() == 2);
  CHECK(grid.Cols() == 2);
}

TEST_CASE("spans: a full grid has single cells", "[pdf][lattice]") {
  const GridTable table = RunToSpans(TwoByTwo());
  REQUIRE(table.cells.size() == 4);
  for (const GridCell& cell : table.cells) {
    CHECK(cell.rowspan == 1);
    CHECK(cell.colspan == 1);
  }
  CHECK(table.problems.empty());
}

TEST_CASE("spans: a missing inner vertical ruling merges columns", "[pdf][lattice]") {
  // The middle vertical stops at y = 20: the top row is one cell over both columns.
  const GridTable table = RunToSpans(
      {H(0, 0, 100), H(20, 0, 100), H(40, 0, 100), V(0, 0, 40), V(50, 20, 40), V(100, 0, 40)});
  REQUIRE(table.cells.size() == 3);
  CHECK(table.cells[0].row == 0);
  CHECK(table.cells[0].colspan == 2);
  CHECK(table.cells[0].box.x1 == 100);
  CHECK(table.cells[1].row == 1);
  CHECK(table.cells[2].col == 1);
}

TEST_CASE("spans: a missing inner horizontal ruling merges rows", "[pdf][lattice]") {
  // The middle horizontal spans only the right column: the left column is one tall cell.
  const GridTable table = RunToSpans(
      {H(0, 0, 100), H(20, 50, 100), H(40, 0, 100), V(0, 0, 40), V(50, 0, 40), V(100, 0, 40)});
  REQUIRE(table.cells.size() == 3);
  CHECK(table.cells[0].col == 0);
  CHECK(table.cells[0].rowspan == 2);
  CHECK(table.cells[1].col == 1);
  CHECK(table.cells[1].rowspan == 1);
}

TEST_CASE("chars into cells: by centre, lines kept, no spaces added", "[pdf][lattice]") {
  GridTable table = RunToSpans(TwoByTwo());
  const std::vector<PdfChar> chars = {
      Glyph("社", 2, 2),   Glyph("会", 20, 2),  // spread apart: still one word
      Glyph("1", 60, 5),   Glyph("2", 66, 5),   Glyph("商", 2, 21),
      Glyph("业", 12, 21),                                              // two lines in one cell
      Glyph("企", 2, 30),  Glyph("业", 12, 30), Glyph("外", 300, 300),  // outside the table
  };
  const std::vector<bool> used = CharsIntoCells(table, chars);
  CHECK(used == std::vector<bool>{true, true, true, true, true, true, true, true, false});
  CHECK(table.cells[0].text == "社会");
  CHECK(table.cells[1].text == "12");
  CHECK(table.cells[2].text == "商业\n企业");
  CHECK(table.cells[3].text.empty());
}

TEST_CASE("find lattice tables: all steps from a page's graphics", "[pdf][lattice]") {
  PageContent page;
  page.number = 1;
  page.width = 200;
  page.height = 200;
  for (double y : {10.0, 30.0, 50.0}) page.segments.push_back({10, y, 110, y, 0.5});
  for (double x : {10.0, 60.0, 110.0}) page.rects.push_back({x - 0.25, 10, x + 0.25, 50});
  const LatticeTrace trace = FindLatticeTables(page);
  CHECK(trace.raw.size() == 6);
  CHECK(trace.joined.size() == 6);
  CHECK(trace.intersections.size() == 9);
  REQUIRE(trace.tables.size() == 1);
  CHECK(trace.tables[0].grid.Rows() == 2);
  CHECK(trace.tables[0].grid.Cols() == 2);
}

// A page of a browser's print: the table's rows at 20 and 40, its verticals running on to
// 60 (a row cut by the page break, no ruling along the cut); the label column's left side
// at 0 alone (a label cell spanning the whole page, no horizontal ruling reaches it).
PageContent CutTablePage() {
  PageContent page;
  page.number = 1;
  page.width = 200;
  page.height = 200;
  for (double y : {20.0, 40.0}) page.segments.push_back({20, y, 100, y, 0.5});
  for (double x : {20.0, 60.0, 100.0}) page.segments.push_back({x, 20, x, 60, 0.5});
  page.segments.push_back({0, 20, 0, 60, 0.5});
  return page;
}

TEST_CASE("open edges: a row cut by a page break is closed where the verticals end",
          "[pdf][lattice]") {
  PageContent page = CutTablePage();
  page.chars = {Glyph("标", 2, 45), Glyph("甲", 22, 45), Glyph("7", 62, 45)};
  LatticeTrace trace = FindLatticeTables(page);
  REQUIRE(trace.tables.size() == 1);
  GridTable& table = trace.tables[0];
  CHECK(table.grid.xs == std::vector<double>{0, 20, 60, 100});
  CHECK(table.grid.ys == std::vector<double>{20, 40, 60});
  CharsIntoCells(table, page.chars);
  REQUIRE(table.cells.size() == 5);
  CHECK(table.cells[0].rowspan == 2);  // the lone side ruling's column: one cell
  CHECK(table.cells[0].text == "标");
  CHECK(table.cells[3].text == "甲");
  CHECK(table.cells[4].text == "7");
}

TEST_CASE("open edges: one stray vertical closes nothing", "[pdf][lattice]") {
  PageContent page;
  for (double y : {20.0, 40.0}) page.segments.push_back({20, y, 100, y, 0.5});
  for (double x : {20.0, 100.0}) page.segments.push_back({x, 20, x, 40, 0.5});
  page.segments.push_back({60, 20, 60, 80, 0.5});
  const LatticeTrace trace = FindLatticeTables(page);
  REQUIRE(trace.tables.size() == 1);
  CHECK(trace.tables[0].grid.ys == std::vector<double>{20, 40});
}

TEST_CASE("open cells: a cut label's text running out below its cell stays in it",
          "[pdf][lattice]") {
  // Rows at 0, 20, 40; the label column 0..50 has no ruling at 20 or 40 (it spans on).
  const std::vector<Ruling> rulings = {H(0, 0, 100), H(20, 50, 100), H(40, 50, 100),
                                       V(0, 0, 40),  V(50, 0, 40),   V(100, 0, 40)};
  GridTable table = RunToSpans(rulings);
  const auto intersections = FindIntersections(rulings, {});
  const auto groups = GroupTables(rulings, intersections);
  MarkOpenCells(table, groups[0], rulings, {});
  REQUIRE(table.cells.size() == 3);
  CHECK(table.cells[0].open_below);
  CHECK_FALSE(table.cells[0].open_above);
  CHECK_FALSE(table.cells[2].open_below);
  const std::vector<PdfChar> chars = {Glyph("三", 2, 25), Glyph("果", 2, 40.5), Glyph("远", 2, 80),
                                      Glyph("外", 60, 41)};
  const std::vector<bool> used = CharsIntoCells(table, chars);
  CHECK(used == std::vector<bool>{true, true, false, false});
  CHECK(table.cells[0].text == "三\n果");
}

TEST_CASE("find lattice tables: a framed box is not a table", "[pdf][lattice]") {
  PageContent page;
  page.segments = {
      {10, 10, 110, 10, 1}, {10, 50, 110, 50, 1}, {10, 10, 10, 50, 1}, {110, 10, 110, 50, 1}};
  CHECK(FindLatticeTables(page).tables.empty());
}

}  // namespace nianbao::pdf::lattice
