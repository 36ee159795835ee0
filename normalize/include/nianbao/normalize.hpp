// nianbao/normalize.hpp: the normalize stage. Works on strings only.
//
// In:  raw cell and label text as the readers found it (UTF-8).
// Out: numbers (or "zero by convention", or "not a number" with the reason), canonical
//      labels with their enumerators split off, a label similarity, years.
//
// A Normalizer builds its ICU objects and loads its variant table once; create one per
// thread and reuse it (ICU transliterators are not safe for concurrent use).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace nianbao::normalize {

enum class ValueKind {
  kNumber,           // a number was read
  kConventionalZero, // blank, —, -, /, 无 …: the reports' way of writing none
  kNotANumber,       // text that is no number, or an ambiguous cell: never guessed
};

struct CellValue {
  ValueKind kind = ValueKind::kNotANumber;
  double number = 0;   // the value for kNumber; 0 for kConventionalZero
  std::string note;    // text kept beside the number, e.g. "（其中修订16件）" or "万元"
  std::string reason;  // for kNotANumber: why, e.g. "two numbers without a note pattern"

  bool HasValue() const { return kind != ValueKind::kNotANumber; }
};

// Enumerator at the start of a label: （一）/(一)/一、/1./1、/1．…
enum class OrdinalStyle {
  kNone,
  kChineseComma,        // 一、
  kChineseParenthesis,  // （一） or (一)
  kArabicDot,           // 1. 1． 1、
  kArabicParenthesis,   // （1） or (1)
};

struct LabelParts {
  OrdinalStyle style = OrdinalStyle::kNone;
  int ordinal = 0;   // 1 for 一 / 1; 0 when style is kNone
  std::string text;  // the normalized label without its enumerator
};

class Normalizer {
 public:
  Normalizer();
  ~Normalizer();
  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;
  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;

  // A table cell's value. Signs and 增/减 words give signed numbers.
  CellValue ParseCell(std::string_view text) const;

  // Canonical label: NFKC, width folded, traditional→simplified, every white space and
  // line break removed, punctuation unified, known variant wordings folded. The
  // enumerator stays in; use SplitOrdinal to take it off.
  std::string NormalizeLabel(std::string_view text) const;

  // Normalizes, then splits a leading enumerator off.
  LabelParts SplitOrdinal(std::string_view text) const;

  // Similarity of two normalized labels in [0, 1] (1 = equal), for the mapper to threshold.
  double Similarity(std::string_view a, std::string_view b) const;

  // Running text made comparable without losing its words: NFKC, width folded, white
  // space runs collapsed to one ASCII space, line breaks kept. For titles and sections.
  std::string NormalizeText(std::string_view text) const;

  // The report year in a title or text: 2021年 or 二〇二一年 (1990..2100), else nullopt.
  std::optional<int> ExtractYear(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace nianbao::normalize
