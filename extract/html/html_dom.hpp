// Internal to the html reader: libxml2's HTML parser behind RAII, and small questions about
// elements (their name, attributes, whether they are blocks or never content).
#pragma once

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/extract.hpp"

namespace nianbao::html {

struct XmlDocFreer {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using HtmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFreer>;

// libxml2's own limit on element nesting without XML_PARSE_HUGE.
constexpr int kParserDepthLimit = 256;

struct ParsedPage {
  HtmlDocPtr doc;
  bool cut_by_depth = false;  // the parser stopped at its nesting limit; the rest is missing
};

// Parses UTF-8 HTML leniently and without network access; any <meta charset> in the text is
// ignored (the bytes were converted to UTF-8 before). Nesting deeper than `max_depth` (or
// libxml2's 256 when max_depth is not above it) ends the parse. Throws
// nianbao::Error(kDamaged) if libxml2 gives no document at all.
ParsedPage ParseHtml(std::string_view utf8, const std::string& path, int max_depth);

// The <body> element (or the root element if the parser made none), or null.
xmlNode* FindBody(xmlDoc* doc);

bool IsElement(const xmlNode* node);
bool IsText(const xmlNode* node);

// The element's tag name, lowercase, as libxml2 reports it ("p", "td", "o:p").
std::string_view ElementName(const xmlNode* node);
bool IsNamed(const xmlNode* node, std::string_view name);

// The node after `current` in document order below `root`, stepping into elements' children;
// null after the last. Walks a subtree without recursion (pages nest 100,000 deep).
const xmlNode* NextUnder(const xmlNode* current, const xmlNode* root);

// The attribute's value, or "" when absent.
std::string Attribute(const xmlNode* node, const char* name);
bool HasAttribute(const xmlNode* node, const char* name);

// Elements whose content is never part of a report: scripts, styles, forms' controls,
// navigation, page headers and footers, embedded media.
bool IsNeverContent(std::string_view name);

// Elements that start a new line of text (paragraph or cell line).
bool IsBlockElement(std::string_view name);

// A link: <a href="...">; <a name="..."> (Word bookmarks) is not one.
bool IsLink(const xmlNode* node);

// The page's links (<a href> anywhere in it) in document order, at most `max_links`.
std::vector<Link> PageLinks(xmlDoc* doc, size_t max_links);

}  // namespace nianbao::html
