#include "article.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "content_walker.hpp"
#include "html_dom.hpp"
#include "table_reader.hpp"

namespace nianbao::html {
namespace {

// Class or id words that mark page furniture.
constexpr std::array<std::string_view, 24> kFurnitureWords = {
    "nav",   "menu",     "footer",   "header",  "sidebar",    "share",   "related",   "breadcrumb",
    "crumb", "position", "location", "toolbar", "tools",      "comment", "copyright", "print",
    "login", "search",   "banner",   "advert",  "friendlink", "topbar",  "top-bar",   "pager",
};

std::string Lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char ch) {
    return static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
  });
  return text;
}

bool HasFurnitureName(const xmlNode* element) {
  const std::string names = Lowercase(Attribute(element, "class") + " " + Attribute(element, "id"));
  return std::any_of(
      kFurnitureWords.begin(), kFurnitureWords.end(),
      [&names](std::string_view word) { return names.find(word) != std::string::npos; });
}

// Characters that are not white space.
double CountVisible(std::string_view utf8) {
  double count = 0;
  size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t code_point = NextCodePoint(utf8, pos);
    bool space = code_point == ' ' || code_point == '\t' || code_point == '\n' ||
                 code_point == '\r' || code_point == 0xA0 || code_point == 0x3000;
    if (!space) count += 1;
  }
  return count;
}

// Class or id words of the page's own banner, where a site's logo is often an <h1>.
constexpr std::array<std::string_view, 10> kBannerWords = {
    "nav", "menu", "logo", "topbar", "top-bar", "banner", "footer", "crumb", "sidebar", "related",
};

bool HasBannerName(const xmlNode* element) {
  const std::string names = Lowercase(Attribute(element, "class") + " " + Attribute(element, "id"));
  return std::any_of(kBannerWords.begin(), kBannerWords.end(), [&names](std::string_view word) {
    return names.find(word) != std::string::npos;
  });
}

// A <header> inside an <article>, <main> or <section> holds the article's own heading; a
// page-level <header> holds the site's banner.
bool IsArticleHeader(const xmlNode* header) {
  for (const xmlNode* up = header->parent; up != nullptr && IsElement(up); up = up->parent) {
    if (IsNamed(up, "article") || IsNamed(up, "main") || IsNamed(up, "section")) return true;
  }
  return false;
}

bool MayHoldHeadline(const xmlNode* element) {
  if (HasBannerName(element)) return false;
  if (IsNamed(element, "header")) return IsArticleHeader(element);
  return !IsNeverContent(ElementName(element));
}

// True if every visible text under `element` sits inside a link (a logo linking home).
bool IsLinkOnly(const xmlNode* element) {
  bool any_text = false;
  for (const xmlNode* current = element->children; current != nullptr;
       current = NextUnder(current, element)) {
    if (!IsText(current) || current->content == nullptr ||
        CountVisible(reinterpret_cast<const char*>(current->content)) == 0) {
      continue;
    }
    any_text = true;
    bool in_link = false;
    for (const xmlNode* up = current->parent; up != element && !in_link; up = up->parent) {
      in_link = IsLink(up);
    }
    if (!in_link) return false;
  }
  return any_text;
}

// The <h1> elements outside navigation and site banners, in document order (at most
// `limit`).
std::vector<const xmlNode*> FindHeadings(const xmlNode* root, int max_depth, size_t limit) {
  std::vector<const xmlNode*> headings;
  const xmlNode* current = root->children;
  int depth = 1;
  while (current != nullptr && headings.size() < limit) {
    bool enter = false;
    if (IsNamed(current, "h1")) {
      headings.push_back(current);
    } else if (IsElement(current)) {
      enter = MayHoldHeadline(current) && current->children != nullptr && depth < max_depth;
    }
    if (enter) {
      current = current->children;
      ++depth;
      continue;
    }
    while (current != root && current->next == nullptr) {
      current = current->parent;
      --depth;
    }
    if (current == root) break;
    current = current->next;
  }
  return headings;
}

const xmlNode* FindChild(const xmlNode* node, std::string_view name) {
  if (node == nullptr) return nullptr;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (IsNamed(child, name)) return child;
  }
  return nullptr;
}

// "Report title_Site name" -> "Report title".
std::string TitleBeforeSiteName(const std::string& title) {
  static constexpr std::array<std::string_view, 6> kSeparators = {
      "_", "|", " - ", "\xEF\xBC\x8D" /* － */, "\xE2\x80\x94" /* — */, "\xEF\xBD\x9C" /* ｜ */};
  size_t cut = title.size();
  for (std::string_view separator : kSeparators) {
    size_t at = title.find(separator);
    if (at != std::string::npos && at > 0) cut = std::min(cut, at);
  }
  return title.substr(0, cut);
}

