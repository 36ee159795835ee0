#include "page_frames.hpp"

#include <algorithm>
#include <array>

namespace nianbao::pdf {
namespace {

struct Point {
  double x = 0, y = 0;
};

// A displayed point in the view turned back by `turns` quarter turns (anticlockwise), on a
// page displayed `width` x `height`.
Point Turn(Point point, int turns, double width, double height) {
  switch (turns) {
    case 1:
      return {point.y, width - point.x};
    case 2:
      return {width - point.x, height - point.y};
    case 3:
      return {height - point.y, point.x};
    default:
      return point;
  }
}

Box BoxThrough(Point a, Point b) {
  return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
}

Box TurnBox(const Box& box, int turns, double width, double height) {
  return BoxThrough(Turn({box.x0, box.top}, turns, width, height),
                    Turn({box.x1, box.bottom}, turns, width, height));
}

PageContent TurnedContent(const PageContent& page, int turns) {
  PageContent turned;
  turned.number = page.number;
  turned.images = page.images;
  const bool sideways = turns % 2 != 0;
  turned.width = sideways ? page.height : page.width;
  turned.height = sideways ? page.width : page.height;
  for (const Segment& segment : page.segments) {
    const Point a = Turn({segment.x0, segment.y0}, turns, page.width, page.height);
    const Point b = Turn({segment.x1, segment.y1}, turns, page.width, page.height);
    turned.segments.push_back({a.x, a.y, b.x, b.y, segment.line_width});
  }
  for (const Box& rect : page.rects) {
    turned.rects.push_back(TurnBox(rect, turns, page.width, page.height));
  }
  return turned;
}

}  // namespace

Box PageFrame::ToDisplay(const Box& box) const {
  // Turning the view on by the remaining quarter turns brings it back; the view's own
  // size is the displayed one, swapped when sideways.
  const bool sideways = quarter_turns % 2 != 0;
  const double view_width = sideways ? height : width;
  const double view_height = sideways ? width : height;
  return TurnBox(box, (4 - quarter_turns) % 4, view_width, view_height);
}

std::vector<FramedPage> SplitByDirection(const PageContent& page) {
  std::array<int, 4> counts{};
  std::array<double, 4> first_top{};
  first_top.fill(page.height);
  for (const PdfChar& glyph : page.chars) {
    if (glyph.direction < 0 || glyph.text.empty()) continue;
    ++counts[glyph.direction];
    first_top[glyph.direction] = std::min(first_top[glyph.direction], glyph.box.top);
  }
  const int primary =
      static_cast<int>(std::max_element(counts.begin(), counts.end()) - counts.begin());
  std::vector<int> directions;
  for (int direction = 0; direction < 4; ++direction) {
    if (counts[direction] > 0 || direction == primary) directions.push_back(direction);
  }
  if (directions.size() == 1 && directions[0] == 0) return {};
  std::stable_sort(directions.begin(), directions.end(),
                   [&](int a, int b) { return first_top[a] < first_top[b]; });
  std::vector<FramedPage> views;
  for (int direction : directions) {
    FramedPage view;
    view.content = TurnedContent(page, direction);
    view.frame = {direction, page.width, page.height};
    view.primary = direction == primary;
    for (const PdfChar& glyph : page.chars) {
      const bool mine = glyph.direction == direction || (view.primary && glyph.direction < 0);
      if (!mine) continue;
      PdfChar turned = glyph;
      turned.box = TurnBox(glyph.box, direction, page.width, page.height);
      turned.upright = glyph.direction == direction;
      turned.direction = glyph.direction < 0 ? -1 : 0;
      view.content.chars.push_back(std::move(turned));
    }
    views.push_back(std::move(view));
  }
  return views;
}

}  // namespace nianbao::pdf
