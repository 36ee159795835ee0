#include "docx_xml.hpp"

#include <charconv>
#include <cstring>
#include <limits>

#include <libxml/parser.h>

#include "nianbao/error.hpp"

namespace nianbao::docx_internal {
namespace {

constexpr std::string_view kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWordStrictNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kMcNs = "http://schemas.openxmlformats.org/markup-compatibility/2006";

// How far into a part a DOCTYPE may hide behind the XML declaration, comments and PIs.
constexpr size_t kPrologScanBytes = 64u << 10;

struct ParserCtxtFreer {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

std::string_view AsView(const xmlChar* text) {
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

bool IsWordNs(const xmlNs* ns) {
  if (!ns) return false;
  std::string_view href = AsView(ns->href);
  return href == kWordNs || href == kWordStrictNs;
}

[[noreturn]] void ThrowDtd(const std::string& part_name, const std::string& path) {
  throw Error(ErrorKind::kDamaged, path,
              part_name +
                  " declares a DTD (<!DOCTYPE>), which Word documents never do; "
                  "refusing it (entity expansion or external entities are a known "
                  "attack). Re-save the document in Word or LibreOffice");
}

// The prolog is ASCII in every encoding Office writes (UTF-8); a DOCTYPE must come before
// the root element, so the scan stops at the first element start.
bool PrologDeclaresDtd(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kPrologScanBytes);
  size_t pos = 0;
  while ((pos = head.find('<', pos)) != std::string_view::npos) {
    std::string_view rest = head.substr(pos + 1);
    if (rest.substr(0, 8) == "!DOCTYPE") return true;
    if (rest.substr(0, 3) == "!--") {
      size_t end = head.find("-->", pos);
      if (end == std::string_view::npos) return false;
      pos = end + 3;
      continue;
    }
    if (!rest.empty() && rest.front() == '?') {
      ++pos;
      continue;
    }
    return false;  // the root element
  }
  return false;
}

}  // namespace

XmlDocPtr ParseXmlPart(std::string_view bytes, const std::string& part_name,
                       const std::string& path) {
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
    throw Error(ErrorKind::kLimit, path, part_name + " is larger than libxml2 can parse (2 GiB)");
  }
  if (PrologDeclaresDtd(bytes)) ThrowDtd(part_name, path);
  std::unique_ptr<xmlParserCtxt, ParserCtxtFreer> ctxt(xmlNewParserCtxt());
  if (!ctxt) throw Error(ErrorKind::kInternal, path, "libxml2 could not allocate a parser");
  // No XML_PARSE_NOENT (entities stay unexpanded), no DTDLOAD, no HUGE; NONET forbids
  // fetching anything; errors are read back from the context instead of printed.
  constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  XmlDocPtr doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()),
                                  part_name.c_str(), nullptr, kParseOptions));
  if (!doc || !ctxt->wellFormed) {
    const xmlError* error = xmlCtxtGetLastError(ctxt.get());
    std::string reason = error && error->message ? error->message : "unknown error";
    while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
    Location location;
    if (error && error->line > 0) location.line = error->line;
    throw Error(ErrorKind::kDamaged, path,
                part_name + " is not well-formed XML (" + reason + "); the document is damaged",
                location);
  }
  if (doc->intSubset || doc->extSubset) ThrowDtd(part_name, path);
  if (!xmlDocGetRootElement(doc.get())) {
    throw Error(ErrorKind::kDamaged, path, part_name + " has no root element");
  }
  return doc;
}

bool IsElement(const xmlNode* node) {
  return node && node->type == XML_ELEMENT_NODE;
}

std::string_view LocalName(const xmlNode* node) {
  return AsView(node->name);
}

bool IsW(const xmlNode* node, std::string_view local) {
  return IsElement(node) && IsWordNs(node->ns) && LocalName(node) == local;
}

bool IsMc(const xmlNode* node, std::string_view local) {
  return IsElement(node) && node->ns && AsView(node->ns->href) == kMcNs && LocalName(node) == local;
}

const xmlNode* FindW(const xmlNode* parent, std::string_view local) {
  if (!parent) return nullptr;
  for (const xmlNode* child = parent->children; child; child = child->next) {
    if (IsW(child, local)) return child;
  }
  return nullptr;
}

std::optional<std::string> WAttr(const xmlNode* node, std::string_view local) {
  if (!node) return std::nullopt;
  for (const xmlAttr* attr = node->properties; attr; attr = attr->next) {
    if (AsView(attr->name) != local) continue;
    if (attr->ns && !IsWordNs(attr->ns)) continue;
    std::string value;
    for (const xmlNode* child = attr->children; child; child = child->next) {
      value += AsView(child->content);
    }
    return value;
  }
  return std::nullopt;
}

std::optional<int> WIntAttr(const xmlNode* node, std::string_view local) {
  std::optional<std::string> text = WAttr(node, local);
  if (!text) return std::nullopt;
  int value = 0;
  const char* begin = text->data();
  const char* end = begin + text->size();
  auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc() || ptr == begin) return std::nullopt;
  return value;
}

bool IsOn(const xmlNode* property) {
  if (!property) return false;
  std::optional<std::string> value = WAttr(property, "val");
  if (!value) return true;
  return *value != "0" && *value != "false" && *value != "off";
}

std::string TextOf(const xmlNode* node) {
  std::string out;
  for (const xmlNode* child = node->children; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      out += AsView(child->content);
    }
  }
  return out;
}

}  // namespace nianbao::docx_internal
