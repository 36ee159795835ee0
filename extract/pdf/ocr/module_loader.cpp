// The program's ReadScannedPages (module.hpp): opens the embedded OCR module on the first
// scanned page and calls its ReadScannedPages. Text PDFs never open it.
#include <cstdlib>
#include <string>

#include "module.hpp"
#include "nianbao/embedded_module.hpp"
#include "nianbao/error.hpp"

// The module's bytes, placed in the program by the generated ocr_module_data.cpp.
extern "C" const unsigned char nianbao_ocr_module_begin[];
extern "C" const unsigned char nianbao_ocr_module_end[];

namespace nianbao::pdf::ocr {
namespace {

ModuleTable<OcrModule> Open() {
  // Tesseract's OpenMP threads spin while they wait for each other: with a process per core
  // (nianbao run's workers, or extracts side by side) a scan took 3-4x the processor time for
  // the same readings. One thread, unless the user set it; libgomp reads it when it loads.
  ::setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/0);
  ModuleTable<OcrModule> opened =
      OpenModuleTable<OcrModule>({"nianbao-ocr.so", nianbao_ocr_module_begin,
                                  nianbao_ocr_module_end, NIANBAO_OCR_MODULE_ENTRY});
  const OcrModule* module = opened.table;
  if (module != nullptr &&
      (module->layout_size != sizeof(PageLayout) || module->settings_size != sizeof(OcrSettings))) {
    return {nullptr, "the OCR module was built from other sources than the program"};
  }
  return opened;
}

// Opened once per process (never unloaded); a failure is kept too, not retried per file.
const ModuleTable<OcrModule>& Module() {
  static const ModuleTable<OcrModule> module = Open();
  return module;
}

}  // namespace

std::vector<PageLayout> ReadScannedPages(std::string_view bytes, const std::string& path,
                                         const std::vector<const PageContent*>& pages,
                                         const OcrSettings& settings,
                                         std::vector<Diagnostic>& diagnostics) {
  if (pages.empty()) return {};
  const ModuleTable<OcrModule>& loaded = Module();
  if (loaded.table == nullptr) {
    throw Error(ErrorKind::kUnsupported, path,
                "scanned pages need OCR, which needs Tesseract 5 and Leptonica (Debian: "
                "libtesseract5, tesseract-ocr-chi-sim); the OCR module could not be loaded: " +
                    loaded.problem);
  }
  return loaded.table->read_scanned_pages(bytes, path, pages, settings, diagnostics);
}

}  // namespace nianbao::pdf::ocr
