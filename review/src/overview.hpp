// Internal: index.html, the overview of every document in the report.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace nianbao::review {

// What the overview keeps of one document (a few hundred bytes).
struct OverviewLine {
  std::string href;  // its page, relative to index.html
  std::string status;
  std::string format;
  std::optional<int> year;
  std::string template_id;
  std::string name;  // title, else the file's path
  std::vector<std::string> failed_rules;
  std::vector<std::pair<std::string, int>> missing;  // reason, keys
  std::vector<std::string> missing_messages;
  int values = 0;
  int warnings = 0;
};

std::string OverviewHtml(const std::vector<OverviewLine>& lines);

}  // namespace nianbao::review
