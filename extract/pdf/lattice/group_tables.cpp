#include <algorithm>
#include <map>
#include <numeric>

#include "disjoint_sets.hpp"
#include "lattice.hpp"

namespace nianbao::pdf::lattice {

std::vector<RulingGroup> GroupTables(const std::vector<Ruling>& rulings,
                                     const std::vector<Intersection>& intersections) {
  DisjointSets sets(rulings.size());
  for (const Intersection& point : intersections) {
    sets.Unite(point.horizontal_idx, point.vertical_idx);
  }
  std::map<int, RulingGroup> by_root;
  for (size_t idx = 0; idx < rulings.size(); ++idx) {
    const Ruling& ruling = rulings[idx];
    RulingGroup& group = by_root[sets.Find(static_cast<int>(idx))];
    const bool first = group.horizontal.empty() && group.vertical.empty();
    Box extent = ruling.orientation == Orientation::kHorizontal
                     ? Box{ruling.start, ruling.position, ruling.end, ruling.position}
                     : Box{ruling.position, ruling.start, ruling.position, ruling.end};
    if (first) {
      group.box = extent;
    } else {
      group.box = {std::min(group.box.x0, extent.x0), std::min(group.box.top, extent.top),
                   std::max(group.box.x1, extent.x1), std::max(group.box.bottom, extent.bottom)};
    }
    (ruling.orientation == Orientation::kHorizontal ? group.horizontal : group.vertical)
        .push_back(static_cast<int>(idx));
  }
  std::vector<RulingGroup> groups;
  for (auto& [root, group] : by_root) {
    if (group.horizontal.size() >= 2 && group.vertical.size() >= 2) {
      groups.push_back(std::move(group));
    }
  }
  std::sort(groups.begin(), groups.end(), [](const RulingGroup& a, const RulingGroup& b) {
    return a.box.top != b.box.top ? a.box.top < b.box.top : a.box.x0 < b.box.x0;
  });
  return groups;
}

}  // namespace nianbao::pdf::lattice
