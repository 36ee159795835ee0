#include "content_walker.hpp"

#include <algorithm>

#include "html_dom.hpp"

namespace nianbao::html {
namespace {

// Word's downlevel-revealed conditional markers ("<![if !supportLists]>") that the HTML
// parser may keep as text.
bool IsConditionalMarker(std::string_view text) {
  return text.rfind("<![if", 0) == 0 || text.rfind("<![endif]", 0) == 0 ||
         text.rfind("[if ", 0) == 0 || text.rfind("[endif]", 0) == 0;
}

}  // namespace

ContentWalker::ContentWalker(LineCollector& lines, WalkLimits& limits, TableHandler on_table,
                             SkipRule skip)
    : lines_(lines), limits_(limits), on_table_(std::move(on_table)), skip_(std::move(skip)) {}

void ContentWalker::WalkChildren(const xmlNode* node, int depth) {
  if (depth >= std::min(limits_.max_depth, kDeepestSupportedNesting)) {
    if (node->children != nullptr) limits_.depth_exceeded = true;
    return;
  }
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (IsText(child)) {
      if (child->content == nullptr) continue;
      std::string_view text(reinterpret_cast<const char*>(child->content));
      if (IsConditionalMarker(text)) continue;
      if (preformatted_depth_ > 0) {
        lines_.AddPreformatted(text);
      } else {
        lines_.AddText(text);
      }
    } else if (IsElement(child)) {
      WalkElement(child, depth + 1);
    }
  }
}

void ContentWalker::WalkElement(xmlNode* element, int depth) {
  std::string_view name = ElementName(element);
  if (IsNeverContent(name) || (skip_ && skip_(element))) return;
  if (name == "br") {
    lines_.LineBreak();
    return;
  }
  if (name == "table") {
    lines_.LineBreak();
    on_table_(element, depth);
    return;
  }
  const bool block = IsBlockElement(name);
  const bool preformatted = name == "pre" || name == "textarea";
  if (block) lines_.LineBreak();
  if (preformatted) ++preformatted_depth_;
  WalkChildren(element, depth);
  if (preformatted) --preformatted_depth_;
  if (block) lines_.LineBreak();
}

std::vector<std::string> TextLines(const xmlNode* element, WalkLimits& limits) {
  LineCollector lines;
  ContentWalker* self = nullptr;
  ContentWalker walker(
      lines, limits, [&self](xmlNode* table, int depth) { self->WalkChildren(table, depth); },
      nullptr);
  self = &walker;
  walker.WalkChildren(element, 0);
  return lines.TakeLines();
}

}  // namespace nianbao::html
