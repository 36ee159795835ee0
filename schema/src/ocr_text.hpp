// Internal: how sure OCR was of the running text that title, agency, year and part 六's fee
// figures are read from, character by character, and the text's own evidence for a
// doubtful character (the same words read clearly elsewhere in the document).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/extract.hpp"

namespace nianbao::schema {

// A character of OCR'd running text read with less confidence (Tesseract's, 0–1) is
// uncertain. Tesseract's LSTM is sure of itself: well-printed characters it reads right come
// at 0.97–1.00, while a misread it is unsure of can still score 0.91 (天 for 禾 in our scans).
constexpr float kMinTextConfidence = 0.95f;

// White space of any width (ASCII, ideographic, no-break, BOM).
bool IsSpace(char32_t code_point);
// The code points of UTF-8 text without white space.
std::u32string WithoutSpaces(std::string_view text);

using TextTransform = std::function<std::string(std::string_view)>;

// Text as the schema reads it (transformed, white space removed) with OCR's confidence per
// code point; no confidences where the text was in the file as characters.
struct ReadText {
  std::u32string text;
  std::vector<float> confidence;  // parallel to text, or empty

  bool FromOcr() const { return !confidence.empty(); }
  float ConfidenceAt(size_t pos) const { return confidence.empty() ? 1.0f : confidence[pos]; }
  ReadText Slice(size_t pos, size_t length) const;
  void Append(const ReadText& other);
};

// A paragraph as `transform` and white space removal leave it. Where the transform does not
// keep code points one for one, every code point gets the paragraph's least confidence.
ReadText CompactRead(const Paragraph& paragraph, const TextTransform& transform);

struct UncertainChar {
  size_t pos = 0;  // in the text looked at
  char32_t code = 0;
  float confidence = 0;
};
// The characters of `read` in [pos, pos + length) read below kMinTextConfidence.
std::vector<UncertainChar> UncertainChars(const ReadText& read, size_t pos, size_t length);

// What the character at word[pos] is read as elsewhere: wherever the word's characters
// around it (up to two each side, at least two in all) stand in `others`, the character
// between them when it was read with confidence.
std::vector<char32_t> ClearReadingsElsewhere(const std::vector<ReadText>& others,
                                             const std::u32string& word, size_t pos);

// A CJK unified ideograph (一 to 鿿).
bool IsIdeograph(char32_t code_point);

// Positions in `text` of Latin letters (or |) standing alone between two ideographs, or alone
// before the first ideograph at the start: what OCR makes of a stroke (临I澜 for 临澜,
// 氵 read apart). Never part of a title or an agency's name.
std::vector<size_t> StrayLetters(const std::u32string& text);
// `read` without them (and their confidences).
ReadText WithoutStrayLetters(const ReadText& read);

// For a warning: 天 (2nd character, confidence 0.55), …
std::string DescribeUncertain(const std::vector<UncertainChar>& chars, size_t offset);

}  // namespace nianbao::schema
