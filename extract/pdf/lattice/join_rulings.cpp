#include <algorithm>
#include <tuple>

#include "lattice.hpp"

namespace nianbao::pdf::lattice {

std::vector<Ruling> JoinRulings(std::vector<Ruling> rulings, const LatticeSettings& settings) {
  std::sort(rulings.begin(), rulings.end(), [](const Ruling& a, const Ruling& b) {
    return std::tie(a.orientation, a.position, a.start) <
           std::tie(b.orientation, b.position, b.start);
  });
  std::vector<Ruling> joined;
  for (const Ruling& ruling : rulings) {
    if (!joined.empty()) {
      Ruling& last = joined.back();
      if (last.orientation == ruling.orientation && last.position == ruling.position &&
          ruling.start <= last.end + settings.join_tolerance) {
        last.end = std::max(last.end, ruling.end);
        continue;
      }
    }
    joined.push_back(ruling);
  }
  std::erase_if(joined,
                [&](const Ruling& ruling) { return ruling.Length() < settings.min_ruling_length; });
  return joined;
}

}  // namespace nianbao::pdf::lattice
