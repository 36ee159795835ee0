// Internal: which column of the template each value cell of a data row belongs to.
//
// Two ways, tried in order:
//  1. By ranges: the header cells covering the value cell's first grid column, top to
//     bottom, read as a path in the column tree (申请人情况 › 法人或其他组织 › 商业企业).
//     Used when every value cell gets its own leaf this way.
//  2. By the header's label order: the header rows read top to bottom, each row's labels
//     placed under the groups of the row above, left to right (行政诉讼 › 未经复议直接起诉 ›
//     结果维持 …). Used when the leaves are as many as the value cells. This serves
//     sources that lose the header's spans (text dumps) and headers whose spans disagree
//     with the data rows.
// A value cell that neither way can name stays unassigned: never guessed.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "grid_row.hpp"
#include "label_matcher.hpp"
#include "template_model.hpp"

namespace nianbao::schema {

struct ColumnAssignment {
  std::vector<const LabelNode*> leaves;  // one per value cell; nullptr: unnamed
  std::vector<std::string> notes;        // fuzzy label matches, for warnings
  std::set<const LabelNode*> placed;     // leaves a label's place named, not its words
};

ColumnAssignment ResolveColumns(const TableSpec& table, const LabelMatcher& matcher,
                                const std::vector<GridRow>& header, const GridRow& data_row,
                                const std::vector<size_t>& value_cells);

}  // namespace nianbao::schema
