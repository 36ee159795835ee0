// OCR of scanned pages: a page without a usable text layer is rendered (Poppler's Splash,
// greyscale, at the scan's resolution), deskewed and cleaned (Leptonica), its ruled tables
// found in the raster and fed through the lattice steps, each table cell read on its own
// and the running text read around the tables (Tesseract). The result is the same
// PageLayout a text page gives: tables with origin kOcr and a confidence per cell, body
// lines as TextLines, so everything after page analysis is shared with text PDFs.
//
// In:  the PDF's bytes and the loaded pages (pdf_content.hpp) that need OCR.
// Out: one PageLayout per such page, warnings as diagnostics (codes "ocr.*").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../page_layout.hpp"
#include "../pdf_content.hpp"

namespace nianbao::pdf::ocr {

struct OcrSettings {
  // Processor seconds one page may take; cells not read by then stay unread (confidence 0)
  // and the page gets an "ocr.page_time_limit" warning.
  double seconds_per_page = 60;
  // Scans are rendered at their own resolution, within these bounds.
  static constexpr double kDefaultMinDpi = 150;
  static constexpr double kDefaultMaxDpi = 400;
  double min_dpi = kDefaultMinDpi;
  double max_dpi = kDefaultMaxDpi;
  // Keep each page's straightened image and cell readings (PageLayout::scan) for drawing.
  bool keep_trace = false;
};

// A page with no visible characters that is mostly covered by an image: a scan.
bool NeedsOcr(const PageContent& page);

// Reads each page of `pages` (all from the PDF in `bytes`). Throws nianbao::Error
// (kUnsupported) when Tesseract or its chi_sim data cannot be loaded.
std::vector<PageLayout> ReadScannedPages(std::string_view bytes, const std::string& path,
                                         const std::vector<const PageContent*>& pages,
                                         const OcrSettings& settings,
                                         std::vector<Diagnostic>& diagnostics);

}  // namespace nianbao::pdf::ocr
