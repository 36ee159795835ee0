// Internal to the html reader: the article, not the page.
//
// In:  the parsed page's <body>.
// Out: the element that holds the report's text and tables, a rule for the page furniture
//      to leave out inside it, and the page's headline (its <h1>, else its <title>).
//
// Every element gets a weight: the characters of its text outside links, with the text of
// data tables counted at kTableTextWeight (tables are dense with labels), nothing from
// scripts, styles, navigation, headers and footers. From <body> down, the finder steps into
// the heaviest child while that child holds at least kDescendShare of its parent's weight;
// where the weight divides among several children, that element is the article. This needs
// no site's class names (TRS_Editor, zoom, article...): navigation is mostly links, sidebars
// and footers are small, and the report body is where the text is.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

namespace nianbao::html {

constexpr double kTableTextWeight = 0.3;
constexpr double kDescendShare = 0.75;
// Inside the article: a block with at least two links that are more than this share of its
// text is a link list (related articles, share buttons).
constexpr double kMaxLinkDensity = 0.5;
// Inside the article: a block whose class/id says navigation, footer, share, related... is
// left out if it has less text than this and no table.
constexpr double kShortFurnitureText = 200;

class ArticleFinder {
 public:
  // Measures every element under `body` down to `max_depth` levels.
  ArticleFinder(xmlNode* body, int max_depth);

  xmlNode* Article() const { return article_; }

  // True if the page nests deeper than max_depth (that content was not measured).
  bool DepthExceeded() const { return depth_exceeded_; }

  // True for link lists and page furniture inside the article (never for a block that holds
  // a data table).
  bool IsClutter(const xmlNode* element) const;

 private:
  struct NodeStats {
    double text = 0;       // weighted characters outside links
    double link_text = 0;  // characters inside links
    int links = 0;
    bool has_data_table = false;
  };

  NodeStats Measure(xmlNode* node, int depth, int max_depth);
  NodeStats StatsOf(const xmlNode* element) const;
  xmlNode* Descend(xmlNode* body) const;

  std::vector<NodeStats> stats_;  // indexed through xmlNode::_private
  xmlNode* article_ = nullptr;
  bool depth_exceeded_ = false;
};

// The page's headline as lines: the first <h1> with text of its own (not just a link home)
// outside navigation and the site's banner (a page-level <header>, class/id "logo", "nav"...),
// else the <title> up to the site name ("报告_XX市人民政府门户网站" gives "报告"). Empty if
// neither. An <h1> in the <header> of an <article>/<main>/<section> counts.
std::vector<std::string> FindHeadline(xmlDoc* doc, int max_depth);

}  // namespace nianbao::html
