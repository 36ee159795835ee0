// Which pages are scans: decided for every PDF page in the reader itself, so it needs no OCR
// library (those are loaded only when a page does need them: module.hpp).
#include <algorithm>

#include "ocr.hpp"

namespace nianbao::pdf::ocr {
namespace {

constexpr double kMinImageShare = 0.5;  // a scan covers most of its page

}  // namespace

bool NeedsOcr(const PageContent& page) {
  if (page.image_share < kMinImageShare) return false;
  return std::none_of(page.chars.begin(), page.chars.end(), [](const PdfChar& glyph) {
    return !glyph.text.empty() && glyph.text != " ";
  });
}

}  // namespace nianbao::pdf::ocr
