// The DOCX and DOC readers: ReadDocx opens the package and walks word/document.xml;
// ReadDoc converts Word 97 to DOCX with LibreOffice and reads the result the same way.
#include "doc_converter.hpp"
#include "docx_document.hpp"
#include "docx_numbering.hpp"
#include "docx_package.hpp"
#include "docx_xml.hpp"
#include "reader.hpp"
#include "zip_archive.hpp"

namespace nianbao::extract_internal {
namespace {

using docx_internal::XmlDocPtr;

// An optional part (numbering, styles): a problem with it costs only list numbers, so it is
// a warning, not a failure.
XmlDocPtr ReadOptionalPart(const docx_internal::ZipArchive& zip, const std::string& main_part,
                           const std::string& type, const ReaderInput& input,
                           std::vector<Diagnostic>& diagnostics) {
  try {
    std::optional<std::string> part = docx_internal::RelatedPart(zip, main_part, type, input.path);
    if (!part) return nullptr;
    return docx_internal::ParseXmlPart(zip.Read(*part), *part, input.path);
  } catch (const Error& error) {
    diagnostics.push_back(Diagnostic{Severity::kWarning, "docx.part_unreadable",
                                     "the " + type + " part is not read (" + error.message() +
                                         "); numbered headings may lack their numbers",
                                     error.location()});
    return nullptr;
  }
}

}  // namespace

Document ReadDocx(const ReaderInput& input) {
  docx_internal::ZipArchive zip(
      input.bytes, input.path,
      {input.options.max_inflated_bytes, input.options.max_compression_ratio});
  std::string main_part = docx_internal::MainDocumentPart(zip, input.path);
  XmlDocPtr main_xml = docx_internal::ParseXmlPart(zip.Read(main_part), main_part, input.path);

  Document document;
  XmlDocPtr numbering_xml =
      ReadOptionalPart(zip, main_part, "numbering", input, document.diagnostics);
  docx_internal::Numbering numbering(numbering_xml.get(), [&] {
    return ReadOptionalPart(zip, main_part, "styles", input, document.diagnostics);
  });

  const xmlNode* root = xmlDocGetRootElement(main_xml.get());
  const xmlNode* body = docx_internal::FindW(root, "body");
  if (!docx_internal::IsW(root, "document") || !body) {
    throw Error(ErrorKind::kDamaged, input.path,
                main_part + " has no w:document/w:body; it is not a WordprocessingML document");
  }
  docx_internal::BodyReader reader(input.path, input.options, numbering, document.diagnostics);
  document.blocks = reader.ReadBody(body);
  return document;
}

Document ReadDoc(const ReaderInput& input) {
  std::string docx = docx_internal::ConvertDocToDocx(input.bytes, input.path,
                                                     input.options.converter_timeout_seconds);
  return ReadDocx(ReaderInput{docx, input.path, input.options});
}

}  // namespace nianbao::extract_internal
