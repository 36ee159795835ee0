// Internal to the lattice steps: union-find over 0..n-1, for grouping rulings into tables and
// grid slots into merged cells.
#pragma once

#include <numeric>
#include <vector>

namespace nianbao::pdf::lattice {

class DisjointSets {
 public:
  explicit DisjointSets(size_t count) : parent_(count) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }

  // The set's representative, halving the path on the way.
  int Find(int idx) {
    while (parent_[idx] != idx) {
      parent_[idx] = parent_[parent_[idx]];
      idx = parent_[idx];
    }
    return idx;
  }

  void Unite(int a, int b) { parent_[Find(a)] = Find(b); }

 private:
  std::vector<int> parent_;
};

}  // namespace nianbao::pdf::lattice
