// nianbao/normalize.hpp: the normalize stage. Works on strings only.
//
// In:  raw cell and label text as the readers found it (UTF-8).
// Out: numbers (or "zero by convention", or "not a number" with the reason), canonical
//      labels with their enumerators split off, a label similarity, years.
//
// A Normalizer builds its ICU objects and loads its variant table once; create one per
// thread and reuse it (ICU transliterators are not safe for concurrent use). The
// constructor throws nianbao::Error (kInternal) if ICU lacks its data; no call after it
// throws on any input, however malformed (bad UTF-8 reads as U+FFFD).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::normalize {

enum class ValueKind {
  kNumber,            // a number was read
  kConventionalZero,  // blank, —, -, /, 无 …: the reports' way of writing none
  kNotANumber,        // text that is no number, or an ambiguous cell: never guessed
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
  //
  // Rules, in the order they apply (full-width forms are folded first: ２１２, １，２３４,
  // ０．５, －２, U+3000; white space of every kind around the text is ignored):
  //  1. kConventionalZero (number 0, empty note): a blank cell, or one made only of dash
  //     and slash marks (-, －, —, ——, –, ─, /, ／, \), or exactly 无. A literal 0 (or
  //     ０, 0.00) is a kNumber 0, not a conventional zero.
  //  2. At most one prefix: + or - (also －, −), 增加/新增/增长/上升/增 (+),
  //     减少/下降/减 (-), 共 ("in all"); white space may follow it (减少 3 = -3).
  //  3. The number: ASCII digits with optional thousands separators (1,234 and 1，234;
  //     groups of exactly three, else "bad thousands separators", so 1,23 and 3,5 are
  //     rejected rather than read as decimals) and an optional decimal part (12.35); at
  //     most 15 significant digits. Or Chinese numerals: 〇一二…九 零 两, 十百千万亿,
  //     financial 壹贰叁…玖 拾佰仟; positional when a unit character is present (十二 = 12,
  //     一百零五 = 105, 两万 = 20000), a digit string otherwise (二〇二一 = 2021; two
  //     digits only with a zero, 三〇 = 30, since 三四 means "three or four").
  //  4. Magnitude versus currency unit. A bare magnitude after the digits multiplies:
  //     3万 = 30000, 1.2万 = 12000, 2亿 = 2e8, 5千 = 5000 (the cell states a count with a
  //     magnitude). A currency unit does not: 12.35万元 = 12.35 with note "万元", 0元 = 0
  //     with note "元", 251000元 = 251000 with note "元", 三万元 = 3 with note "万元". The
  //     amount columns state their unit in the header (本年收费金额（单位：万元）), and a
  //     unit in the cell normally repeats it; converting a cell whose unit differs from
  //     its column's is the caller's decision, made from the note.
  //  5. After the number, the rest of the cell (trimmed, original characters) is the
  //     note: units and words (件, 项, 个, 人次, %, 元 …), a bracketed remark
  //     (22（其中修订16件）, 55（含自然失效29件）), or a clause starting 其中/含/包括/
  //     包含/另/内含 (22，其中修订16件). Digits inside brackets or after such a clause
  //     are part of the note.
  //  6. kNotANumber, never a guess, with reason:
  //     "two numbers without a note pattern": another digit outside brackets and before
  //        any clause word (3 5, 3/5, 12 13, 1 2 — never read as 12; 3-5; 1.2.3; 3五);
  //     "an enumerator (1. or 1、), not a number": digits then . or 、 (1.属于国家秘密,
  //        3、, 12.); a decimal point needs digits on both sides;
  //     "bad thousands separators"; "more than 15 significant digits";
  //     "text, not a number": words without digits (详见附件, 不适用, 持平, N/A);
  //     "text before the number": words, then digits (第3, 约3, .5);
  //     "a sign without a number" (+, 增加, 共);
  //     "malformed Chinese numeral" (三四, 百, 十百);
  //     "Chinese numeral characters inside words, not a number": numeral characters
  //        followed by anything but a unit, a bracket or a clause (一般, 万一, 十分);
  //     "a lone 一 is a dash or the number one: ambiguous" (一 alone; 一件 is 1).
  //  -0 is returned as 0. Pure ASCII digits take a fast path without decoding.
  CellValue ParseCell(std::string_view text) const;

