// What the PDF reader takes from Poppler: per page, plain vectors of characters, drawn
// straight line pieces and filled rectangles. Everything after loading works on these,
// never on Poppler types (poppler_loader.cpp is the only file that includes Poppler).
//
// Coordinates: PDF points from the displayed page's top-left corner, y growing downwards
// (the page's /Rotate is applied), as nianbao::Box documents.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/extract.hpp"

namespace nianbao::pdf {

struct PdfChar {
  std::string text;  // UTF-8 of the glyph's Unicode mapping ("" when it maps to nothing)
  Box box;           // glyph box: advance width, font ascent to descent (turned with the text)
  double font_size = 0;
  bool upright = true;  // written left to right, not rotated
  // Writing direction as displayed, in quarter turns clockwise: 0 left to right, 1 top to
  // bottom, 2 upside down, 3 bottom to top; -1 when not along an axis (skewed text).
  int direction = 0;
  bool garbled = false;  // maps to nothing, to private-use code points or to U+FFFD
  // How sure OCR is of the glyph (0–1) where it was read from an image; absent for a
  // character the file holds.
  std::optional<float> ocr_confidence;

  double CentreX() const { return (box.x0 + box.x1) / 2; }
  double CentreY() const { return (box.top + box.bottom) / 2; }
};

// A straight piece of a stroked path (curves are dropped).
struct Segment {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double line_width = 0;
};

struct PageContent {
  int number = 0;  // 1-based
  double width = 0;
  double height = 0;
  std::vector<PdfChar> chars;     // in content-stream order
  std::vector<Segment> segments;  // stroked, visible (not white)
  std::vector<Box> rects;         // filled axis-aligned rectangles, visible (not white)
  int images = 0;                 // images drawn on the page
  double image_dpi = 0;           // resolution of the largest image drawn (a scan's dpi)
  double image_share = 0;         // share of the page that image covers
};

struct PdfContent {
  int page_count = 0;              // pages in the file
  std::vector<PageContent> pages;  // the pages read (at most max_pages)
};

// Loads the pages' content in one pass per page. Throws nianbao::Error: kEncrypted for a
// password-protected file, kDamaged for one Poppler cannot open or that has no pages.
// Poppler's own complaints while reading become diagnostics (code "pdf.poppler").
PdfContent LoadPdfContent(std::string_view bytes, const std::string& path, int max_pages,
                          std::vector<Diagnostic>& diagnostics);

}  // namespace nianbao::pdf
