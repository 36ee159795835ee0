#include "table_mapper.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "column_resolver.hpp"
#include "grid_row.hpp"

namespace nianbao::schema {
namespace {

// A row label with a wrong or missing character still names its row when it is this close
// to one template label, or this close and in its place among its siblings (its
// enumerator gives the place).
constexpr double kRowFuzzyThreshold = 0.8;
constexpr double kRowFuzzyInPlaceThreshold = 0.5;
// A cell read by OCR with a lower confidence (Tesseract's, of its least certain character)
// gives null and a warning naming the reading, never the uncertain number.
constexpr double kMinReadingConfidence = 0.9;
// An OCR'd row label that names no row is the one row that can stand at its place when it
// is at least this close to that row's label (or carries its number).
constexpr double kRowByPlaceSimilarity = 0.3;

bool IsBlankText(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// A row node with where it stands in the tree.
struct RowEntry {
  const LabelNode* node = nullptr;
  std::vector<const LabelNode*> path;  // from the top level down to the node itself
  int position = 0;                    // 1-based place among its siblings
};

void CollectRows(const LabelNode& node, std::vector<const LabelNode*>& path,
                 std::vector<RowEntry>& out) {
  int position = 0;
  for (const LabelNode& child : node.children) {
    path.push_back(&child);
    out.push_back({&child, path, ++position});
    CollectRows(child, path, out);
    path.pop_back();
  }
}

// Two or more ideographs: words, not a number's unit or a zero sign (无).
bool HasWords(const std::string& text) {
  int ideographs = 0;
  for (char32_t code : DecodeUtf8(text)) {
    if ((code >= 0x3400 && code <= 0x9FFF) || (code >= 0xF900 && code <= 0xFAFF)) ++ideographs;
  }
  return ideographs >= 2;
}

int Descendants(const LabelNode& node) {
  int count = 0;
  for (const LabelNode& child : node.children) count += 1 + Descendants(child);
  return count;
}

size_t CommonPrefix(const std::vector<const LabelNode*>& a,
                    const std::vector<const LabelNode*>& b) {
  size_t length = 0;
  while (length < a.size() && length < b.size() && a[length] == b[length]) ++length;
  return length;
}

struct RowMatch {
  const RowEntry* entry = nullptr;         // the row node matched
  const LabelNode* subtotal_of = nullptr;  // a 小计 row: the group it closes
  bool fuzzy = false;
  bool in_place = false;               // a fuzzy match its ordinal and group confirm
  bool ambiguous_with_column = false;  // the label also names a column (总计, 其他, 小计)
  // A damaged label that two rows could claim: refused, never guessed.
  std::vector<const RowEntry*> rivals;
};

bool IsSubtotalWord(const DocLabel& label) {
  return label.text == "小计" || label.text == "合计";
}

struct LabelScores {
  std::vector<int> strict;                   // LabelMatcher::Strict per row entry
  std::optional<std::vector<double>> fuzzy;  // LabelMatcher::Fuzzy per row entry, when needed
};

struct RowParts {
  std::vector<DocLabel> labels;
  std::vector<bool> spans_from_above;  // parallel to labels: a cell merged down from the row above
  std::vector<size_t> value_cells;     // indexes into GridRow::cells
  bool has_number = false;
  // An OCR'd row: text that names no row (an unreadable label) after its last row label,
  // before its numbers. The row may then be any of that label's rows, not the group the
  // labels before it name.
  std::string unread_label;
};

// The state kept for one template table while reading a document.
struct KindState {
  const TableSpec* spec = nullptr;
  std::vector<RowEntry> rows;
  std::vector<GridRow> header;
  std::vector<const LabelNode*> context;     // the path of the last row matched
  int context_table = -1, context_row = -1;  // the grid row that set `context`
  std::set<const LabelNode*> read;           // rows whose values were read
  // A label's scores against each of `rows`, by label text: a document repeats its labels,
  // and each row's labels are matched several times (split, kind, key).
  mutable std::unordered_map<std::string, LabelScores> scores;
  int last_entry = -1;  // index in `rows` of the last row named
  // Unnamed rows seen since: where each stands (the entry named before it) until the next
  // row is named.
  struct Pending {
    int before = -1;
    std::string text;
    // An OCR'd row, kept to be named by its place once the row after it is named.
    std::optional<GridRow> row;
    RowParts parts;
    std::vector<GridRow> header;
  };
  std::vector<Pending> pending;
};

class TableWalker {
 public:
  TableWalker(const TemplateSpec& spec, const LabelMatcher& matcher) : matcher_(matcher) {
    for (const TableSpec& table : spec.tables) {
      KindState state;
      state.spec = &table;
      std::vector<const LabelNode*> path;
      CollectRows(table.rows, path, state.rows);
      kinds_.push_back(std::move(state));
    }
  }

  void Walk(const Table& table, int table_index) {
    ExpandedGrid grid = ExpandGrid(table);
    for (const std::string& problem : grid.problems) {
      Warn("schema.grid", "table " + std::to_string(table_index) + ": " + problem, table_index,
           std::nullopt, std::nullopt);
    }
    for (int row_idx = 0; row_idx < grid.rows; ++row_idx) {
      GridRow row = ReadGridRow(grid, row_idx, table_index);
      row.origin = table.origin;
      HandleRow(row);
    }
    ++result_.tables_seen;
  }

  TableMapping Take() {
    for (KindState& kind : kinds_) SettlePending(kind, static_cast<int>(kind.rows.size()));
    return std::move(result_);
  }

 private:
  RowParts SplitRow(const GridRow& row) const {
    RowParts parts;
    const normalize::Normalizer& normalizer = matcher_.normalizer();
    // In a scan, text with words in it is a label whose enumerator OCR misread (1，属于…,
    // 2其他…), not a number with a unit.
    auto is_number = [&](const std::string& text) {
      if (row.origin == TableOrigin::kOcr && HasWords(text)) return false;
      return normalizer.ParseCell(text).kind == normalize::ValueKind::kNumber;
    };
    size_t first_number = row.cells.size();
    for (size_t idx = 0; idx < row.cells.size(); ++idx) {
      if (row.cells[idx].continued) continue;
      if (is_number(row.cells[idx].cell->text)) {
        first_number = idx;
        parts.has_number = true;
        break;
      }
    }
    size_t label_end = 0;
    for (size_t idx = 0; idx < first_number; ++idx) {
      const std::string& text = row.cells[idx].cell->text;
      if (!IsBlankText(text) &&
          (normalizer.ParseCell(text).kind == normalize::ValueKind::kNotANumber ||
           (row.origin == TableOrigin::kOcr && HasWords(text)))) {
        label_end = idx + 1;
      }
    }
    // Text after the row's last row label is a value cell that holds no number (详见附件),
    // not a label.
    std::vector<DocLabel> labels(label_end);
    std::vector<bool> joined(label_end, false);  // read with the label cell before it
    size_t last_row_label = label_end;
    for (size_t idx = 0; idx < label_end; ++idx) {
      const std::string& text = row.cells[idx].cell->text;
      if (IsBlankText(text)) continue;
      labels[idx] = matcher_.Read(text);
      if (std::optional<DocLabel> whole = JoinedWithLabelBefore(row, labels, idx)) {
        labels[idx - 1] = std::move(*whole);
        joined[idx] = true;
        last_row_label = idx - 1;
        continue;
      }
      if (NamesAnyRow(labels[idx])) last_row_label = idx;
    }
    // After a label naming a row of its own (行政许可), unreadable text is its value misread.
    const bool after_leaf = last_row_label < label_end && NamesLeafRow(labels[last_row_label]);
    if (row.origin == TableOrigin::kOcr && !after_leaf) {
      for (size_t idx = last_row_label < label_end ? last_row_label + 1 : 0; idx < label_end;
           ++idx) {
        if (!IsBlankText(row.cells[idx].cell->text) && !row.cells[idx].continued && !joined[idx]) {
          parts.unread_label = row.cells[idx].cell->text;
        }
      }
    }
    // An OCR'd label that names no row is a label all the same, not a value cell.
    if (last_row_label < label_end && parts.unread_label.empty()) {
      label_end = last_row_label + 1;
      while (label_end < joined.size() && joined[label_end]) ++label_end;
    }
    for (size_t idx = 0; idx < label_end; ++idx) {
      if (IsBlankText(row.cells[idx].cell->text) || joined[idx]) continue;
      parts.labels.push_back(std::move(labels[idx]));
      parts.spans_from_above.push_back(row.cells[idx].continued);
    }
    for (size_t idx = label_end; idx < row.cells.size(); ++idx) {
      if (!row.cells[idx].continued) parts.value_cells.push_back(idx);
    }
    return parts;
  }

  // An OCR'd label cell read with the label cell before it, where the two name a row together
  // and neither alone: one label a character's stroke taken for a ruling cut in two (7.属; |
  // -行政执法案卷, 于's stroke touching both rulings of a tight row). nullopt otherwise.
  std::optional<DocLabel> JoinedWithLabelBefore(const GridRow& row,
                                                const std::vector<DocLabel>& labels,
                                                size_t idx) const {
    if (row.origin != TableOrigin::kOcr || idx == 0 || row.cells[idx].continued ||
        row.cells[idx - 1].continued || IsBlankText(row.cells[idx - 1].cell->text)) {
      return std::nullopt;
    }
    if (NamesAnyRow(labels[idx]) || NamesAnyRow(labels[idx - 1])) return std::nullopt;
    DocLabel whole = matcher_.Read(row.cells[idx - 1].cell->text + row.cells[idx].cell->text);
    if (!NamesAnyRow(whole)) return std::nullopt;
    return whole;
  }

  RowMatch MatchRow(const KindState& kind, const DocLabel& label) const {
    RowMatch match;
    match.ambiguous_with_column = matcher_.FindBelow(kind.spec->columns, label) != nullptr;
    if (IsSubtotalWord(label)) {
      for (auto it = kind.context.rbegin(); it != kind.context.rend(); ++it) {
        if (!(*it)->subtotal_key.empty()) {
          match.subtotal_of = *it;
          return match;
        }
      }
      return match;
    }
    int best_score = 0;
    size_t best_prefix = 0;
    LabelScores& scores = ScoresOf(kind, label);
    for (size_t entry_idx = 0; entry_idx < kind.rows.size(); ++entry_idx) {
      const RowEntry& entry = kind.rows[entry_idx];
      const int score = scores.strict[entry_idx];
      if (score == 0) continue;
      size_t prefix = CommonPrefix(entry.path, kind.context);
      if (score > best_score || (score == best_score && prefix > best_prefix)) {
        match.entry = &entry;
        best_score = score;
        best_prefix = prefix;
      }
    }
    if (match.entry != nullptr || label.text.empty()) return match;
    double best_similarity = 0;
    if (!scores.fuzzy) {
      scores.fuzzy.emplace();
      // A figure below both thresholds is never used.
      const double floor = std::min(kRowFuzzyInPlaceThreshold, kRowFuzzyThreshold);
      for (const RowEntry& entry : kind.rows) {
        scores.fuzzy->push_back(matcher_.Fuzzy(label, entry.node->labels, floor));
      }
    }
    const std::vector<double>& similarities = *scores.fuzzy;
    for (size_t entry_idx = 0; entry_idx < kind.rows.size(); ++entry_idx) {
      const RowEntry& entry = kind.rows[entry_idx];
      if (kind.read.contains(entry.node)) continue;  // its row was already read
      const double similarity = similarities[entry_idx];
      const bool in_place =
          label.ordinal > 0 && label.ordinal == entry.position && entry.path.size() >= 2 &&
          std::find(kind.context.begin(), kind.context.end(), entry.path[entry.path.size() - 2]) !=
              kind.context.end();
      const double needed = in_place ? kRowFuzzyInPlaceThreshold : kRowFuzzyThreshold;
      if (similarity < needed) continue;
      match.rivals.push_back(&entry);
      if (similarity > best_similarity) {
        match.entry = &entry;
        match.fuzzy = true;
        match.in_place = in_place;
        best_similarity = similarity;
      }
    }
    if (match.rivals.size() > 1) {
      match.entry = nullptr;
      match.fuzzy = false;
    } else {
      match.rivals.clear();
    }
    return match;
  }

  LabelScores& ScoresOf(const KindState& kind, const DocLabel& label) const {
    auto [found, added] = kind.scores.try_emplace(label.text);
    if (added) {
      for (const RowEntry& entry : kind.rows) {
        found->second.strict.push_back(matcher_.Strict(label, entry.node->labels));
      }
    }
    return found->second;
  }

  bool NamesLeafRow(const DocLabel& label) const {
    return std::any_of(kinds_.begin(), kinds_.end(), [&](const KindState& kind) {
      const RowMatch match = MatchRow(kind, label);
      return match.entry != nullptr && match.entry->node->IsLeaf();
    });
  }

  bool NamesAnyRow(const DocLabel& label) const {
    if (IsSubtotalWord(label)) return true;  // its group may come in the same row
    return std::any_of(kinds_.begin(), kinds_.end(),
                       [&](const KindState& kind) { return Matched(MatchRow(kind, label)); });
  }

  bool Matched(const RowMatch& match) const {
    return match.entry != nullptr || match.subtotal_of != nullptr;
  }

  int ColumnHits(const KindState& kind, const RowParts& parts) const {
    int hits = 0;
    for (const DocLabel& label : parts.labels) {
      if (matcher_.Contains(label, kind.spec->markers) ||
          matcher_.FindBelow(kind.spec->columns, label) != nullptr) {
        ++hits;
      }
    }
    return hits;
  }

  // A label naming both a row and a column (总计, 其他, 小计) is a row label when the row
  // has numbers or an enumerator, or when it comes among data rows.
  int RowLikeLabels(int kind_idx, const RowParts& parts) const {
    const KindState& kind = kinds_[kind_idx];
    int count = 0;
    for (const DocLabel& label : parts.labels) {
      RowMatch match = MatchRow(kind, label);
      if (!Matched(match)) continue;
      const bool among_data = current_ == kind_idx && !last_was_header_ && !kind.header.empty();
      if (!match.ambiguous_with_column || label.ordinal > 0 || parts.has_number || among_data) {
        ++count;
      }
    }
    return count;
  }

  void HandleRow(const GridRow& row) {
    RowParts parts = SplitRow(row);
    int data_kind = -1;
    int best_rows = 0;
    for (int kind_idx = 0; kind_idx < static_cast<int>(kinds_.size()); ++kind_idx) {
      int count = RowLikeLabels(kind_idx, parts);
      if (count > best_rows || (count > 0 && count == best_rows && kind_idx == current_)) {
        data_kind = kind_idx;
        best_rows = count;
      }
    }
    if (data_kind >= 0) {
      HandleDataRow(data_kind, row, parts);
      return;
    }
    int header_kind = -1;
    int best_hits = 0;
    for (int kind_idx = 0; kind_idx < static_cast<int>(kinds_.size()); ++kind_idx) {
      int hits = ColumnHits(kinds_[kind_idx], parts);
      if (hits > best_hits || (hits > 0 && hits == best_hits && kind_idx == current_)) {
        header_kind = kind_idx;
        best_hits = hits;
      }
    }
    if (header_kind >= 0) {
      HandleHeaderRow(header_kind, row);
      return;
    }
    const bool unlabelled_data = parts.labels.empty() && current_ >= 0 &&
                                 kinds_[current_].spec->rows.children.empty() &&
                                 !kinds_[current_].header.empty();
    if (unlabelled_data) {
      HandleDataRow(current_, row, parts);
      return;
    }
    last_was_header_ = false;
    if (WarnIfAmbiguous(parts, row)) {
      NoteUnnamed(current_, parts, row);
      return;
    }
    if (parts.has_number && current_ >= 0) {
      Warn("schema.unnamed_row",
           "a row with numbers has no label of the template; its values are left out", row);
      NoteUnnamed(current_, parts, row);
    }
  }

  // The groups with a 小计 on `next_path` (the path of the row named next; none when null)
  // that the row at `before` does not stand in: the groups that row opens.
  static std::vector<const LabelNode*> OpenedGroups(
      const KindState& kind, int before, const std::vector<const LabelNode*>* next_path) {
    std::vector<const LabelNode*> opened;
    if (next_path == nullptr) return opened;
    for (const LabelNode* group : *next_path) {
      const bool shared =
          before >= 0 && std::find(kind.rows[before].path.begin(), kind.rows[before].path.end(),
                                   group) != kind.rows[before].path.end();
      if (!group->IsLeaf() && !group->subtotal_key.empty() && !shared) opened.push_back(group);
    }
    return opened;
  }

  // The merged label cell an OCR'd row's 小计 stands under, opening there and running down
  // (a group label OCR could not read, its group's 小计 printed first); nullptr when the row
  // is none such.
  const Cell* GroupCellOpenedBy(const GridRow& row, const RowParts& parts) const {
    if (row.origin != TableOrigin::kOcr || parts.labels.size() < 2 ||
        !IsSubtotalWord(parts.labels.back())) {
      return nullptr;
    }
    for (size_t idx = 1; idx < row.cells.size(); ++idx) {
      const GridCell& cell = row.cells[idx];
      if (cell.continued || !IsSubtotalWord(matcher_.Read(cell.cell->text))) continue;
      const GridCell& group = row.cells[idx - 1];
      if (group.continued || group.cell->rowspan < 2 || IsBlankText(group.cell->text)) {
        return nullptr;
      }
      return group.cell;
    }
    return nullptr;
  }

  bool OpensGroupWithSubtotal(const GridRow& row, const RowParts& parts) const {
    return GroupCellOpenedBy(row, parts) != nullptr;
  }

  // A pending OCR'd 小计 under a group label OCR could not read, whose merged cell runs down
  // over `next_row`, named as `entry`: the subtotal of the one group that row opens.
  bool NameOpeningSubtotal(KindState& kind, int entry, const GridRow& next_row) {
    if (kind.pending.size() != 1 || entry >= static_cast<int>(kind.rows.size())) return false;
    const KindState::Pending& pending = kind.pending.front();
    if (!pending.row) return false;
    const Cell* group_cell = GroupCellOpenedBy(*pending.row, pending.parts);
    const bool under_same_cell =
        group_cell != nullptr && next_row.table == pending.row->table &&
        std::any_of(next_row.cells.begin(), next_row.cells.end(), [&](const GridCell& cell) {
          return cell.continued && cell.cell == group_cell;
        });
    if (!under_same_cell) return false;
    const std::vector<const LabelNode*> opened =
        OpenedGroups(kind, pending.before, &kind.rows[entry].path);
    if (opened.size() != 1 || kind.read.contains(opened.front())) return false;
    const LabelNode* group = opened.front();
    Warn("schema.fuzzy_label",
         "row label \"" + group_cell->text + "\" read as \"" + group->labels.front() +
             "\" by the rows it spans: the rows below, in the same merged cell, are that "
             "group's rows; its wording differs from the template's",
         *pending.row);
    const std::string key = group->full_key + "." + group->subtotal_key;
    const LabelNode* row_node = RowNodeFor(kind, key);
    if (row_node != nullptr) kind.read.insert(row_node);
    AssignValues(kind, *pending.row, pending.parts, key, row_node, pending.header, true);
    return true;
  }

  void WarnGroupOnly(const GridRow& row) {
    Warn("schema.unnamed_row", "the row's labels name a group, not a cell; its values are left out",
         row);
  }

  // A data row of `kind_idx` left out for want of a name: remembered with its place.
  void NoteUnnamed(int kind_idx, const RowParts& parts, const GridRow& row) {
    KindState& kind = kinds_[kind_idx];
    if (kind.spec->rows.children.empty()) return;
    std::string text;
    for (const DocLabel& label : parts.labels) text += (text.empty() ? "" : " ") + label.raw;
    if (!parts.unread_label.empty()) text += (text.empty() ? "" : " ") + parts.unread_label;
    std::replace(text.begin(), text.end(), '\n', ' ');
    KindState::Pending pending{kind.last_entry, text, std::nullopt, {}, {}};
    if (row.origin == TableOrigin::kOcr && !kind.header.empty()) {
      pending.row = row;
      pending.parts = parts;
      pending.header = kind.header;
    }
    kind.pending.push_back(std::move(pending));
  }

  // The unnamed rows before the row at `entry` (or at the table's end: rows.size()) get
  // their candidates: the rows between the one named before them and this one. `next_row`:
  // the grid row `entry` was named in, where there is one.
  void SettlePending(KindState& kind, int entry, const GridRow* next_row = nullptr) {
    if (kind.pending.empty()) return;
    if (next_row != nullptr && NameOpeningSubtotal(kind, entry, *next_row)) {
      kind.pending.clear();
      return;
    }
    // A 小计 heading its group was not said unnamed when seen (HandleDataRow): now it is.
    bool opening_subtotal = false;
    for (const KindState::Pending& pending : kind.pending) {
      if (pending.row && OpensGroupWithSubtotal(*pending.row, pending.parts)) {
        WarnGroupOnly(*pending.row);
        opening_subtotal = true;
      }
    }
    // Every pending row stands after the same named row (naming one settles them).
    const int before = kind.pending.front().before;
    std::vector<const LabelNode*> nodes;
    std::vector<std::string> keys;
    auto add = [&](const LabelNode* node, const std::string& key) {
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        nodes.push_back(node);
        keys.push_back(key);
      }
    };
    const std::vector<const LabelNode*>* next_path =
        entry < static_cast<int>(kind.rows.size()) ? &kind.rows[entry].path : nullptr;
    if (before >= 0) {
      // Subtotal rows closing the groups the row before stands in (not the next row's).
      for (const LabelNode* group : kind.rows[before].path) {
        const bool shared = next_path != nullptr && std::find(next_path->begin(), next_path->end(),
                                                              group) != next_path->end();
        if (!group->subtotal_key.empty() && !shared) {
          add(group, group->full_key + "." + group->subtotal_key);
        }
      }
    }
    // Subtotal rows heading the groups the next row opens, where a pending row is a 小计
    // under a label cell opening there (reports that print a group's 小计 first).
    if (opening_subtotal) {
      for (const LabelNode* group : OpenedGroups(kind, before, next_path)) {
        add(group, group->full_key + "." + group->subtotal_key);
      }
    }
    for (int idx = before + 1; idx < entry; ++idx) {
      const LabelNode* node = kind.rows[idx].node;
      if (node->IsLeaf() && node->self_key.empty()) add(node, node->full_key);
      if (!node->self_key.empty()) add(node, node->full_key + "." + node->self_key);
      // A subtotal row follows its group's rows: within reach when they all are.
      if (!node->subtotal_key.empty() && idx + Descendants(*node) < entry) {
        add(node, node->full_key + "." + node->subtotal_key);
      }
    }
    if (!NameByPlace(kind, nodes, keys)) {
      for (const KindState::Pending& pending : kind.pending) {
        if (keys.empty()) continue;
        result_.unnamed_rows.push_back({kind.spec->id, pending.text, nodes, keys});
      }
    }
    kind.pending.clear();
  }

  // OCR'd rows between two named rows, as many as the rows the template has there, each a
  // row of its own (no subtotal or group row) not yet read: those rows in the template's
  // order, when each label resembles its row, carries its number, or was read as nothing.
  // Their values are read, each row with a warning. Otherwise none is named.
  bool NameByPlace(KindState& kind, const std::vector<const LabelNode*>& nodes,
                   const std::vector<std::string>& keys) {
    if (nodes.empty() || nodes.size() != kind.pending.size()) return false;
    std::vector<const RowEntry*> entries;
    std::vector<DocLabel> labels;
    for (size_t idx = 0; idx < nodes.size(); ++idx) {
      const LabelNode* node = nodes[idx];
      const KindState::Pending& pending = kind.pending[idx];
      if (!pending.row || !node->IsLeaf() || !node->self_key.empty() ||
          node->full_key != keys[idx] || kind.read.contains(node)) {
        return false;
      }
      const RowEntry* entry = nullptr;
      for (const RowEntry& candidate : kind.rows) {
        if (candidate.node == node) entry = &candidate;
      }
      if (entry == nullptr) return false;
      DocLabel label;
      if (!pending.parts.unread_label.empty()) {
        label = matcher_.Read(pending.parts.unread_label);
      } else if (!pending.parts.labels.empty() && !NamesAnyRow(pending.parts.labels.back())) {
        label = pending.parts.labels.back();  // (a group's label alone: its own is blank)
      }
      const bool numbered = label.ordinal > 0 && label.ordinal == entry->position;
      if (!label.text.empty() && !numbered &&
          matcher_.Fuzzy(label, node->labels, kRowByPlaceSimilarity) < kRowByPlaceSimilarity) {
        return false;
      }
      entries.push_back(entry);
      labels.push_back(std::move(label));
    }
    for (size_t idx = 0; idx < nodes.size(); ++idx) {
      const LabelNode* node = nodes[idx];
      const KindState::Pending& pending = kind.pending[idx];
      const std::string key = kind.spec->id + "." + node->full_key;
      Warn("schema.fuzzy_label",
           "row label \"" + labels[idx].raw + "\" read as \"" + node->labels.front() + "\" (" +
               key +
               ") by its place: the rows named before and after it leave that row of the "
               "template there; its wording differs from the template's",
           *pending.row);
      kind.read.insert(node);
      AssignValues(kind, *pending.row, pending.parts, node->full_key, node, pending.header, true);
    }
    return true;
  }

  // A damaged label two rows could claim: say which, and leave the row out.
  bool WarnIfAmbiguous(const RowParts& parts, const GridRow& row) {
    if (current_ < 0) return false;
    for (const DocLabel& label : parts.labels) {
      RowMatch match = MatchRow(kinds_[current_], label);
      if (match.rivals.size() < 2) continue;
      std::string names;
      for (const RowEntry* rival : match.rivals) {
        names += (names.empty() ? "\"" : " or \"") + rival->node->labels.front() + "\"";
      }
      Warn("schema.ambiguous_label",
           "row label \"" + label.raw + "\" could be " + names +
               "; not guessed, its values are left out",
           row);
      return true;
    }
    return false;
  }

  // A header row that repeats a marker label of the header rows just before it (信息内容
  // again) starts a new header, not a further level of the same one: table 二's
  // 本年处理决定数量 header right after its 本年制发件数 header when a document prints
  // neither 规章 nor 行政规范性文件. Column labels may repeat between levels (结果维持).
  bool RepeatsHeader(const KindState& kind, const GridRow& row) const {
    auto markers = [&](const GridRow& header_row) {
      std::set<std::string> found;
      for (const GridCell& cell : header_row.cells) {
        if (cell.continued || IsBlankText(cell.cell->text)) continue;
        DocLabel label = matcher_.Read(cell.cell->text);
        if (matcher_.Contains(label, kind.spec->markers)) found.insert(label.text);
      }
      return found;
    };
    const std::set<std::string> repeated = markers(row);
    return std::any_of(kind.header.begin(), kind.header.end(), [&](const GridRow& header_row) {
      const std::set<std::string> earlier = markers(header_row);
      return std::any_of(repeated.begin(), repeated.end(),
                         [&](const std::string& text) { return earlier.contains(text); });
    });
  }

  void HandleHeaderRow(int kind_idx, const GridRow& row) {
    KindState& kind = kinds_[kind_idx];
    const bool continues = last_was_header_ && current_ == kind_idx && !RepeatsHeader(kind, row);
    if (!continues) kind.header.clear();
    kind.header.push_back(row);
    for (const GridCell& cell : row.cells) {
      if (cell.continued || IsBlankText(cell.cell->text)) continue;
      const LabelNode* node =
          matcher_.FindBelow(kind.spec->columns, matcher_.Read(cell.cell->text));
      if (node != nullptr) result_.named_columns.insert(node);
    }
    current_ = kind_idx;
    last_was_header_ = true;
  }

  // An OCR'd label that names no row, in a cell merged down from the row above, before a
  // 小计: it stands for what it stood for there, a group on the row above's path below the
  // `named_depth` levels this row's labels named before it. The one such group a 小计 can
  // close; nullptr when none or several.
  const RowEntry* GroupSpanningFromAbove(const KindState& kind,
                                         const std::vector<const LabelNode*>& above,
                                         size_t named_depth) const {
    if (CommonPrefix(kind.context, above) < named_depth) return nullptr;
    const LabelNode* group = nullptr;
    for (size_t depth = named_depth; depth < above.size(); ++depth) {
      if (above[depth]->IsLeaf() || above[depth]->subtotal_key.empty()) continue;
      if (group != nullptr) return nullptr;
      group = above[depth];
    }
    if (group == nullptr) return nullptr;
    for (const RowEntry& entry : kind.rows) {
      if (entry.node == group) return &entry;
    }
    return nullptr;
  }

  // The row's key segment from its labels, left to right; nullopt when it names no cell.
  std::optional<std::string> RowKey(KindState& kind, const GridRow& row, const RowParts& parts) {
    if (kind.spec->rows.children.empty()) return std::string();
    const LabelNode* node = nullptr;
    const LabelNode* subtotal_of = nullptr;
    const RowEntry* entry = nullptr;
    row_fuzzy_ = false;
    const std::vector<const LabelNode*> above = kind.context;
    const bool above_is_row_before =
        kind.context_table == row.table && kind.context_row == row.row - 1;
    size_t named_depth = 0;  // how deep this row's labels so far name its path
    for (size_t idx = 0; idx < parts.labels.size(); ++idx) {
      const DocLabel& label = parts.labels[idx];
      RowMatch match = MatchRow(kind, label);
      if (match.subtotal_of != nullptr) {
        subtotal_of = match.subtotal_of;
        node = nullptr;
        continue;
      }
      // A 小计 after a group label OCR could not read: the group is what that merged cell
      // stood for in the row above.
      const bool subtotal_next =
          idx + 1 < parts.labels.size() && IsSubtotalWord(parts.labels[idx + 1]);
      if (match.entry == nullptr && row.origin == TableOrigin::kOcr && subtotal_next &&
          parts.spans_from_above[idx] && above_is_row_before) {
        match.entry = GroupSpanningFromAbove(kind, above, named_depth);
        if (match.entry != nullptr) {
          Warn("schema.fuzzy_label",
               "row label \"" + label.raw + "\" read as \"" + match.entry->node->labels.front() +
                   "\" by the rows it spans: the row above, in the same merged cell, is one of "
                   "that group's rows; its wording differs from the template's",
               row);
        }
      }
      if (match.entry == nullptr) continue;
      named_depth = match.entry->path.size();
      kind.context_table = row.table;
      kind.context_row = row.row;
      if (match.fuzzy) {
        Warn("schema.fuzzy_label",
             "row label \"" + label.raw + "\" read as \"" + match.entry->node->labels.front() +
                 (match.in_place ? "\" by its place (its number and group, in the template's "
                                   "row order); its wording differs from the template's"
                                 : "\" (its wording differs from the template's)"),
             row);
      }
      kind.context = match.entry->path;
      node = match.entry->node;
      entry = match.entry;
      row_fuzzy_ = match.fuzzy;
      subtotal_of = nullptr;
    }
    if (subtotal_of != nullptr) return subtotal_of->full_key + "." + subtotal_of->subtotal_key;
    if (node == nullptr) return std::nullopt;
    if (!node->IsLeaf() && !parts.unread_label.empty()) {
      // A group's label, then a label that could not be read: one of the group's rows, not
      // the group's own row.
      Warn("schema.unnamed_row",
           "the row's label \"" + parts.unread_label + "\" under \"" + node->labels.front() +
               "\" could not be read; its values are left out rather than given to the group",
           row);
      return std::nullopt;
    }
    const int entry_idx = static_cast<int>(entry - kind.rows.data());
    SettlePending(kind, entry_idx, &row);
    kind.last_entry = entry_idx;
    if (node->IsLeaf() && node->self_key.empty()) return node->full_key;
    if (!node->self_key.empty()) return node->full_key + "." + node->self_key;
    return std::nullopt;
  }

  void HandleDataRow(int kind_idx, const GridRow& row, const RowParts& parts) {
    KindState& kind = kinds_[kind_idx];
    current_ = kind_idx;
    last_was_header_ = false;
    std::optional<std::string> row_key = RowKey(kind, row, parts);
    if (!row_key) {
      if (HasValueText(row, parts)) {
        // (A 小计 heading a group is said when the rows after it leave it unnamed.)
        if (parts.unread_label.empty() && !OpensGroupWithSubtotal(row, parts)) {
          WarnGroupOnly(row);
        }
        NoteUnnamed(kind_idx, parts, row);
      }
      return;
    }
    if (kind.header.empty()) {
      Warn("schema.no_header",
           "a row of " + kind.spec->id + " comes before any column header; its values are left out",
           row);
      return;
    }
    const LabelNode* row_node = RowNodeFor(kind, *row_key);
    if (row_node != nullptr) kind.read.insert(row_node);
    AssignValues(kind, row, parts, *row_key, row_node, kind.header, row_fuzzy_);
  }

  // The row's value cells under their columns, each keyed <table>.<row_key>.<column>.
  void AssignValues(const KindState& kind, const GridRow& row, const RowParts& parts,
                    const std::string& row_key_text, const LabelNode* row_node,
                    const std::vector<GridRow>& header, bool fuzzy) {
    const std::string* row_key = &row_key_text;
    ColumnAssignment columns = ResolveColumns(*kind.spec, matcher_, header, row, parts.value_cells);
    for (const std::string& note : columns.notes) Warn("schema.fuzzy_label", note, row);
    for (size_t idx = 0; idx < parts.value_cells.size(); ++idx) {
      const GridCell& cell = row.cells[parts.value_cells[idx]];
      const LabelNode* leaf = columns.leaves[idx];
      if (leaf == nullptr) {
        if (!IsBlankText(cell.cell->text)) {
          Warn("schema.unnamed_cell",
               "the cell \"" + cell.cell->text + "\" is under no column label of " + kind.spec->id +
                   "; left out",
               row, cell.col);
        }
        continue;
      }
      if (row_node != nullptr && !row_node->columns.empty() &&
          std::find(row_node->columns.begin(), row_node->columns.end(), leaf->key) ==
              row_node->columns.end()) {
        if (!IsBlankText(cell.cell->text)) {
          Warn("schema.unnamed_cell",
               "the row \"" + row_node->labels.front() + "\" has no column \"" +
                   leaf->labels.front() + "\"; the cell is left out",
               row, cell.col);
        }
        continue;
      }
      std::string key = kind.spec->id;
      if (!row_key->empty()) key += "." + *row_key;
      key += "." + leaf->full_key;
      const std::string placed =
          columns.placed.contains(leaf) ? kind.spec->id + "." + leaf->full_key : std::string();
      AddValue(key, cell, row, fuzzy, placed);
    }
    result_.tables_found.insert(kind.spec->id);
  }

  const LabelNode* RowNodeFor(const KindState& kind, const std::string& row_key) const {
    for (const RowEntry& entry : kind.rows) {
      if (entry.node->full_key == row_key) return entry.node;
    }
    return nullptr;
  }

  bool HasValueText(const GridRow& row, const RowParts& parts) const {
    return std::any_of(parts.value_cells.begin(), parts.value_cells.end(),
                       [&](size_t idx) { return !IsBlankText(row.cells[idx].cell->text); });
  }

  // A key given twice keeps its first cell; unless a damaged label (a fuzzy match) gave
  // either: then which row is the key's is not known, and neither is kept.
  void AddValue(const std::string& key, const GridCell& cell, const GridRow& row, bool fuzzy,
                const std::string& placed_column) {
    if (refused_.contains(key)) return;
    if (!keys_.insert(key).second) {
      if (fuzzy || fuzzy_keys_.contains(key)) {
        std::erase_if(result_.values, [&](const MappedValue& value) { return value.key == key; });
        refused_.insert(key);
        Warn("schema.ambiguous_label",
             "two rows give " + key + ", one by a damaged label; not guessed, both are left out",
             row, cell.col);
        return;
      }
      Warn("schema.duplicate_cell", "a second cell for " + key + " is left out", row, cell.col);
      return;
    }
    if (fuzzy) fuzzy_keys_.insert(key);
    MappedValue mapped;
    mapped.key = key;
    mapped.placed_column = placed_column;
    mapped.where = {cell.cell->page,
                    row.table,
                    row.row,
                    cell.col,
                    cell.cell->text,
                    cell.cell->bbox,
                    TableOriginName(row.origin),
                    cell.cell->confidence};
    const std::optional<double>& confidence = cell.cell->confidence;
    if (confidence && *confidence < kMinReadingConfidence) {
      Warn("schema.low_confidence",
           key + ": the scan reads \"" + cell.cell->text + "\" with confidence " +
               fmt::format("{:.2f}", *confidence) + " (below " +
               fmt::format("{:.2f}", kMinReadingConfidence) + "); left out rather than guessed",
           row, cell.col);
      AddReadings(mapped, *cell.cell, std::nullopt);
      result_.values.push_back(std::move(mapped));
      return;
    }
    normalize::CellValue value = ParseWrapped(cell.cell->text);
    if (value.HasValue()) {
      mapped.value = value.number;
      AddReadings(mapped, *cell.cell, mapped.value);
    } else {
      AddReadings(mapped, *cell.cell, std::nullopt);
      Warn("schema.not_a_number",
           key + ": \"" + cell.cell->text + "\" is not a number (" + value.reason + ")", row,
           cell.col);
    }
    result_.values.push_back(std::move(mapped));
  }

  // The numbers an OCR cell's readings give other than `value` (its own text first when that
  // is not the value taken): what the arithmetic may weigh. Blank readings are no evidence.
  void AddReadings(MappedValue& mapped, const Cell& cell, std::optional<double> value) const {
    std::vector<std::string> texts;
    if (!value) texts.push_back(cell.text);
    texts.insert(texts.end(), cell.alternatives.begin(), cell.alternatives.end());
    for (const std::string& text : texts) {
      if (IsBlankText(text)) continue;
      const normalize::CellValue reading = ParseWrapped(text);
      if (!reading.HasValue() || (value && reading.number == *value)) continue;
      if (std::find(mapped.readings.begin(), mapped.readings.end(), reading.number) !=
          mapped.readings.end()) {
        continue;
      }
      mapped.readings.push_back(reading.number);
      mapped.reading_texts.push_back(text);
    }
  }

  // A cell's value; a number wrapped over lines in a narrow cell (４０\n９２) is read whole
  // when every line holds digits only.
  normalize::CellValue ParseWrapped(const std::string& text) const {
    const normalize::Normalizer& normalizer = matcher_.normalizer();
    normalize::CellValue value = normalizer.ParseCell(text);
    if (value.HasValue() || text.find('\n') == std::string::npos) return value;
    std::string joined;
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = std::min(text.find('\n', start), text.size());
      std::string line = text.substr(start, end - start);
      normalize::CellValue part = normalizer.ParseCell(line);
      const bool digits_only = part.kind == normalize::ValueKind::kNumber && part.note.empty() &&
                               line.find_first_of(".,+-") == std::string::npos;
      if (!digits_only) return value;
      joined += line;
      start = end + 1;
    }
    normalize::CellValue whole = normalizer.ParseCell(joined);
    return whole.kind == normalize::ValueKind::kNumber ? whole : value;
  }

