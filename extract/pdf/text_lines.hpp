// Lines of text from positioned characters. CJK text has no spaces between characters and
// justified text spreads them apart, so a line's text never gets spaces between CJK
// characters; a space is kept only between two Latin/ASCII characters with a visible gap
// or a space glyph between them. Separate columns (a wide gap) are separate runs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pdf_content.hpp"

namespace nianbao::pdf {

struct TextLineSettings {
  // Characters whose vertical centres differ by less than this share of the font size
  // are on one line.
  static constexpr double kDefaultSameLineShare = 0.45;
  // A horizontal gap wider than this many font sizes splits a line into runs (columns).
  static constexpr double kDefaultRunGapEm = 2.5;
  // A gap wider than this many font sizes between two ASCII characters reads as a space.
  static constexpr double kDefaultSpaceGapEm = 0.2;

  double same_line_share = kDefaultSameLineShare;
  double run_gap_em = kDefaultRunGapEm;
  double space_gap_em = kDefaultSpaceGapEm;
};

struct TextRun {
  std::string text;
  Box box;
  // OCR's confidence per code point of `text` (1 for a space it put between words); empty
  // when no character of the run was read by OCR.
  std::vector<float> ocr_confidence;
};

struct TextLine {
  std::vector<TextRun> runs;  // left to right
  Box box;                    // all runs
  double font_size = 0;       // largest in the line
  int page = 0;

  std::string Text() const;  // runs joined by a space
  // OCR's confidence per code point of Text() (1 for the spaces between runs); empty when
  // no run was read by OCR.
  std::vector<float> OcrConfidence() const;
};

// Groups characters (any order) into lines, top to bottom. Whitespace glyphs only
// separate; characters that are not upright are left out.
std::vector<TextLine> BuildLines(const std::vector<const PdfChar*>& chars, int page,
                                 const TextLineSettings& settings = {});

// The text of characters already ordered left to right on one line.
std::string JoinLineChars(const std::vector<const PdfChar*>& chars, double space_gap_em);

// The same, with OCR's confidence per code point of the text (1 for an added space, and for
// a character without one); the confidences are empty when no character has one.
struct JoinedText {
  std::string text;
  std::vector<float> ocr_confidence;
};
JoinedText JoinLineCharsWithConfidence(const std::vector<const PdfChar*>& chars,
                                       double space_gap_em);

// Number of code points of UTF-8 text.
size_t CountCodePoints(std::string_view text);

// The code points of UTF-8 text.
std::vector<char32_t> CodePoints(const std::string& text);
// A CJK ideograph (the unified block, extension A, the compatibility block).
bool IsIdeograph(char32_t code);

// The first and last code point of UTF-8 text (0 when empty).
char32_t FirstCodePoint(const std::string& text);
char32_t LastCodePoint(const std::string& text);

}  // namespace nianbao::pdf
