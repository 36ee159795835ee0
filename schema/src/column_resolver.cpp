#include "column_resolver.hpp"

#include <algorithm>
#include <set>

namespace nianbao::schema {
namespace {

// A column label with a wrong or missing character still names its column when it is
// this close to exactly one label under the group it stands in.
constexpr double kColumnFuzzyThreshold = 0.75;

bool IsBlank(const GridCell& cell) {
  return cell.cell->text.find_first_not_of(" \t\r\n") == std::string::npos;
}

struct Found {
  const LabelNode* node = nullptr;
  bool fuzzy = false;
};

// Strict match below `from`; else, among `from`'s own children, a unique close one.
Found FindColumn(const LabelNode& from, const DocLabel& label, const LabelMatcher& matcher) {
  if (const LabelNode* node = matcher.FindBelow(from, label, Depth::kNamedGroups)) {
    return {node, false};
  }
  const LabelNode* best = nullptr;
  double best_score = 0;
  bool tie = false;
  for (const LabelNode& child : from.children) {
    double score = matcher.Fuzzy(label, child.labels, kColumnFuzzyThreshold);
    if (score > best_score) {
      best = &child;
      best_score = score;
      tie = false;
    } else if (score == best_score) {
      tie = true;
    }
  }
  if (best == nullptr || tie || best_score < kColumnFuzzyThreshold) return {};
  return {best, true};
}

std::string FuzzyNote(const DocLabel& label, const LabelNode& node) {
  return "column label \"" + label.raw + "\" read as \"" + node.labels.front() + "\"";
}

// A scan's header label that names no column, under `group`: the one column of the group
// that no other label of its header row names, when it is the one label of that row over
// the values that names nothing.
Found ByPlace(const TableSpec& table, const LabelNode& group, const LabelMatcher& matcher,
              const GridRow& row, const std::vector<int>& value_cols) {
  std::set<const LabelNode*> claimed;
  int unread = 0;
  for (const GridCell& other : row.cells) {
    if (other.continued || IsBlank(other)) continue;
    if (std::none_of(value_cols.begin(), value_cols.end(),
                     [&](int col) { return other.Covers(col); })) {
      continue;
    }
    DocLabel label = matcher.Read(other.cell->text);
    Found found = FindColumn(group, label, matcher);
    if (found.node != nullptr) {
      claimed.insert(found.node);
    } else if (!matcher.Contains(label, table.markers)) {
      ++unread;
    }
  }
  // An optional column (小计) is a candidate only where the row has a label for it.
  const auto required =
      static_cast<size_t>(std::count_if(group.children.begin(), group.children.end(),
                                        [](const LabelNode& child) { return !child.optional; }));
  const bool without_optional = claimed.size() + static_cast<size_t>(unread) == required;
  const LabelNode* remaining = nullptr;
  int count = 0;
  for (const LabelNode& child : group.children) {
    if (claimed.contains(&child) || (without_optional && child.optional)) continue;
    remaining = &child;
    ++count;
  }
  if (unread != 1 || count != 1) return {};
  return {remaining, true};
}

// Way 1: the header cells above the value cell's first column, as a path in the tree.
const LabelNode* ResolveByRange(const TableSpec& table, const LabelMatcher& matcher,
                                const std::vector<GridRow>& header, int grid_col,
                                const std::vector<int>* value_cols,
                                std::vector<std::string>& notes) {
  const LabelNode* current = &table.columns;
  const Cell* previous = nullptr;
  for (const GridRow& row : header) {
    for (const GridCell& cell : row.cells) {
      if (!cell.Covers(grid_col) || cell.cell == previous || IsBlank(cell)) continue;
      previous = cell.cell;
      DocLabel label = matcher.Read(cell.cell->text);
      Found found = FindColumn(*current, label, matcher);
      if (found.node == nullptr && value_cols != nullptr && !current->children.empty()) {
        found = ByPlace(table, *current, matcher, row, *value_cols);
        if (found.node != nullptr) {
          notes.push_back("column label \"" + label.raw + "\" read as \"" +
                          found.node->labels.front() +
                          "\" by its place: the one column of its group no other label names");
          current = found.node;
          continue;
        }
      }
      if (found.node == nullptr) continue;
      if (found.fuzzy) notes.push_back(FuzzyNote(label, *found.node));
      current = found.node;
    }
  }
  return current != &table.columns && current->IsLeaf() ? current : nullptr;
}

// Way 2: the header's labels placed under the groups of the row above, left to right.
// `unplaced` counts the header labels that name no column (table markers aside).
std::vector<const LabelNode*> LeavesByOrder(const TableSpec& table, const LabelMatcher& matcher,
                                            const std::vector<GridRow>& header,
                                            std::vector<std::string>& notes, size_t& unplaced) {
  std::vector<const LabelNode*> frontier;
  for (const GridRow& row : header) {
    std::vector<std::vector<const LabelNode*>> attached(frontier.size());
    std::vector<const LabelNode*> appended;
    size_t cursor = 0;
    for (const GridCell& cell : row.cells) {
      if (cell.continued || IsBlank(cell)) continue;
      DocLabel label = matcher.Read(cell.cell->text);
      bool placed = false;
      for (size_t slot = cursor; slot < frontier.size() && !placed; ++slot) {
        if (frontier[slot]->IsLeaf()) continue;
        Found found = FindColumn(*frontier[slot], label, matcher);
        auto& taken = attached[slot];
        if (found.node == nullptr ||
            std::find(taken.begin(), taken.end(), found.node) != taken.end()) {
          continue;
        }
        if (found.fuzzy) notes.push_back(FuzzyNote(label, *found.node));
        taken.push_back(found.node);
        cursor = slot;
        placed = true;
      }
      if (placed) continue;
      Found found = FindColumn(table.columns, label, matcher);
      if (found.node != nullptr) {
        if (found.fuzzy) notes.push_back(FuzzyNote(label, *found.node));
        appended.push_back(found.node);
      } else if (!matcher.Contains(label, table.markers)) {
        ++unplaced;
      }
    }
    std::vector<const LabelNode*> next;
    for (size_t slot = 0; slot < frontier.size(); ++slot) {
      if (attached[slot].empty()) {
        next.push_back(frontier[slot]);
      } else {
        next.insert(next.end(), attached[slot].begin(), attached[slot].end());
      }
    }
    next.insert(next.end(), appended.begin(), appended.end());
    frontier = std::move(next);
  }
  return frontier;
}

}  // namespace

ColumnAssignment ResolveColumns(const TableSpec& table, const LabelMatcher& matcher,
                                const std::vector<GridRow>& header, const GridRow& data_row,
                                const std::vector<size_t>& value_cells) {
  ColumnAssignment result;
  result.leaves.assign(value_cells.size(), nullptr);
  if (header.empty() || value_cells.empty()) return result;

  // Way 1, when the header has the data row's grid.
  const bool same_grid = std::all_of(header.begin(), header.end(), [&](const GridRow& row) {
    return row.table == data_row.table || row.grid_cols == data_row.grid_cols;
  });
  std::vector<const LabelNode*> by_range(value_cells.size(), nullptr);
  std::vector<std::string> range_notes;
  // A scan's labels may be unreadable; its header and rows share one grid, so a label's
  // place among its row's labels can name its column.
  std::vector<int> value_cols;
  for (size_t idx : value_cells) value_cols.push_back(data_row.cells[idx].col);
  const std::vector<int>* by_place = data_row.origin == TableOrigin::kOcr ? &value_cols : nullptr;
  if (same_grid) {
    for (size_t idx = 0; idx < value_cells.size(); ++idx) {
      by_range[idx] = ResolveByRange(table, matcher, header, data_row.cells[value_cells[idx]].col,
                                     by_place, range_notes);
    }
  }
  std::set<const LabelNode*> distinct(by_range.begin(), by_range.end());
  const bool range_complete = !distinct.contains(nullptr) && distinct.size() == by_range.size();
  if (range_complete) {
    result.leaves = by_range;
    result.notes = range_notes;
    return result;
  }

  // Way 2: leaves in header order, as many as the value cells (trailing blanks aside).
  std::vector<std::string> order_notes;
  size_t unplaced = 0;
  std::vector<const LabelNode*> leaves =
      LeavesByOrder(table, matcher, header, order_notes, unplaced);
  const bool all_leaves =
      !leaves.empty() && std::all_of(leaves.begin(), leaves.end(),
                                     [](const LabelNode* node) { return node->IsLeaf(); });
  // Blank cells at either end beyond the leaves' count are padding (label columns left
  // empty, trailing empty cells), not values. Not when a header label named no column:
  // then the missing leaf is that label's column, a blank there is a value (0), and
  // dropping it would move every number after it into its neighbour's column.
  size_t first = 0;
  size_t used = value_cells.size();
  if (unplaced == 0) {
    while (used - first > leaves.size() && IsBlank(data_row.cells[value_cells[used - 1]])) --used;
    while (used - first > leaves.size() && IsBlank(data_row.cells[value_cells[first]])) ++first;
  }
  // A scan's table has one grid for its header and rows: where the header's ranges name a
  // cell's column, an order that names another is wrong (a misread value taken for a
  // label moves every cell after it), and is not used.
  bool consistent = true;
  if (data_row.origin == TableOrigin::kOcr && all_leaves && used - first == leaves.size()) {
    for (size_t idx = first; idx < used; ++idx) {
      if (by_range[idx] != nullptr && by_range[idx] != leaves[idx - first]) consistent = false;
    }
  }
  if (all_leaves && used - first == leaves.size() && consistent) {
    std::copy(leaves.begin(), leaves.end(), result.leaves.begin() + static_cast<long>(first));
    result.notes = order_notes;
    return result;
  }

  // Neither way names every cell: keep what the ranges name, once each.
  std::set<const LabelNode*> seen;
  for (size_t idx = 0; idx < by_range.size(); ++idx) {
    const LabelNode* leaf = by_range[idx];
    if (leaf == nullptr) continue;
    if (std::count(by_range.begin(), by_range.end(), leaf) == 1) result.leaves[idx] = leaf;
  }
  result.notes = range_notes;
  return result;
}

}  // namespace nianbao::schema
