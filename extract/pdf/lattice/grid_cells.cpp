#include <algorithm>

#include "lattice.hpp"

namespace nianbao::pdf::lattice {
namespace {

// Sorted positions with neighbours closer than `min_gap` collapsed into one.
std::vector<double> DistinctPositions(std::vector<double> positions, double min_gap) {
  std::sort(positions.begin(), positions.end());
  std::vector<double> distinct;
  for (double position : positions) {
    if (distinct.empty() || position - distinct.back() >= min_gap) distinct.push_back(position);
  }
  return distinct;
}

}  // namespace

Grid GridCells(const RulingGroup& group, const std::vector<Ruling>& rulings,
               const LatticeSettings& settings) {
  std::vector<double> xs, ys;
  for (int idx : group.vertical) xs.push_back(rulings[idx].position);
  for (int idx : group.horizontal) ys.push_back(rulings[idx].position);
  Grid grid;
  grid.xs = DistinctPositions(std::move(xs), settings.min_cell_size);
  grid.ys = DistinctPositions(std::move(ys), settings.min_cell_size);
  grid.box = group.box;
  return grid;
}

}  // namespace nianbao::pdf::lattice
