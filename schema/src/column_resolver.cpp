#include "column_resolver.hpp"

#include <algorithm>
#include <optional>
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
  bool by_characters = false;  // named by its place, its own characters choosing among several
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

std::string PlaceNote(const DocLabel& label, const Found& found) {
  return "column label \"" + label.raw + "\" read as \"" + found.node->labels.front() +
         (found.by_characters
              ? "\" by its place and its characters: of the columns its named neighbours leave "
                "there, the one in its place and the one its characters are of"
              : "\" by its place: the one column of its group its named neighbours leave there");
}

// How many distinct characters of the label one of the column's wordings holds.
int SharedCharacters(const DocLabel& label, const LabelNode& column) {
  int best = 0;
  for (const std::string& wording : column.labels) {
    const std::u32string theirs = DecodeUtf8(wording);
    std::set<char32_t> shared;
    for (char32_t code : label.code_points) {
      if (theirs.find(code) != std::u32string::npos) shared.insert(code);
    }
    best = std::max(best, static_cast<int>(shared.size()));
  }
  return best;
}

// The header cell a column group was named by: the grid columns it spans and its top row.
// The table itself (no cell) spans the value cells' columns, from above the header.
struct GroupSpan {
  int first = 0;
  int end = 0;
  int top = -1;
};

// A scan's header cell that names no column under `group`: the one column of the group its
// place leaves. The cells of its header row under the group's cell must be as many as the
// group's columns (with or without its optional 小计), every other one naming its column
// in the template's order, and its neighbours named (or the group's edge), so exactly one
// column is left between them; or, where several are left between named cells further off,
// its characters must be more of the column in its place than of any other left there
// (自\n人 of 自然人, 禾斗机 of 科研机构). Otherwise nothing is guessed.
Found ByPlace(const LabelNode& group, const LabelMatcher& matcher, const GridRow& row,
              const GridCell& unread, const GroupSpan& span) {
  std::vector<const GridCell*> siblings;
  for (const GridCell& other : row.cells) {
    if (other.end_col <= span.first || other.col >= span.end) continue;
    const bool inside = other.col >= span.first && other.end_col <= span.end;
    if (!inside || other.cell->row <= span.top) return {};
    siblings.push_back(&other);
  }
  const auto required =
      static_cast<size_t>(std::count_if(group.children.begin(), group.children.end(),
                                        [](const LabelNode& child) { return !child.optional; }));
  const bool with_optional = siblings.size() == group.children.size();
  if (!with_optional && siblings.size() != required) return {};
  std::vector<const LabelNode*> columns;
  for (const LabelNode& child : group.children) {
    if (with_optional || !child.optional) columns.push_back(&child);
  }
  std::vector<bool> named(siblings.size(), false);
  size_t place = siblings.size();
  for (size_t idx = 0; idx < siblings.size(); ++idx) {
    if (siblings[idx]->cell == unread.cell) place = idx;
    if (IsBlank(*siblings[idx])) continue;
    const LabelNode* node =
        FindColumn(group, matcher.Read(siblings[idx]->cell->text), matcher).node;
    if (node == nullptr) continue;
    if (node != columns[idx]) return {};  // another order, or a deeper level: not this shape
    named[idx] = true;
  }
  if (place == siblings.size() || named[place]) return {};
  size_t low = place, high = place + 1;  // the unnamed cells around it
  while (low > 0 && !named[low - 1]) --low;
  while (high < siblings.size() && !named[high]) ++high;
  if (high - low == 1) return {columns[place], true};
  const DocLabel& label = matcher.Read(unread.cell->text);
  const int own = SharedCharacters(label, *columns[place]);
  if (own == 0) return {};
  for (size_t idx = low; idx < high; ++idx) {
    if (idx != place && SharedCharacters(label, *columns[idx]) >= own) return {};
  }
  return {columns[place], true, true};
}

// Way 1: the header cells above the value cell's first column, as a path in the tree.
// `table_span`, for a scan: the value cells' columns, where a label that names nothing
// (or was read as nothing) may be named by its place.
const LabelNode* ResolveByRange(const TableSpec& table, const LabelMatcher& matcher,
                                const std::vector<GridRow>& header, int grid_col,
                                const GroupSpan* table_span, std::vector<std::string>& notes,
                                std::set<const LabelNode*>& placed) {
  const LabelNode* current = &table.columns;
  bool by_place = false;  // a label on the path was named by its place
  const Cell* previous = nullptr;
  GroupSpan span = table_span != nullptr ? *table_span : GroupSpan{};
  for (const GridRow& row : header) {
    for (const GridCell& cell : row.cells) {
      if (!cell.Covers(grid_col) || cell.cell == previous) continue;
      if (IsBlank(cell) && table_span == nullptr) continue;
      previous = cell.cell;
      DocLabel label = matcher.Read(cell.cell->text);
      Found found = IsBlank(cell) ? Found{} : FindColumn(*current, label, matcher);
      if (found.node == nullptr && table_span != nullptr && !current->children.empty()) {
        found = ByPlace(*current, matcher, row, cell, span);
        if (found.node != nullptr) notes.push_back(PlaceNote(label, found));
        by_place = by_place || found.node != nullptr;
      } else if (found.fuzzy) {
        notes.push_back(FuzzyNote(label, *found.node));
      }
      if (found.node == nullptr) continue;
      current = found.node;
      span = {cell.col, cell.end_col, cell.cell->row};
    }
  }
  if (current == &table.columns || !current->IsLeaf()) return nullptr;
  if (by_place) placed.insert(current);
  return current;
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
  std::set<const LabelNode*> placed;
  // A scan's labels may be unreadable; its header and rows share one grid, so a label's
  // place among its row's labels can name its column.
  std::optional<GroupSpan> table_span;
  if (data_row.origin == TableOrigin::kOcr) {
    table_span = GroupSpan{data_row.cells[value_cells.front()].col,
                           data_row.cells[value_cells.back()].end_col, -1};
  }
  if (same_grid) {
    for (size_t idx = 0; idx < value_cells.size(); ++idx) {
      by_range[idx] = ResolveByRange(table, matcher, header, data_row.cells[value_cells[idx]].col,
                                     table_span ? &*table_span : nullptr, range_notes, placed);
    }
  }
  std::set<const LabelNode*> distinct(by_range.begin(), by_range.end());
  const bool range_complete = !distinct.contains(nullptr) && distinct.size() == by_range.size();
  if (range_complete) {
    result.leaves = by_range;
    result.notes = range_notes;
    result.placed = placed;
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
  result.placed = placed;
  return result;
}

}  // namespace nianbao::schema
