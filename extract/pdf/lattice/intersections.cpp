#include "lattice.hpp"

namespace nianbao::pdf::lattice {

std::vector<Intersection> FindIntersections(const std::vector<Ruling>& rulings,
                                            const LatticeSettings& settings) {
  const double tolerance = settings.intersection_tolerance;
  std::vector<Intersection> intersections;
  for (size_t h_idx = 0; h_idx < rulings.size(); ++h_idx) {
    const Ruling& horizontal = rulings[h_idx];
    if (horizontal.orientation != Orientation::kHorizontal) continue;
    for (size_t v_idx = 0; v_idx < rulings.size(); ++v_idx) {
      const Ruling& vertical = rulings[v_idx];
      if (vertical.orientation != Orientation::kVertical) continue;
      const bool crosses_x = vertical.position >= horizontal.start - tolerance &&
                             vertical.position <= horizontal.end + tolerance;
      const bool crosses_y = horizontal.position >= vertical.start - tolerance &&
                             horizontal.position <= vertical.end + tolerance;
      if (crosses_x && crosses_y) {
        intersections.push_back({vertical.position, horizontal.position, static_cast<int>(h_idx),
                                 static_cast<int>(v_idx)});
      }
    }
  }
  return intersections;
}

}  // namespace nianbao::pdf::lattice
