// Internal to extract/docx: parsing one XML part of a DOCX package safely (libxml2: no
// network, no DTD, no entity expansion) and small helpers for WordprocessingML names.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <libxml/tree.h>

namespace nianbao::docx_internal {

struct XmlDocFreer {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFreer>;

// Parses `bytes` of package part `part_name`. Throws Error(kDamaged) with libxml2's
// message and line for malformed XML, and for any DTD (<!DOCTYPE>): Office parts never
// carry one, so it can only be an entity-expansion ("billion laughs") or external-entity
// attack. Element depth is bounded by libxml2's default limit (XML_PARSE_HUGE is off).
XmlDocPtr ParseXmlPart(std::string_view bytes, const std::string& part_name,
                       const std::string& path);

// Element in the WordprocessingML main namespace (transitional or strict) named `local`.
bool IsW(const xmlNode* node, std::string_view local);
// Element in the markup-compatibility namespace named `local`.
bool IsMc(const xmlNode* node, std::string_view local);
bool IsElement(const xmlNode* node);
std::string_view LocalName(const xmlNode* node);

// The first element child named w:`local`, or null.
const xmlNode* FindW(const xmlNode* parent, std::string_view local);

// Attribute w:`local` (either namespace, or none: some writers drop the prefix).
std::optional<std::string> WAttr(const xmlNode* node, std::string_view local);

// Integer attribute w:`local`; nullopt when absent or not a number.
std::optional<int> WIntAttr(const xmlNode* node, std::string_view local);

// An on/off property element (w:vanish, w:b …): present and not val="0|false|off".
bool IsOn(const xmlNode* property);

// Concatenated text and CDATA children of `node`.
std::string TextOf(const xmlNode* node);

}  // namespace nianbao::docx_internal
