// Views of a page by writing direction: the turn, the boxes turned back, the order.
#include <catch2/catch.hpp>

#include "page_frames.hpp"

namespace nianbao::pdf {
namespace {

PdfChar Glyph(const std::string& text, int direction, Box box) {
  PdfChar glyph;
  glyph.text = text;
  glyph.direction = direction;
  glyph.upright = direction == 0;
  glyph.box = box;
  glyph.font_size = 10;
  return glyph;
}

}  // namespace

TEST_CASE("page frames: an upright page needs no turned view", "[pdf]") {
  PageContent page;
  page.width = 200;
  page.height = 300;
  page.chars = {Glyph("甲", 0, {10, 10, 20, 20}), Glyph("斜", -1, {5, 5, 9, 9})};
  CHECK(SplitByDirection(page).empty());
  page.chars.clear();
  CHECK(SplitByDirection(page).empty());
}

TEST_CASE("page frames: an upright title above a table written top to bottom", "[pdf]") {
  PageContent page;
  page.width = 200;
  page.height = 300;
  page.chars = {Glyph("标", 0, {50, 10, 60, 20}), Glyph("一", 1, {100, 100, 110, 110}),
                Glyph("二", 1, {100, 110, 110, 120}), Glyph("斜", -1, {5, 5, 9, 9})};
  page.segments = {{20, 40, 20, 280, 0.5}};  // a vertical ruling as displayed
  const std::vector<FramedPage> views = SplitByDirection(page);
  REQUIRE(views.size() == 2);
  // Reading order: the title starts higher on the page.
  CHECK(views[0].frame.quarter_turns == 0);
  CHECK_FALSE(views[0].primary);
  REQUIRE(views[0].content.chars.size() == 1);
  CHECK(views[1].frame.quarter_turns == 1);
  CHECK(views[1].primary);  // most text; also holds the skewed character
  REQUIRE(views[1].content.chars.size() == 3);
  // Turned a quarter anticlockwise: the view is 300 wide, 200 high; text runs left to right.
  CHECK(views[1].content.width == 300);
  CHECK(views[1].content.height == 200);
  const Box first = views[1].content.chars[0].box;
  const Box second = views[1].content.chars[1].box;
  CHECK(first.x0 == 100);
  CHECK(first.top == 90);
  CHECK(second.x0 == 110);
  CHECK(views[1].content.chars[0].upright);
  CHECK_FALSE(views[1].content.chars[2].upright);
  // The vertical ruling became horizontal.
  const Segment& ruling = views[1].content.segments[0];
  CHECK(ruling.y0 == 180);
  CHECK(ruling.y1 == 180);
  // And back: the view's boxes on the page as displayed.
  const Box back = views[1].frame.ToDisplay(first);
  CHECK(back.x0 == 100);
  CHECK(back.top == 100);
  CHECK(back.x1 == 110);
  CHECK(back.bottom == 110);
}

TEST_CASE("page frames: boxes turned back from every direction", "[pdf]") {
  for (int turns = 1; turns < 4; ++turns) {
    INFO(turns);
    PageContent page;
    page.width = 200;
    page.height = 300;
    const Box box{30, 40, 50, 45};
    page.chars = {Glyph("字", turns, box)};
    const std::vector<FramedPage> views = SplitByDirection(page);
    REQUIRE(views.size() == 1);
    CHECK(views[0].frame.quarter_turns == turns);
    const Box back = views[0].frame.ToDisplay(views[0].content.chars[0].box);
    CHECK(back.x0 == Approx(box.x0));
    CHECK(back.top == Approx(box.top));
    CHECK(back.x1 == Approx(box.x1));
    CHECK(back.bottom == Approx(box.bottom));
  }
}

}  // namespace nianbao::pdf
