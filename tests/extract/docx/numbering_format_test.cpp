// List number formats (internal to the docx reader): the enumerators Word would draw.
#include <catch2/catch.hpp>

#include "docx_numbering.hpp"

namespace nianbao::docx_internal {
namespace {

TEST_CASE("Chinese counting numerals", "[docx]") {
  CHECK(FormatListNumber(1, "chineseCounting") == "一");
  CHECK(FormatListNumber(10, "chineseCounting") == "十");
  CHECK(FormatListNumber(11, "chineseCounting") == "十一");
  CHECK(FormatListNumber(20, "chineseCounting") == "二十");
  CHECK(FormatListNumber(21, "chineseCountingThousand") == "二十一");
  CHECK(FormatListNumber(100, "chineseCountingThousand") == "一百");
  CHECK(FormatListNumber(101, "chineseCountingThousand") == "一百零一");
  CHECK(FormatListNumber(110, "chineseCountingThousand") == "一百一十");
  CHECK(FormatListNumber(1005, "chineseCountingThousand") == "一千零五");
  CHECK(FormatListNumber(10001, "chineseCountingThousand") == "一万零一");
  CHECK(FormatListNumber(12, "chineseLegalSimplified") == "壹拾贰");
  CHECK(FormatListNumber(105, "ideographDigital") == "一〇五");
  CHECK(FormatListNumber(3, "ideographTraditional") == "丙");
}

TEST_CASE("Latin, Roman and enclosed numerals", "[docx]") {
  CHECK(FormatListNumber(7, "decimal") == "7");
  CHECK(FormatListNumber(7, "decimalZero") == "07");
  CHECK(FormatListNumber(12, "decimalFullWidth") == "１２");
  CHECK(FormatListNumber(3, "decimalEnclosedCircle") == "③");
  CHECK(FormatListNumber(21, "decimalEnclosedCircle") == "21");
  CHECK(FormatListNumber(28, "lowerLetter") == "bb");
  CHECK(FormatListNumber(1, "upperLetter") == "A");
  CHECK(FormatListNumber(14, "upperRoman") == "XIV");
  CHECK(FormatListNumber(9, "lowerRoman") == "ix");
  CHECK(FormatListNumber(5, "somethingNew") == "5");
}

}  // namespace
}  // namespace nianbao::docx_internal
