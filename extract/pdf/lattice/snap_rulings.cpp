#include <algorithm>

#include "lattice.hpp"

namespace nianbao::pdf::lattice {
namespace {

// Moves each run of positions that chain within `tolerance` onto the run's mean.
void SnapOrientation(std::vector<Ruling*>& rulings, double tolerance) {
  std::sort(rulings.begin(), rulings.end(),
            [](const Ruling* a, const Ruling* b) { return a->position < b->position; });
  size_t run_start = 0;
  for (size_t idx = 1; idx <= rulings.size(); ++idx) {
    const bool run_ends =
        idx == rulings.size() || rulings[idx]->position - rulings[idx - 1]->position > tolerance;
    if (!run_ends) continue;
    double sum = 0;
    for (size_t member = run_start; member < idx; ++member) sum += rulings[member]->position;
    const double mean = sum / static_cast<double>(idx - run_start);
    for (size_t member = run_start; member < idx; ++member) rulings[member]->position = mean;
    run_start = idx;
  }
}

}  // namespace

std::vector<Ruling> SnapRulings(std::vector<Ruling> rulings, const LatticeSettings& settings) {
  std::vector<Ruling*> horizontal, vertical;
  for (Ruling& ruling : rulings) {
    (ruling.orientation == Orientation::kHorizontal ? horizontal : vertical).push_back(&ruling);
  }
  SnapOrientation(horizontal, settings.snap_tolerance);
  SnapOrientation(vertical, settings.snap_tolerance);
  return rulings;
}

}  // namespace nianbao::pdf::lattice
