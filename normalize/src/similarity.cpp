#include "similarity.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

namespace nianbao::normalize {

double CodePointSimilarity(std::u32string_view a, std::u32string_view b, double floor) {
  const size_t longest = std::max(a.size(), b.size());
  if (longest == 0) return 1.0;
  if (longest > kMaxSimilarityLength) return a == b ? 1.0 : 0.0;
  // The figure a distance gives, by the same expression as the result: a lower bound of the
  // distance whose figure is below `floor` proves the result is.
  auto similarity = [&](size_t distance) {
    return 1.0 - static_cast<double>(distance) / static_cast<double>(longest);
  };
  if (a.size() < b.size()) std::swap(a, b);  // b is the shorter: one row of |b| + 1
  if (similarity(a.size() - b.size()) < floor) return 0.0;
  // One row of the table; on the stack for labels (a heap block per pair cost a tenth of it).
  std::array<size_t, 128> short_row;
  std::vector<size_t> long_row;
  if (b.size() >= short_row.size()) long_row.resize(b.size() + 1);
  const std::span<size_t> row =
      long_row.empty() ? std::span(short_row.data(), b.size() + 1) : std::span(long_row);
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
    // Every path to the last cell crosses this row, and distances never fall along one.
    if (floor > 0 && similarity(*std::min_element(row.begin(), row.end())) < floor) return 0.0;
  }
  return similarity(row[b.size()]);
}

}  // namespace nianbao::normalize
