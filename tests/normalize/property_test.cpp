// Properties that must hold for any input, checked on random strings drawn (with a fixed
// seed) from the characters reports are made of: digits of both widths, Chinese numerals,
// signs, separators, brackets, quotes, white space, label words, and broken UTF-8.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "nianbao/normalize.hpp"

namespace {

using nianbao::normalize::CellValue;
using nianbao::normalize::LabelParts;
using nianbao::normalize::Normalizer;
using nianbao::normalize::OrdinalStyle;
using nianbao::normalize::ValueKind;

constexpr int kRandomStrings = 3000;
constexpr int kMaxPieces = 12;

const std::vector<std::string>& Pieces() {
  static const std::vector<std::string> pieces = {
      "0",    "1",    "2",  "3",    "9",        "０",     "１",       "５",
      "一",   "二",   "十", "百",   "万",       "亿",     "零",       "〇",
      "两",   "壹",   "拾", ",",    "，",       ".",      "．",       "、",
      "-",    "－",   "—",  "+",    "/",        "／",     "(",        ")",
      "（",   "）",   "“",  "”",    "\"",       "「",     "」",       " ",
      "　",   "\n",   "\t", "\r\n", "\u00A0",   "\u200B", "件",       "元",
      "万元", "其中", "含", "增加", "减少",     "无",     "其它",     "法人或者其他组织",
      "總計", "规章", "年", "2021", "二〇二一", "\xFF",   "\xE4\xB8", "%",
      "㈠",   "⑴",    "⒈",  "…"};
  return pieces;
}

std::vector<std::string> RandomStrings() {
  std::mt19937 random(20240601);  // fixed: every run checks the same strings
  std::uniform_int_distribution<size_t> piece_count(0, kMaxPieces);
  std::uniform_int_distribution<size_t> piece_index(0, Pieces().size() - 1);
  std::vector<std::string> strings;
  for (int string_idx = 0; string_idx < kRandomStrings; ++string_idx) {
    std::string text;
    const size_t count = piece_count(random);
    for (size_t piece_idx = 0; piece_idx < count; ++piece_idx) {
      text += Pieces()[piece_index(random)];
    }
    strings.push_back(std::move(text));
  }
  return strings;
}

bool HasWhiteSpaceByte(const std::string& text) {
  return text.find_first_of(" \t\n\r") != std::string::npos;
}

}  // namespace

TEST_CASE("ParseCell results are consistent for any input", "[normalize][property]") {
  const Normalizer normalizer;
  for (const std::string& text : RandomStrings()) {
    INFO("input: [" << text << "]");
    const CellValue value = normalizer.ParseCell(text);
    switch (value.kind) {
      case ValueKind::kNumber:
        CHECK(value.reason.empty());
        CHECK(value.number == value.number);  // not NaN
        break;
      case ValueKind::kConventionalZero:
        CHECK(value.number == 0);
        CHECK(value.note.empty());
        CHECK(value.reason.empty());
        break;
      case ValueKind::kNotANumber:
        CHECK_FALSE(value.reason.empty());
        CHECK(value.number == 0);
        CHECK(value.note.empty());
        break;
    }
    // Same answer twice: no hidden state.
    CHECK(normalizer.ParseCell(text).number == value.number);
  }
}

TEST_CASE("label functions keep their promises for any input", "[normalize][property]") {
  const Normalizer normalizer;
  for (const std::string& text : RandomStrings()) {
    INFO("input: [" << text << "]");
    const std::string label = normalizer.NormalizeLabel(text);
    CHECK_FALSE(HasWhiteSpaceByte(label));
    CHECK(label.find("“") == std::string::npos);
    CHECK(label.find("（") == std::string::npos);
    CHECK(normalizer.NormalizeLabel(label) == label);

    const LabelParts parts = normalizer.SplitOrdinal(text);
    CHECK((parts.style == OrdinalStyle::kNone) == (parts.ordinal == 0));
    CHECK(parts.ordinal >= 0);
    CHECK(parts.ordinal <= 99);
    REQUIRE(parts.text.size() <= label.size());
    CHECK(label.compare(label.size() - parts.text.size(), parts.text.size(), parts.text) == 0);

    const double self = normalizer.Similarity(label, label);
    const double other = normalizer.Similarity(label, "本年新收政府信息公开申请数量");
    CHECK(self == 1.0);
    CHECK(other >= 0.0);
    CHECK(other <= 1.0);
    CHECK(other == normalizer.Similarity("本年新收政府信息公开申请数量", label));

    const std::string prose = normalizer.NormalizeText(text);
    CHECK(prose.find("  ") == std::string::npos);
    CHECK(prose.find('\t') == std::string::npos);
    CHECK(prose.find('\r') == std::string::npos);
    CHECK(normalizer.NormalizeText(prose) == prose);

    const std::optional<int> year = normalizer.ExtractYear(text);
    if (year) {
      CHECK(*year >= 1990);
      CHECK(*year <= 2100);
    }
  }
}
