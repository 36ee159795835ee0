#include <algorithm>
#include <cmath>

#include "lattice.hpp"

namespace nianbao::pdf::lattice {
namespace {

void AddBoxSides(const Box& box, std::vector<Ruling>& rulings) {
  rulings.push_back({Orientation::kHorizontal, box.top, box.x0, box.x1});
  rulings.push_back({Orientation::kHorizontal, box.bottom, box.x0, box.x1});
  rulings.push_back({Orientation::kVertical, box.x0, box.top, box.bottom});
  rulings.push_back({Orientation::kVertical, box.x1, box.top, box.bottom});
}

}  // namespace

std::vector<Ruling> RulingsFromGraphics(const std::vector<Segment>& segments,
                                        const std::vector<Box>& rects,
                                        const LatticeSettings& settings) {
  std::vector<Ruling> rulings;
  rulings.reserve(segments.size() + rects.size());
  for (const Segment& segment : segments) {
    if (std::abs(segment.y0 - segment.y1) <= settings.axis_tolerance && segment.x0 != segment.x1) {
      rulings.push_back({Orientation::kHorizontal, (segment.y0 + segment.y1) / 2,
                         std::min(segment.x0, segment.x1), std::max(segment.x0, segment.x1)});
    } else if (std::abs(segment.x0 - segment.x1) <= settings.axis_tolerance &&
               segment.y0 != segment.y1) {
      rulings.push_back({Orientation::kVertical, (segment.x0 + segment.x1) / 2,
                         std::min(segment.y0, segment.y1), std::max(segment.y0, segment.y1)});
    }
  }
  for (const Box& box : rects) {
    const double width = box.x1 - box.x0;
    const double height = box.bottom - box.top;
    if (height <= settings.max_ruling_thickness && width > height) {
      rulings.push_back({Orientation::kHorizontal, (box.top + box.bottom) / 2, box.x0, box.x1});
    } else if (width <= settings.max_ruling_thickness && height > width) {
      rulings.push_back({Orientation::kVertical, (box.x0 + box.x1) / 2, box.top, box.bottom});
    } else if (width > settings.max_ruling_thickness && height > settings.max_ruling_thickness) {
      AddBoxSides(box, rulings);
    }
  }
  return rulings;
}

}  // namespace nianbao::pdf::lattice
