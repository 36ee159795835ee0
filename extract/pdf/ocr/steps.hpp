// The steps of reading one scanned page, as separate units (ocr.hpp runs them in order):
//   render (Poppler Splash, grey) → deskew → binarise and clean → ruling lines from the raster
//   → lattice tables → each cell read on its own → running text around the tables.
// Images are Leptonica PIXes; lengths in pixels unless named in points.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "../pdf_content.hpp"
#include "leptonica_handles.hpp"

namespace nianbao::pdf::ocr {

// Renders pages of one PDF (parsed once) to 8-bit grey images.
class PageRenderer {
 public:
  PageRenderer(std::string_view bytes, const std::string& path);
  ~PageRenderer();
  PageRenderer(const PageRenderer&) = delete;
  PageRenderer& operator=(const PageRenderer&) = delete;

  PixPtr RenderGrey(int page_number, double dpi);

 private:
  struct Poppler;
  std::unique_ptr<Poppler> poppler_;
};

// A grey page straightened: the skew Leptonica measures (degrees, counter-clockwise
// positive) is rotated away about the image's centre.
struct Straightened {
  PixPtr grey;
  double angle_degrees = 0;  // the rotation applied
  double confidence = 0;     // Leptonica's confidence in the measured skew
};
Straightened Deskew(const PIX& grey);

// Ink as 1 (1 bpp), specks smaller than `max_speck` pixels in both directions removed.
PixPtr Binarise(const PIX& grey, int max_speck);

// Ink including faint grey (a thin ruling rendered at half intensity): the threshold
// halfway between Otsu's and the paper's grey.
PixPtr BinariseFaint(const PIX& grey);

// Horizontal and vertical ruling lines in `faint` (BinariseFaint): ink runs long in one
// direction, as the pixel mask of the lines and as line pieces in PDF points.
struct RasterRulings {
  PixPtr mask;  // 1 bpp, the lines' pixels
  PixPtr halo;  // the mask widened across the lines by a pixel or two
  std::vector<Segment> segments;
};
RasterRulings FindRasterRulings(const PIX& faint, double dpi);

// One reading by Tesseract.
struct Reading {
  std::string text;
  double confidence = 0;                  // 0–1: the lowest of the characters' confidences
  std::vector<std::string> alternatives;  // other readings of the same image that differ
};

// How many lines a value cell's number takes: one, or more where a long number wrapped.
enum class ValueLines { kOne, kSeveral };

// Tesseract with chi_sim (labels, text) and eng (values) loaded once. Not copyable.
class Recogniser {
 public:
  explicit Recogniser(const std::string& path_for_errors);
  ~Recogniser();
  Recogniser(const Recogniser&) = delete;
  Recogniser& operator=(const Recogniser&) = delete;

  // A label: Chinese text, one or more lines (spaces between CJK characters dropped).
  Reading ReadLabel(const PIX& image, int dpi);
  // A value: digits and - / — . , + (the lines of a wrapped number run together).
  Reading ReadValue(const PIX& image, int dpi, ValueLines lines);
  // The same read by chi_sim free to read any character, laid out as a value is.
  Reading ReadValueAsText(const PIX& image, int dpi, ValueLines lines);
  // The same read by chi_sim held to those characters: a second model's reading of a value.
  Reading ReadValueChinese(const PIX& image, int dpi, ValueLines lines);
  // The running text of a page (tables blanked out): characters with their boxes, in
  // pixels of `image`, each with the height of its text line and Tesseract's confidence in
  // it (0–1). Stops at `deadline_ms`.
  struct Glyph {
    std::string text;
    int x0 = 0, top = 0, x1 = 0, bottom = 0;
    float confidence = 1;
  };
  std::vector<Glyph> ReadPage(const PIX& image, int dpi, int deadline_ms);
  // One line of running text, read as a single line: Tesseract's page layout loses or
  // garbles a short line (a title's last character wrapped alone onto its own line).
  std::vector<Glyph> ReadLineGlyphs(const PIX& image, int dpi, int deadline_ms);

 private:
  std::vector<Glyph> ReadGlyphs(const PIX& image, int dpi, int mode, int deadline_ms);
  struct Tesseract;
  static std::unique_ptr<Tesseract> Load(const char* language, const std::string& path_for_errors);
  std::unique_ptr<Tesseract> text_;
  std::unique_ptr<Tesseract> values_;
};

// Two readings of the same lines of running text (Glyphs in the same pixels, a " " between
// words): the page's, and the same lines read again one at a time at a larger scale. The
// page's is kept (the lines' where the page's lost a good part of the text) with the lines'
// as evidence: where the two read a character differently, where one has a character the
// other has not, the character is uncertain (kDisagreeingReadings at most, whichever reading
// is right); a sure character of the lines replaces an unsure one of the page, a character
// only one reading has is kept only where it is sure and `inked` finds ink in its box
// (chi_sim reads grain at 150 dpi as 和 at 0.99 now and then).
constexpr float kDisagreeingReadings = 0.5f;
std::vector<Recogniser::Glyph> MergeReadings(
    const std::vector<Recogniser::Glyph>& page, const std::vector<Recogniser::Glyph>& lines,
    const std::function<bool(const Recogniser::Glyph&)>& inked);

}  // namespace nianbao::pdf::ocr
