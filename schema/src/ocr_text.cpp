#include "ocr_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "label_matcher.hpp"

namespace nianbao::schema {
namespace {

// Context of a doubtful character looked for elsewhere: up to this many characters on each
// side, and at least this many in all (fewer would match words that only share a character).
constexpr size_t kContextEachSide = 2;
constexpr size_t kMinContext = 2;

bool MatchesAround(const ReadText& other, size_t start, const std::u32string& pattern,
                   size_t centre) {
  for (size_t idx = 0; idx < pattern.size(); ++idx) {
    if (idx != centre && other.text[start + idx] != pattern[idx]) return false;
  }
  return other.ConfidenceAt(start + centre) >= kMinTextConfidence;
}

}  // namespace

bool IsSpace(char32_t code_point) {
  return code_point == U' ' || code_point == U'\t' || code_point == U'\n' || code_point == U'\r' ||
         code_point == U'\u3000' || code_point == U'\u00A0' || code_point == U'\u2002' ||
         code_point == U'\u2003' || code_point == U'\uFEFF';
}

std::u32string WithoutSpaces(std::string_view text) {
  std::u32string out = DecodeUtf8(text);
  std::erase_if(out, IsSpace);
  return out;
}

bool IsIdeograph(char32_t code_point) {
  return code_point >= U'一' && code_point <= U'鿿';
}

namespace {

bool IsLetterOrBar(char32_t code_point) {
  return (code_point >= 'A' && code_point <= 'Z') || (code_point >= 'a' && code_point <= 'z') ||
         code_point == '|';
}

}  // namespace

std::vector<size_t> StrayLetters(const std::u32string& text) {
  std::vector<size_t> stray;
  for (size_t pos = 0; pos + 1 < text.size(); ++pos) {
    const bool ideograph_before = pos == 0 || IsIdeograph(text[pos - 1]);
    if (IsLetterOrBar(text[pos]) && ideograph_before && IsIdeograph(text[pos + 1])) {
      stray.push_back(pos);
    }
  }
  return stray;
}

ReadText WithoutStrayLetters(const ReadText& read) {
  const std::vector<size_t> stray = StrayLetters(read.text);
  if (stray.empty()) return read;
  ReadText kept;
  size_t next = 0;
  for (size_t pos = 0; pos < read.text.size(); ++pos) {
    if (next < stray.size() && stray[next] == pos) {
      ++next;
      continue;
    }
    kept.text += read.text[pos];
    if (read.FromOcr()) kept.confidence.push_back(read.confidence[pos]);
  }
  return kept;
}

ReadText ReadText::Slice(size_t pos, size_t length) const {
  ReadText slice;
  slice.text = text.substr(pos, length);
  if (!confidence.empty()) {
    slice.confidence.assign(
        confidence.begin() + static_cast<std::ptrdiff_t>(pos),
        confidence.begin() + static_cast<std::ptrdiff_t>(pos + slice.text.size()));
  }
  return slice;
}

void ReadText::Append(const ReadText& other) {
  if (FromOcr() || other.FromOcr()) {
    confidence.resize(text.size(), 1.0f);
    if (other.FromOcr()) {
      confidence.insert(confidence.end(), other.confidence.begin(), other.confidence.end());
    } else {
      confidence.insert(confidence.end(), other.text.size(), 1.0f);
    }
  }
  text += other.text;
}

ReadText CompactRead(const Paragraph& paragraph, const TextTransform& transform) {
  ReadText read{WithoutSpaces(transform(paragraph.text)), {}};
  if (!paragraph.FromOcr()) return read;
  const std::u32string raw = DecodeUtf8(paragraph.text);
  std::u32string pieces;
  std::vector<float> confidence;
  for (size_t idx = 0; idx < raw.size(); ++idx) {
    const std::u32string piece = WithoutSpaces(transform(EncodeUtf8(raw.substr(idx, 1))));
    pieces += piece;
    const float reading =
        idx < paragraph.ocr_confidence.size() ? paragraph.ocr_confidence[idx] : 0.0f;
    confidence.insert(confidence.end(), piece.size(), reading);
  }
  if (pieces != read.text || paragraph.ocr_confidence.size() != raw.size()) {
    const float least =
        *std::min_element(paragraph.ocr_confidence.begin(), paragraph.ocr_confidence.end());
    confidence.assign(read.text.size(), least);
  }
  read.confidence = std::move(confidence);
  return read;
}

std::vector<UncertainChar> UncertainChars(const ReadText& read, size_t pos, size_t length) {
  std::vector<UncertainChar> uncertain;
  for (size_t idx = pos; idx < std::min(read.text.size(), pos + length); ++idx) {
    const float confidence = read.ConfidenceAt(idx);
    if (confidence < kMinTextConfidence) uncertain.push_back({idx, read.text[idx], confidence});
  }
  return uncertain;
}

std::vector<char32_t> ClearReadingsElsewhere(const std::vector<ReadText>& others,
                                             const std::u32string& word, size_t pos) {
  const size_t before = std::min(pos, kContextEachSide);
  const size_t after = std::min(word.size() - pos - 1, kContextEachSide);
  std::vector<char32_t> readings;
  if (before + after < kMinContext) return readings;
  const std::u32string pattern = word.substr(pos - before, before + 1 + after);
  for (const ReadText& other : others) {
    for (size_t start = 0; start + pattern.size() <= other.text.size(); ++start) {
      if (MatchesAround(other, start, pattern, before)) {
        readings.push_back(other.text[start + before]);
      }
    }
  }
  return readings;
}

std::string DescribeUncertain(const std::vector<UncertainChar>& chars, size_t offset) {
  std::string description;
  for (const UncertainChar& uncertain : chars) {
    if (!description.empty()) description += ", ";
    description += fmt::format("{} (character {}, confidence {:.2f})",
                               EncodeUtf8(std::u32string(1, uncertain.code)),
                               uncertain.pos - offset + 1, uncertain.confidence);
  }
  return description;
}

}  // namespace nianbao::schema