bool IsTextBlock(const xmlNode* element) {
  for (const char* name : {"h1", "h2", "h3", "h4", "h5", "h6", "p"}) {
    if (IsNamed(element, name)) return true;
  }
  return false;
}

}  // namespace

ArticleFinder::ArticleFinder(xmlNode* body, int max_depth) {
  stats_.reserve(1024);
  Measure(body, 0, std::min(max_depth, kDeepestSupportedNesting));
  article_ = Descend(body);
}

ArticleFinder::NodeStats ArticleFinder::Measure(xmlNode* node, int depth, int max_depth) {
  NodeStats stats;
  const bool link = IsLink(node);
  if (depth >= max_depth && node->children != nullptr) depth_exceeded_ = true;
  if (depth < max_depth) {
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (IsText(child) && child->content != nullptr) {
        double count = CountVisible(reinterpret_cast<const char*>(child->content));
        (link ? stats.link_text : stats.text) += count;
      } else if (IsElement(child) && !IsNeverContent(ElementName(child))) {
        NodeStats inner = Measure(child, depth + 1, max_depth);
        stats.text += inner.text;
        stats.link_text += inner.link_text;
        stats.links += inner.links;
        stats.has_data_table = stats.has_data_table || inner.has_data_table;
      }
    }
  }
  if (link) {
    stats.link_text += stats.text;
    stats.text = 0;
    stats.links += 1;
  }
  if (IsNamed(node, "table") && !IsLayoutTable(node)) {
    stats.text *= kTableTextWeight;
    stats.has_data_table = true;
  }
  stats_.push_back(stats);
  node->_private = reinterpret_cast<void*>(stats_.size());  // index + 1; 0 means unmeasured
  return stats;
}

ArticleFinder::NodeStats ArticleFinder::StatsOf(const xmlNode* element) const {
  auto index = reinterpret_cast<size_t>(element->_private);
  if (index == 0 || index > stats_.size()) return {};
  return stats_[index - 1];
}

xmlNode* ArticleFinder::Descend(xmlNode* body) const {
  xmlNode* node = body;
  while (true) {
    const double weight = StatsOf(node).text;
    xmlNode* heaviest = nullptr;
    double heaviest_weight = 0;
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (!IsElement(child) || IsNeverContent(ElementName(child))) continue;
      double child_weight = StatsOf(child).text;
      if (child_weight > heaviest_weight) {
        heaviest = child;
        heaviest_weight = child_weight;
      }
    }
    if (heaviest == nullptr || weight <= 0 || heaviest_weight < kDescendShare * weight) break;
    if (IsNamed(heaviest, "table") && !IsLayoutTable(heaviest)) break;
    // A heading or paragraph is never the article when a data table stands beside it: a
    // long title over a short report would otherwise take the article, tables left out.
    if (IsTextBlock(heaviest) && StatsOf(node).has_data_table &&
        !StatsOf(heaviest).has_data_table) {
      break;
    }
    node = heaviest;
  }
  return node;
}

bool ArticleFinder::IsClutter(const xmlNode* element) const {
  NodeStats stats = StatsOf(element);
  if (stats.has_data_table) return false;
  const double total = stats.text + stats.link_text;
  if (stats.links >= 2 && stats.link_text > kMaxLinkDensity * total) return true;
  return stats.text < kShortFurnitureText && HasFurnitureName(element);
}

std::vector<std::string> FindHeadline(xmlDoc* doc, int max_depth) {
  WalkLimits limits{std::min(max_depth, kDeepestSupportedNesting)};
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return {};
  constexpr size_t kHeadingsTried = 8;
  for (const xmlNode* heading : FindHeadings(root, limits.max_depth, kHeadingsTried)) {
    if (IsLinkOnly(heading)) continue;
    std::vector<std::string> lines = TextLines(heading, limits);
    if (!lines.empty()) return lines;
  }
  const xmlNode* title = FindChild(FindChild(root, "head"), "title");
  if (title == nullptr) return {};
  std::vector<std::string> lines = TextLines(title, limits);
  if (lines.empty()) return {};
  std::string headline = TitleBeforeSiteName(JoinLines(lines));
  if (headline.empty()) return {};
  return {headline};
}

}  // namespace nianbao::html
