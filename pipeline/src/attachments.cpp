// The links of an HTML page that name its report as an attachment.
#include <libxml/uri.h>
#include <libxml/xmlmemory.h>
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

struct CharFreer {
  void operator()(char* text) const { xmlFree(text); }
};

}  // namespace

std::string Unescaped(std::string_view text) {
  std::string input(text);
  std::unique_ptr<char, CharFreer> out(xmlURIUnescapeString(input.c_str(), 0, nullptr));
  return out ? std::string(out.get()) : input;
}

std::vector<output::Attachment> ReportAttachments(const std::vector<Link>& links) {
  std::vector<output::Attachment> attachments;
  std::set<std::string> seen;
  for (const Link& link : links) {
    if (!NamesAReport(link) || !seen.insert(link.href).second) continue;
    attachments.push_back(output::Attachment{link.href, link.text, output::Json::object()});
  }
  return attachments;
}

}  // namespace nianbao::pipeline
