#include "docx_package.hpp"

#include <string_view>

#include "docx_xml.hpp"
#include "nianbao/error.hpp"

namespace nianbao::docx_internal {
namespace {

constexpr const char* kDefaultMainPart = "word/document.xml";

std::string_view AttrValue(const xmlNode* node, const char* name) {
  const xmlAttr* attr = xmlHasProp(node, reinterpret_cast<const xmlChar*>(name));
  if (!attr || !attr->children || !attr->children->content) return {};
  return reinterpret_cast<const char*>(attr->children->content);
}

// "word/document.xml" -> "word/_rels/document.xml.rels"; "" -> "_rels/.rels".
std::string RelsPartOf(const std::string& part) {
  size_t slash = part.rfind('/');
  std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? part : part.substr(slash + 1);
  return folder + "_rels/" + name + ".rels";
}

// A relationship target resolved against the source part's folder.
std::string ResolveTarget(const std::string& source_part, std::string_view target) {
  if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
  size_t slash = source_part.rfind('/');
  std::string folder = slash == std::string::npos ? "" : source_part.substr(0, slash + 1);
  while (target.substr(0, 3) == "../" && !folder.empty()) {
    folder.pop_back();
    size_t parent = folder.rfind('/');
    folder = parent == std::string::npos ? "" : folder.substr(0, parent + 1);
    target.remove_prefix(3);
  }
  return folder + std::string(target);
}

std::optional<std::string> FindRelationship(const ZipArchive& zip, const std::string& rels_part,
                                            const std::string& source_part,
                                            std::string_view type_suffix, const std::string& path) {
  if (!zip.Contains(rels_part)) return std::nullopt;
  XmlDocPtr rels = ParseXmlPart(zip.Read(rels_part), rels_part, path);
  const xmlNode* root = xmlDocGetRootElement(rels.get());
  for (const xmlNode* node = root->children; node; node = node->next) {
    if (!IsElement(node) || LocalName(node) != "Relationship") continue;
    if (AttrValue(node, "TargetMode") == "External") continue;
    std::string_view type = AttrValue(node, "Type");
    if (type.size() < type_suffix.size() + 1 ||
        type.substr(type.size() - type_suffix.size()) != type_suffix ||
        type[type.size() - type_suffix.size() - 1] != '/') {
      continue;
    }
    std::string target = ResolveTarget(source_part, AttrValue(node, "Target"));
    if (zip.Contains(target)) return target;
  }
  return std::nullopt;
}

}  // namespace

std::string MainDocumentPart(const ZipArchive& zip, const std::string& path) {
  if (auto main = FindRelationship(zip, "_rels/.rels", "", "officeDocument", path)) return *main;
  if (zip.Contains(kDefaultMainPart)) return kDefaultMainPart;
  throw Error(ErrorKind::kDamaged, path,
              "the package has no main document part (word/document.xml is missing); it is "
              "not a Word document or it is damaged");
}

std::optional<std::string> RelatedPart(const ZipArchive& zip, const std::string& source_part,
                                       const std::string& type_suffix, const std::string& path) {
  if (auto related =
          FindRelationship(zip, RelsPartOf(source_part), source_part, type_suffix, path)) {
    return related;
  }
  std::string fallback = ResolveTarget(source_part, type_suffix + ".xml");
  if (zip.Contains(fallback)) return fallback;
  return std::nullopt;
}

}  // namespace nianbao::docx_internal
