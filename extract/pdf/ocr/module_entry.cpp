// The OCR module's entry (module.hpp): ocr.cpp's ReadScannedPages, for the program to call.
#include "module.hpp"

extern "C" __attribute__((visibility("default"))) const nianbao::pdf::ocr::OcrModule*
nianbao_ocr_module() {
  static constexpr nianbao::pdf::ocr::OcrModule kModule{sizeof(nianbao::pdf::PageLayout),
                                                        sizeof(nianbao::pdf::ocr::OcrSettings),
                                                        &nianbao::pdf::ocr::ReadScannedPages};
  return &kModule;
}