  // Characters as a reader sees them: look-alike code points folded to the unified
  // ideograph they show. Kangxi radicals (U+2F00–U+2FDF), CJK Radicals Supplement
  // (U+2E80–U+2EFF) and CJK strokes by Unicode's Equivalent_Unified_Ideograph data
  // (EquivalentUnifiedIdeograph.txt, compiled in); CJK compatibility ideographs (U+F900–
  // U+FAFF, U+2F800–U+2FA1F) by their decomposition (ICU). ⼈⺠政府 → 人民政府, 不 (U+F967)
  // → 不 (U+4E0D). Nothing else changes: width, white space and punctuation stay. PDFs
  // printed from browsers and WPS encode characters this way; titles, agencies and
  // sections pass through it, and NormalizeLabel and NormalizeText apply it first.
  std::string FoldIdeographs(std::string_view text) const;

  // Canonical label: look-alike ideographs folded (FoldIdeographs), NFKC (which folds width:
  // （）→(), ：→:, ，→,, ．→., ２→2), traditional→simplified (ICU "Traditional-Simplified"), every
  // white space and line break removed (规　　章 → 规章, 商业\n企业 → 商业企业), quote marks of
  // every style removed (“三安全一稳定”, "…", 「…」, ‘…’ → 三安全一稳定), then the variant wordings
  // of normalize/data/label_variants.tsv folded (其它 → 其他, 法人或者其他组织 → 法人或其他组织).
  // Parentheses therefore come out ASCII: 本年收费金额(单位:万元). Compare a document's labels with
  // template labels passed through the same function. The enumerator stays in; use SplitOrdinal to
  // take it off.
  std::string NormalizeLabel(std::string_view text) const;

  // Normalizes, then splits a leading enumerator off: （一）/(一)/㈠ → kChineseParenthesis,
  // （1）/(1)/⑴ → kArabicParenthesis, 一、/一． → kChineseComma, 1./1．/1、 →
  // kArabicDot; ordinals 1..99. 1.5万 is a number, not an enumerator. Without an
  // enumerator: style kNone, ordinal 0, text = the whole normalized label.
  LabelParts SplitOrdinal(std::string_view text) const;

  // Similarity of two normalized labels in [0, 1] (1 = equal), for the mapper to
  // threshold: 1 - Levenshtein / max length, over code points (商业企业 vs 商业机构 =
  // 0.5). Labels over 4096 code points are compared for equality only.
  double Similarity(std::string_view a, std::string_view b) const;
  // The same over labels already decoded to code points (the mapper decodes template labels
  // once, not on each of its thousands of comparisons per document).
  double Similarity(std::u32string_view a, std::u32string_view b) const;
  // The same when it is at least `floor`; below `floor`, it may be given as 0 (the distance
  // is computed no further than it takes to know).
  double Similarity(std::u32string_view a, std::u32string_view b, double floor) const;

  // Running text made comparable without losing its words: FoldIdeographs, NFKC, width folded,
  // white space runs collapsed to one ASCII space, line breaks kept. For titles and sections. A run
  // holding line breaks becomes those line breaks ('\n'; \r\n counts once) without the spaces
  // around them; white space at the start and end is dropped. No traditional→simplified conversion
  // (the text stays as written).
  std::string NormalizeText(std::string_view text) const;

  // The report year in a title or text: 2021年 or 二〇二一年 (1990..2100), else nullopt.
  // Four ASCII or full-width digits, or four Chinese digits (〇/零/○ for zero), optional
  // white space, then 年; the digits must not continue a longer number (12021年 is no
  // year). The FIRST match in the range wins; out-of-range ones (1949年) are skipped.
  // Pass the title: prose cites other years (《条例》(2019年修订)).
  std::optional<int> ExtractYear(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A year as ExtractYear reads it, and the code-point index in the text where its four digits
// begin.
struct YearSpan {
  int year = 0;
  size_t begin = 0;
};

// Every year in `text` that ExtractYear would take, in order (ExtractYear's is the first):
// for callers that must know where the year stands, e.g. to weigh OCR's confidence in it.
std::vector<YearSpan> FindYears(std::u32string_view text);

}  // namespace nianbao::normalize