  void Warn(const std::string& code, const std::string& message, const GridRow& row,
            std::optional<int> col = std::nullopt) {
    Warn(code, message, row.table, row.row, col);
  }

  void Warn(const std::string& code, const std::string& message, int table, std::optional<int> row,
            std::optional<int> col) {
    // A damaged label is said once, not again for every row or cell it names.
    if (code == "schema.fuzzy_label" && !fuzzy_said_.emplace(table, message).second) return;
    Location location;
    location.table = table;
    location.row = row;
    location.col = col;
    result_.warnings.push_back({Severity::kWarning, code, message, location});
  }

  const LabelMatcher& matcher_;
  std::vector<KindState> kinds_;
  int current_ = -1;
  bool last_was_header_ = false;
  std::set<std::string> keys_;
  std::set<std::string> fuzzy_keys_;  // keys given by a row a damaged label named
  std::set<std::string> refused_;     // keys two rows gave, one of them by a damaged label
  bool row_fuzzy_ = false;            // the last RowKey named its row by a damaged label
  std::set<std::pair<int, std::string>> fuzzy_said_;  // fuzzy_label warnings given, by table
  TableMapping result_;
};

}  // namespace

GridRow ReadGridRow(const ExpandedGrid& grid, int row, int table_index) {
  GridRow out;
  out.table = table_index;
  out.row = row;
  out.grid_cols = grid.cols;
  const Cell* last = nullptr;
  for (int col_idx = 0; col_idx < grid.cols; ++col_idx) {
    const Cell* cell = grid.At(row, col_idx);
    if (cell == nullptr || cell == last) continue;
    last = cell;
    out.cells.push_back({cell, cell->col, cell->EndCol(), cell->row != row});
  }
  return out;
}

TableMapping MapTables(const Document& document, const TemplateSpec& spec,
                       const LabelMatcher& matcher) {
  TableWalker walker(spec, matcher);
  int table_index = 0;
  for (const Block& block : document.blocks) {
    if (const Table* table = std::get_if<Table>(&block)) walker.Walk(*table, table_index++);
  }
  return walker.Take();
}

}  // namespace nianbao::schema
