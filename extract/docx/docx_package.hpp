// Internal to extract/docx: finding the parts of a DOCX package through its relationships
// (_rels/.rels, word/_rels/document.xml.rels), with the usual names as fallback.
#pragma once

#include <optional>
#include <string>

#include "zip_archive.hpp"

namespace nianbao::docx_internal {

// The main document part ("word/document.xml" in nearly every file).
std::string MainDocumentPart(const ZipArchive& zip, const std::string& path);

// The part related to `source_part` by a relationship whose type ends in `/type_suffix`
// ("numbering", "styles"), if the package has it.
std::optional<std::string> RelatedPart(const ZipArchive& zip, const std::string& source_part,
                                       const std::string& type_suffix, const std::string& path);

}  // namespace nianbao::docx_internal
