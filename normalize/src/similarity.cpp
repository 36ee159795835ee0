#include "similarity.hpp"

#include <algorithm>
#include <vector>

namespace nianbao::normalize {

double CodePointSimilarity(std::u32string_view a, std::u32string_view b) {
  const size_t longest = std::max(a.size(), b.size());
  if (longest == 0) return 1.0;
  if (longest > kMaxSimilarityLength) return a == b ? 1.0 : 0.0;
  if (a.size() < b.size()) std::swap(a, b);  // b is the shorter: one row of |b| + 1
  std::vector<size_t> row(b.size() + 1);
  for (size_t col_idx = 0; col_idx <= b.size(); ++col_idx) row[col_idx] = col_idx;
  for (size_t row_idx = 1; row_idx <= a.size(); ++row_idx) {
    size_t diagonal = row[0];
    row[0] = row_idx;
    for (size_t col_idx = 1; col_idx <= b.size(); ++col_idx) {
      const size_t above = row[col_idx];
      const size_t substitution = diagonal + (a[row_idx - 1] == b[col_idx - 1] ? 0 : 1);
      row[col_idx] = std::min({above + 1, row[col_idx - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return 1.0 - static_cast<double>(row[b.size()]) / static_cast<double>(longest);
}

}  // namespace nianbao::normalize
