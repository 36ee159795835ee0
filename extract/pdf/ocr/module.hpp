// OCR as a module loaded on first use. Tesseract and Leptonica bring some 35 shared
// libraries (libarchive, libcurl, gnutls, krb5, ldap …) that the dynamic loader would map and
// relocate at every start of the program, while only scanned pages need them. So in the
// `nianbao` program the OCR code (ocr/*.cpp with the lattice steps it uses) is a shared
// module, nianbao-ocr.so, embedded in the program's file; the first scanned page opens it
// (nianbao/embedded_module.hpp). The program stays one file.
//
// Which OCR a target gets is chosen at link time (extract/pdf/CMakeLists.txt): a target with
// the property NIANBAO_EMBEDS_MODULES gets module_loader.cpp's ReadScannedPages (this module
// behind it); every other target (tests, benchmarks, fuzzers) links ocr.cpp's directly.
#pragma once

#include "ocr.hpp"

namespace nianbao::pdf::ocr {

using ReadScannedPagesFunction = std::vector<PageLayout> (*)(std::string_view, const std::string&,
                                                             const std::vector<const PageContent*>&,
                                                             const OcrSettings&,
                                                             std::vector<Diagnostic>&);

// What the module gives; `layout_size` and `settings_size` guard against a module built from
// other sources than the program (they are built together, so this is a sanity check).
struct OcrModule {
  std::size_t layout_size = sizeof(PageLayout);
  std::size_t settings_size = sizeof(OcrSettings);
  ReadScannedPagesFunction read_scanned_pages = nullptr;
};

}  // namespace nianbao::pdf::ocr

// The module's one exported symbol.
#define NIANBAO_OCR_MODULE_ENTRY "nianbao_ocr_module"
extern "C" const nianbao::pdf::ocr::OcrModule* nianbao_ocr_module();
