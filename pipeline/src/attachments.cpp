// The links of an HTML page that name its report as an attachment.
#include <libxml/HTMLparser.h>
#include <libxml/uri.h>
#include <libxml/xmlmemory.h>
#include <libxml/xpath.h>
#include <boost/algorithm/string/case_conv.hpp>

#include <algorithm>
#include <memory>
#include <set>

#include "nianbao/pipeline.hpp"

namespace nianbao::pipeline {
namespace {

// A link names a report when its target is a document file and its text or file name says
// report or attachment.
constexpr const char* kDocumentExtensions[] = {".pdf", ".doc", ".docx", ".wps"};
constexpr const char* kReportWords[] = {"年度报告", "年报", "工作报告", "附件", "政府信息公开"};
constexpr std::size_t kMaxLinks = 1000;

struct Link {
  std::string href;
  std::string text;  // white space collapsed
};

std::string WithoutQuery(std::string_view href) {
  std::size_t end = href.find_first_of("?#");
  return std::string(href.substr(0, end));
}

bool NamesAReport(const Link& link) {
  std::string target = boost::algorithm::to_lower_copy(WithoutQuery(link.href));
  bool document = std::any_of(
      std::begin(kDocumentExtensions), std::end(kDocumentExtensions), [&](const char* extension) {
        std::string_view ext(extension);
        return target.size() > ext.size() &&
               target.compare(target.size() - ext.size(), ext.size(), ext) == 0;
      });
  if (!document) return false;
  std::string words = link.text + " " + Unescaped(link.href);
  return std::any_of(std::begin(kReportWords), std::end(kReportWords),
                     [&](const char* word) { return words.find(word) != std::string::npos; });
}

struct XmlFreer {
  void operator()(xmlChar* text) const { xmlFree(text); }
};
struct CharFreer {
  void operator()(char* text) const { xmlFree(text); }
};
struct DocFreer {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct XPathContextFreer {
  void operator()(xmlXPathContext* context) const { xmlXPathFreeContext(context); }
};
struct XPathObjectFreer {
  void operator()(xmlXPathObject* object) const { xmlXPathFreeObject(object); }
};

std::string CollapsedText(xmlNode* node) {
  std::unique_ptr<xmlChar, XmlFreer> content(xmlNodeGetContent(node));
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

std::string AttributeOf(xmlNode* node, const char* name) {
  std::unique_ptr<xmlChar, XmlFreer> value(
      xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
  return value ? std::string(reinterpret_cast<const char*>(value.get())) : std::string();
}

std::vector<Link> HtmlLinks(std::string_view bytes) {
  std::vector<Link> links;
  std::unique_ptr<xmlDoc, DocFreer> doc(htmlReadMemory(
      bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  if (!doc) return links;
  std::unique_ptr<xmlXPathContext, XPathContextFreer> context(xmlXPathNewContext(doc.get()));
  if (!context) return links;
  std::unique_ptr<xmlXPathObject, XPathObjectFreer> found(
      xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>("//a[@href]"), context.get()));
  if (!found || found->nodesetval == nullptr) return links;
  for (int index = 0; index < found->nodesetval->nodeNr && links.size() < kMaxLinks; ++index) {
    xmlNode* node = found->nodesetval->nodeTab[index];
    links.push_back(Link{AttributeOf(node, "href"), CollapsedText(node)});
  }
  return links;
}

}  // namespace

std::string Unescaped(std::string_view text) {
  std::string input(text);
  std::unique_ptr<char, CharFreer> out(xmlURIUnescapeString(input.c_str(), 0, nullptr));
  return out ? std::string(out.get()) : input;
}

std::vector<output::Attachment> ReportAttachments(std::string_view html_bytes) {
  std::vector<output::Attachment> attachments;
  std::set<std::string> seen;
  for (const Link& link : HtmlLinks(html_bytes)) {
    if (!NamesAReport(link) || !seen.insert(link.href).second) continue;
    attachments.push_back(output::Attachment{link.href, link.text, output::Json::object()});
  }
  return attachments;
}

}  // namespace nianbao::pipeline
