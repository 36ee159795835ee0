#include "html_dom.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <memory>

#include "nianbao/error.hpp"

namespace nianbao::html {
namespace {

constexpr std::array<std::string_view, 24> kNeverContent = {
    "script", "style", "noscript", "template", "iframe", "object",   "embed",  "svg",
    "canvas", "head",  "title",    "meta",     "link",   "nav",      "footer", "aside",
    "header", "input", "button",   "select",   "option", "textarea", "audio",  "video",
};

constexpr std::array<std::string_view, 38> kBlockElements = {
    "p",       "div",      "h1",      "h2",      "h3",      "h4",     "h5",         "h6",
    "li",      "ul",       "ol",      "dl",      "dt",      "dd",     "blockquote", "pre",
    "section", "article",  "main",    "center",  "address", "figure", "figcaption", "table",
    "thead",   "tbody",    "tfoot",   "tr",      "td",      "th",     "caption",    "hr",
    "form",    "fieldset", "details", "summary", "body",    "html",
};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

struct XmlTextFreer {
  void operator()(xmlChar* text) const { xmlFree(text); }
};

// The node's text with white space runs (space, tab, line breaks) collapsed to one space and
// none at either end.
std::string CollapsedText(const xmlNode* node) {
  std::unique_ptr<xmlChar, XmlTextFreer> content(xmlNodeGetContent(node));
  std::string text;
  if (!content) return text;
  bool space = false;
  for (const xmlChar* at = content.get(); *at != 0; ++at) {
    if (*at == ' ' || *at == '\t' || *at == '\n' || *at == '\r') {
      space = !text.empty();
      continue;
    }
    if (space) text.push_back(' ');
    space = false;
    text.push_back(static_cast<char>(*at));
  }
  return text;
}

struct ParserContextFreer {
  void operator()(htmlParserCtxt* context) const { htmlFreeParserCtxt(context); }
};

}  // namespace

ParsedPage ParseHtml(std::string_view utf8, const std::string& path, int max_depth) {
  if (utf8.size() > static_cast<size_t>(INT_MAX)) {
    throw Error(ErrorKind::kLimit, path, "the page is too large for the HTML parser (over 2 GB)");
  }
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
  // Deeper documents than libxml2's default limit only when asked for; our own walks are
  // bounded separately.
  if (max_depth > kParserDepthLimit) options |= XML_PARSE_HUGE;
  std::unique_ptr<htmlParserCtxt, ParserContextFreer> context(htmlNewParserCtxt());
  if (!context) throw Error(ErrorKind::kInternal, path, "libxml2 could not make a parser");
  ParsedPage page;
  page.doc.reset(htmlCtxtReadMemory(context.get(), utf8.data(), static_cast<int>(utf8.size()),
                                    nullptr, "UTF-8", options));
  if (!page.doc) {
    throw Error(ErrorKind::kDamaged, path,
                "the HTML parser found no document in this file (is it empty or binary?)");
  }
  const xmlError* error = xmlCtxtGetLastError(context.get());
  page.cut_by_depth =
      error != nullptr && error->message != nullptr &&
      std::string_view(error->message).find("Excessive depth") != std::string_view::npos;
  return page;
}

xmlNode* FindBody(xmlDoc* doc) {
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return nullptr;
  for (xmlNode* child = root->children; child != nullptr; child = child->next) {
    if (IsNamed(child, "body")) return child;
  }
  return root;
}

bool IsElement(const xmlNode* node) {
  return node->type == XML_ELEMENT_NODE;
}

bool IsText(const xmlNode* node) {
  return node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE;
}

std::string_view ElementName(const xmlNode* node) {
  if (node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

bool IsNamed(const xmlNode* node, std::string_view name) {
  return IsElement(node) && ElementName(node) == name;
}

const xmlNode* NextUnder(const xmlNode* current, const xmlNode* root) {
  if (current->children != nullptr && IsElement(current)) return current->children;
  while (current != root && current->next == nullptr) current = current->parent;
  return current == root ? nullptr : current->next;
}

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool HasAttribute(const xmlNode* node, const char* name) {
  return xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

bool IsNeverContent(std::string_view name) {
  return Contains(kNeverContent, name);
}

bool IsBlockElement(std::string_view name) {
  return Contains(kBlockElements, name);
}

bool IsLink(const xmlNode* node) {
  return IsNamed(node, "a") && HasAttribute(node, "href");
}

std::vector<Link> PageLinks(xmlDoc* doc, size_t max_links) {
  std::vector<Link> links;
  for (const xmlNode* top = doc->children; top != nullptr; top = top->next) {
    for (const xmlNode* node = top; node != nullptr && links.size() < max_links;
         node = NextUnder(node, top)) {
      if (IsLink(node)) links.push_back(Link{Attribute(node, "href"), CollapsedText(node)});
    }
  }
  return links;
}

}  // namespace nianbao::html
