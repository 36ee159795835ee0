#include <catch2/catch.hpp>

#include "line_collector.hpp"

using nianbao::html::LineCollector;

namespace {
std::vector<std::string> Lines(std::initializer_list<std::string_view> runs) {
  LineCollector collector;
  for (std::string_view run : runs) {
    if (run == "<br>") {
      collector.LineBreak();
    } else {
      collector.AddText(run);
    }
  }
  return collector.TakeLines();
}
}  // namespace

TEST_CASE("Inline runs join without inserted spaces", "[html]") {
  CHECK(Lines({"2", "0"}) == std::vector<std::string>{"20"});
  CHECK(Lines({"共", "1", "2", ".", "5", "万元"}) == std::vector<std::string>{"共12.5万元"});
}

TEST_CASE("White space collapses, NBSP and edges are trimmed", "[html]") {
  CHECK(Lines({"  a \t\n  b  "}) == std::vector<std::string>{"a b"});
  CHECK(Lines({"\xC2\xA0\xC2\xA0"
               "text"
               "\xC2\xA0"}) == std::vector<std::string>{"text"});
  CHECK(Lines({"\xE3\x80\x80\xE3\x80\x80"
               "全年公开"}) == std::vector<std::string>{"全年公开"});
}

TEST_CASE("A source line break between Chinese characters is not a space", "[html]") {
  CHECK(Lines({"政府\n  信息公开"}) == std::vector<std::string>{"政府信息公开"});
  CHECK(Lines({"主动公开 128 条"}) == std::vector<std::string>{"主动公开 128 条"});
}

TEST_CASE("Ideographic spaces inside a label are kept", "[html]") {
  CHECK(Lines({"规\xE3\x80\x80\xE3\x80\x80章"}) == std::vector<std::string>{"规　　章"});
}

TEST_CASE("Line breaks end lines and empty lines are dropped", "[html]") {
  CHECK(Lines({"一", "<br>", "<br>", " ", "<br>", "二"}) == std::vector<std::string>{"一", "二"});
}

TEST_CASE("Preformatted text keeps its line breaks", "[html]") {
  LineCollector collector;
  collector.AddPreformatted("甲 乙\n丙");
  CHECK(collector.TakeLines() == std::vector<std::string>{"甲 乙", "丙"});
}
