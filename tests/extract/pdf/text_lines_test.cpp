#include <catch2/catch.hpp>

#include "text_lines.hpp"

namespace nianbao::pdf {
namespace {

std::vector<PdfChar> Row(const std::vector<std::pair<std::string, double>>& glyphs,
                         double top = 100, double size = 10) {
  std::vector<PdfChar> chars;
  for (const auto& [text, x0] : glyphs) {
    PdfChar glyph;
    glyph.text = text;
    glyph.box = {x0, top, x0 + (text.size() == 1 ? size / 2 : size), top + size};
    glyph.font_size = size;
    chars.push_back(glyph);
  }
  return chars;
}

std::vector<const PdfChar*> Pointers(const std::vector<PdfChar>& chars) {
  std::vector<const PdfChar*> pointers;
  for (const PdfChar& glyph : chars) pointers.push_back(&glyph);
  return pointers;
}

}  // namespace

TEST_CASE("CJK characters join without spaces, even spread apart", "[pdf]") {
  const auto chars = Row({{"社", 0}, {"会", 18}, {"公", 36}, {"益", 54}});
  const auto lines = BuildLines(Pointers(chars), 1);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].runs.size() == 1);
  CHECK(lines[0].Text() == "社会公益");
}

TEST_CASE("space glyphs separate Latin words but never CJK characters", "[pdf]") {
  const auto chars = Row({{"2", 0},
                          {"0", 5},
                          {" ", 10},
                          {"年", 13},
                          {"a", 30},
                          {" ", 35},
                          {"b", 38},
                          {"\xE3\x80\x80", 50},
                          {"规", 60},
                          {"章", 70}});
  const auto lines = BuildLines(Pointers(chars), 1);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].Text() == "20年a b规章");
}

TEST_CASE("a wide gap splits a line into runs (columns)", "[pdf]") {
  const auto chars = Row({{"行", 0}, {"政", 10}, {"1", 100}, {"2", 105}});
  const auto lines = BuildLines(Pointers(chars), 1);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].runs.size() == 2);
  CHECK(lines[0].runs[0].text == "行政");
  CHECK(lines[0].runs[1].text == "12");
}

TEST_CASE("characters of different lines stay apart, top to bottom", "[pdf]") {
  auto chars = Row({{"下", 0}}, 130);
  auto upper = Row({{"上", 0}, {"面", 10}}, 100);
  chars.insert(chars.end(), upper.begin(), upper.end());
  const auto lines = BuildLines(Pointers(chars), 3);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].Text() == "上面");
  CHECK(lines[1].Text() == "下");
  CHECK(lines[1].page == 3);
}

TEST_CASE("unreadable glyphs show as U+FFFD", "[pdf]") {
  auto chars = Row({{"A", 0}, {"", 6}});
  chars[1].garbled = true;
  CHECK(JoinLineChars(Pointers(chars), 0.2) == "A\xEF\xBF\xBD");
}

}  // namespace nianbao::pdf
