// Internal to the html reader: walks an element's content in document order, feeding text
// and line breaks to a LineCollector and handing each <table> to a callback.
#pragma once

#include <libxml/tree.h>

#include <functional>

#include "line_collector.hpp"

namespace nianbao::html {

// Nesting deeper than this is never walked, whatever ReadOptions asks (stack safety).
constexpr int kDeepestSupportedNesting = 2048;

struct WalkLimits {
  int max_depth = 256;
  bool depth_exceeded = false;  // set when content below max_depth was skipped
};

class ContentWalker {
 public:
  using TableHandler = std::function<void(xmlNode* table, int depth)>;
  using SkipRule = std::function<bool(const xmlNode* element)>;

  // `skip` decides which elements (with their content) to leave out; elements that are never
  // content (scripts, navigation...) are always left out. <br> and block elements break
  // lines; comments (including Word's conditional comments) are ignored.
  ContentWalker(LineCollector& lines, WalkLimits& limits, TableHandler on_table, SkipRule skip);

  // Walks the children of `node`, which sits at nesting `depth`.
  void WalkChildren(const xmlNode* node, int depth);

 private:
  void WalkElement(xmlNode* element, int depth);

  LineCollector& lines_;
  WalkLimits& limits_;
  TableHandler on_table_;
  SkipRule skip_;
  int preformatted_depth_ = 0;
};

// The element's text as lines (tables' text included, <br> and blocks breaking lines).
std::vector<std::string> TextLines(const xmlNode* element, WalkLimits& limits);

}  // namespace nianbao::html
