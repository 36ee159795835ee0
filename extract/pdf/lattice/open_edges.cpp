#include <algorithm>
#include <cmath>
#include <optional>

#include "lattice.hpp"

namespace nianbao::pdf::lattice {
namespace {

double Tolerance(const LatticeSettings& settings) {
  return std::max(settings.snap_tolerance, settings.intersection_tolerance);
}

// A horizontal ruling closing the group's open edge at `edge` (its outermost horizontal
// ruling; `below` it or above): where the group's verticals run on past the edge by at
// least min_open_edge and end together, when those include both outer ones (the whole
// width was cut; a merged cell running on alone is MarkOpenCells' case).
std::optional<Ruling> ClosingRuling(const RulingGroup& group, const std::vector<Ruling>& rulings,
                                    double edge, bool below, const LatticeSettings& settings) {
  const double tolerance = Tolerance(settings);
  const auto overhang = [&](const Ruling& ruling) {
    return below ? ruling.end - edge : edge - ruling.start;
  };
  double farthest = 0;
  for (int idx : group.vertical) farthest = std::max(farthest, overhang(rulings[idx]));
  if (farthest < settings.min_open_edge) return std::nullopt;
  Ruling closing{Orientation::kHorizontal, below ? edge + farthest : edge - farthest, 0, 0};
  int count = 0;
  for (int idx : group.vertical) {
    const Ruling& ruling = rulings[idx];
    if (farthest - overhang(ruling) > tolerance) continue;
    closing.start = count == 0 ? ruling.position : std::min(closing.start, ruling.position);
    closing.end = count == 0 ? ruling.position : std::max(closing.end, ruling.position);
    ++count;
  }
  if (count < 2 || closing.start > group.box.x0 + tolerance ||
      closing.end < group.box.x1 - tolerance) {
    return std::nullopt;
  }
  return closing;
}

}  // namespace

void AttachSideRulings(std::vector<RulingGroup>& groups, const std::vector<Ruling>& rulings,
                       const LatticeSettings& settings) {
  std::vector<bool> grouped(rulings.size(), false);
  for (const RulingGroup& group : groups) {
    for (int idx : group.horizontal) grouped[static_cast<size_t>(idx)] = true;
    for (int idx : group.vertical) grouped[static_cast<size_t>(idx)] = true;
  }
  const double tolerance = Tolerance(settings);
  for (size_t idx = 0; idx < rulings.size(); ++idx) {
    const Ruling& ruling = rulings[idx];
    if (grouped[idx] || ruling.orientation != Orientation::kVertical) continue;
    for (RulingGroup& group : groups) {
      // Beside the group or inside it (several such columns side by side), no farther
      // out than the group is wide.
      const double width = group.box.x1 - group.box.x0;
      const bool near =
          ruling.position >= group.box.x0 - width && ruling.position <= group.box.x1 + width;
      const bool same_extent = std::abs(ruling.start - group.box.top) <= tolerance &&
                               std::abs(ruling.end - group.box.bottom) <= tolerance;
      if (!near || !same_extent) continue;
      group.vertical.push_back(static_cast<int>(idx));
      group.box.x0 = std::min(group.box.x0, ruling.position);
      group.box.x1 = std::max(group.box.x1, ruling.position);
      grouped[idx] = true;
      break;
    }
  }
}

void CloseOpenEdges(std::vector<RulingGroup>& groups, std::vector<Ruling>& rulings,
                    const LatticeSettings& settings) {
  for (RulingGroup& group : groups) {
    if (group.horizontal.empty()) continue;
    double first = rulings[group.horizontal.front()].position, last = first;
    for (int idx : group.horizontal) {
      first = std::min(first, rulings[idx].position);
      last = std::max(last, rulings[idx].position);
    }
    const auto top = ClosingRuling(group, rulings, first, false, settings);
    const auto bottom = ClosingRuling(group, rulings, last, true, settings);
    for (const auto& closing : {top, bottom}) {
      if (!closing) continue;
      group.horizontal.push_back(static_cast<int>(rulings.size()));
      rulings.push_back(*closing);
    }
  }
}

}  // namespace nianbao::pdf::lattice
