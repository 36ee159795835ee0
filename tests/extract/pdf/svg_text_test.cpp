// The debug drawing's text: CJK fonts named, and labels fitted into their cells.
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <variant>

#include "nianbao/extract.hpp"
#include "nianbao/pdf_debug.hpp"
#include "svg_text.hpp"

namespace nianbao::pdf_debug {
namespace {

using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

TEST_CASE("wide characters count a full em, digits and Latin less", "[pdf][svg]") {
  CHECK(TextWidthEm("自然人") == Approx(3.0));
  CHECK(TextWidthEm("ｔ３") == Approx(2.0));  // full-width forms
  CHECK(TextWidthEm("t3.new") < 4.0);
  CHECK(TextWidthEm("") == 0.0);
}

TEST_CASE("a label that fits keeps its text and size", "[pdf][svg]") {
  const FittedText fitted = FitText("t2.penalty.decisions", 100, 3.5, 2.0);
  CHECK(fitted.text == "t2.penalty.decisions");
  CHECK(fitted.size == 3.5);
  CHECK_FALSE(fitted.shortened);
}

TEST_CASE("a label a little too wide is drawn smaller", "[pdf][svg]") {
  const std::string key = "t3.new.natural";
  const double width = TextWidthEm(key) * 2.5;
  const FittedText fitted = FitText(key, width, 3.5, 2.0);
  CHECK(fitted.text == key);
  CHECK(fitted.size == Approx(2.5));
  CHECK_FALSE(fitted.shortened);
}

TEST_CASE("a long key in a narrow cell keeps its most specific parts", "[pdf][svg]") {
  const std::string key = "t3.denied.third_party.natural";
  const double width = 30;
  const FittedText fitted = FitText(key, width, 3.5, 2.0);
  CHECK(fitted.shortened);
  CHECK_THAT(fitted.text, StartsWith("…") && EndsWith("third_party.natural"));
  CHECK(TextWidthEm(fitted.text) * fitted.size <= width);
  CHECK(fitted.size >= 2.0);

  const FittedText tiny = FitText(key, 12, 3.5, 2.0);
  CHECK_THAT(tiny.text, StartsWith("…"));
  CHECK(TextWidthEm(tiny.text) * tiny.size <= 12);
  CHECK_THAT(key, EndsWith(tiny.text.substr(std::string("…").size())));
}

TEST_CASE("a Chinese label is cut at characters, never inside one", "[pdf][svg]") {
  const std::string label = "本年新收政府信息公开申请数量";
  const FittedText fitted = FitText(label, 14, 3.5, 2.0);
  CHECK(fitted.shortened);
  CHECK_THAT(fitted.text, StartsWith("…") && EndsWith("申请数量"));
  CHECK_THAT(label, EndsWith(fitted.text.substr(std::string("…").size())));
  CHECK(TextWidthEm(fitted.text) * fitted.size <= 14);
}

TEST_CASE("the drawing names CJK fonts and fits every label into its cell", "[pdf][svg]") {
  const std::string path = std::string(NIANBAO_SAMPLES) + "/bureau_2021_report.pdf";
  ReadOptions options;
  options.keep_trace = true;
  const Document document = ReadDocumentFile(path, options);
  // A long label on every cell of the widest table's first page, the narrowest cells there.
  const std::string long_label = "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";
  const Table* widest = nullptr;
  int widest_idx = -1;
  int table_idx = -1;
  for (const Block& block : document.blocks) {
    if (const auto* table = std::get_if<Table>(&block)) {
      ++table_idx;
      if (widest == nullptr || table->cols > widest->cols) {
        widest = table;
        widest_idx = table_idx;
      }
    }
  }
  REQUIRE(widest != nullptr);
  int page = 0;
  std::vector<CellLabel> labels;
  std::vector<double> cell_widths;
  for (const Cell& cell : widest->cells) {
    if (page == 0) page = cell.page.value_or(0);
    if (cell.page == page && cell.bbox) {
      labels.push_back({widest_idx, cell.row, cell.col, long_label});
      cell_widths.push_back(cell.bbox->x1 - cell.bbox->x0);
    }
  }
  REQUIRE(page > 0);
  const std::string svg = DrawPage(document, page, labels).svg;
  CHECK_THAT(svg, Contains("font-family=\"'Noto Sans CJK SC', 'WenQuanYi Zen Hei'"));
  const std::regex label_text(
      R"re(<text [^>]*font-size="([0-9.]+)" fill="#087008">([^<]*)(<title>([^<]*)</title>)?)re");
  size_t drawn = 0;
  int shortened = 0;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), label_text);
       it != std::sregex_iterator() && drawn < labels.size(); ++it, ++drawn) {
    const double size = std::stod((*it)[1]);
    const std::string text = (*it)[2];
    INFO("label " << drawn << ": " << text << " at " << size << " in " << cell_widths[drawn]);
    CHECK(TextWidthEm(text) * size <= cell_widths[drawn] - 2 + 0.01);
    if (text != long_label) {
      ++shortened;
      CHECK_THAT(text, StartsWith("…"));
      CHECK((*it)[4] == long_label);
    }
  }
  CHECK(drawn == labels.size());
  CHECK(shortened > 0);
}

}  // namespace
}  // namespace nianbao::pdf_debug
