// NormalizeText, ExtractYear, FindYears, Similarity, and the variant table reader.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "label_variants.hpp"
#include "nianbao/error.hpp"
#include "nianbao/normalize.hpp"

namespace {

using nianbao::normalize::Normalizer;

const Normalizer& SharedNormalizer() {
  static const Normalizer normalizer;
  return normalizer;
}

struct TextCase {
  const char* input;
  const char* expected;
};

struct YearCase {
  const char* input;
  std::optional<int> expected;
};

struct SimilarityCase {
  const char* a;
  const char* b;
  double expected;
};

}  // namespace

TEST_CASE("NormalizeText collapses white space and keeps line breaks", "[normalize][text]") {
  const TextCase cases[] = {
      {"", ""},
      {"   ", ""},
      {"总体情况", "总体情况"},
      {"  总体情况  ", "总体情况"},
      {"规　　章", "规 章"},
      {"a  b", "a b"},
      {"a\tb", "a b"},
      {"a \t　\u00A0b", "a b"},
      {"a\nb", "a\nb"},
      {"a \n b", "a\nb"},
      {"a\r\nb", "a\nb"},
      {"a\rb", "a\nb"},
      {"a\n\nb", "a\n\nb"},
      {"a\r\n\r\nb", "a\n\nb"},
      {"a \n\t\n b", "a\n\nb"},
      {"a\u2028b", "a\nb"},
      {"\n\n标题\n\n", "标题"},
      {"２０２１年", "2021年"},
      {"（一）总体情况", "(一)总体情况"},
      {"依据《中华人民共和国政府信息公开条例》（以下简称《条例》）",
       "依据《中华人民共和国政府信息公开条例》(以下简称《条例》)"},
      {"落实“六稳”、“六保”", "落实“六稳”、“六保”"},
      {"總計", "總計"},  // prose keeps its characters: no traditional → simplified
      {"北京市通州区永乐店镇人民政府\n2021年政府信息公开工作年度报告",
       "北京市通州区永乐店镇人民政府\n2021年政府信息公开工作年度报告"},
      {"　   依据条例第五十条规定，编制本报告。", "依据条例第五十条规定,编制本报告。"},
  };
  for (const TextCase& test_case : cases) {
    INFO("input: [" << test_case.input << "]");
    CHECK(SharedNormalizer().NormalizeText(test_case.input) == test_case.expected);
  }
  CHECK(SharedNormalizer().NormalizeText(std::string("a\xFF b", 4)) == "a\uFFFD b");
}

TEST_CASE("ExtractYear finds the first year written with 年", "[normalize][year]") {
  const YearCase cases[] = {
      {"北京市通州区永乐店镇人民政府2021年政府信息公开工作年度报告", 2021},
      {"2021年XX市政府信息公开工作年度报告", 2021},
      {"XX市人民政府2019年政府信息公开工作年度报告", 2019},
      {"XX市人民政府２０２２年政府信息公开工作年度报告", 2022},
      {"XX市人民政府二〇二一年政府信息公开工作年度报告", 2021},
      {"XX市人民政府二零二一年政府信息公开工作年度报告", 2021},
      {"XX市人民政府二○二三年政府信息公开工作年度报告", 2023},
      {"XX市人民政府一九九九年报告", 1999},
      {"2021 年", 2021},
      {"2021　年", 2021},
      {"2021\n年", 2021},
      {"XX市人民政府\n2024年政府信息公开\n工作年度报告", 2024},
      {"2021年度", 2021},
      {"1990年", 1990},
      {"2100年", 2100},
      {"1989年", std::nullopt},
      {"2101年", std::nullopt},
      {"1949年 2020年", 2020},
      {"2019年修订 2021年", 2019},
      {"12021年", std::nullopt},
      {"12021年 2020年", 2020},
      {"２０２１", std::nullopt},
      {"2021", std::nullopt},
      {"年", std::nullopt},
      {"", std::nullopt},
      {"21年", std::nullopt},
      {"二〇二年", std::nullopt},
      {"两〇二一年", std::nullopt},
      {"2〇21年", std::nullopt},
      {"一二〇二一年", std::nullopt},
      {"政府信息公开工作年度报告", std::nullopt},
      {"截至2021年12月31日", 2021},
      {"二〇二一年度", 2021},
  };
  for (const YearCase& test_case : cases) {
    INFO("input: [" << test_case.input << "]");
    CHECK(SharedNormalizer().ExtractYear(test_case.input) == test_case.expected);
  }
}

TEST_CASE("FindYears says where each year ExtractYear would take stands", "[normalize][year]") {
  using nianbao::normalize::FindYears;
  using nianbao::normalize::YearSpan;
  const auto spans = [](std::u32string_view text) {
    std::vector<std::pair<int, size_t>> found;
    for (const YearSpan& span : FindYears(text)) found.emplace_back(span.year, span.begin);
    return found;
  };
  using Found = std::vector<std::pair<int, size_t>>;
  CHECK(spans(U"XX市人民政府2021年政府信息公开工作年度报告") == Found{{2021, 7}});
  CHECK(spans(U"XX市人民政府２０２２年报告") == Found{{2022, 7}});
  CHECK(spans(U"XX县二〇二一年报告") == Found{{2021, 3}});
  CHECK(spans(U"自二零二一 年1月1日起至2021年12月31日止") == Found{{2021, 1}, {2021, 13}});
  CHECK(spans(U"1949年，12021年，2〇21年") == Found{});
  CHECK(spans(U"") == Found{});
  // The first is what ExtractYear gives.
  CHECK(SharedNormalizer().ExtractYear("1949年 2020年 2019年") == 2020);
  CHECK(spans(U"1949年 2020年 2019年") == Found{{2020, 6}, {2019, 12}});
}

TEST_CASE("Similarity is a normalized edit distance over code points", "[normalize][similarity]") {
  const SimilarityCase cases[] = {
      {"", "", 1.0},
      {"总计", "总计", 1.0},
      {"总计", "", 0.0},
      {"", "总计", 0.0},
      {"商业企业", "商业机构", 0.5},
      {"商业企业", "商业企", 0.75},
      {"其他结果", "其他", 0.5},
      {"abc", "abd", 2.0 / 3},
      {"abc", "xyz", 0.0},
      {"结果维持", "结果纠正", 0.5},
      {"kitten", "sitting", 1 - 3.0 / 7},
      {"行政诉讼(复议后起诉)", "行政诉讼(未经复议直接起诉)", 1 - 4.0 / 14},
  };
  for (const SimilarityCase& test_case : cases) {
    INFO(test_case.a << " vs " << test_case.b);
    CHECK(SharedNormalizer().Similarity(test_case.a, test_case.b) == Approx(test_case.expected));
    CHECK(SharedNormalizer().Similarity(test_case.b, test_case.a) == Approx(test_case.expected));
  }
  // Very long inputs are compared for equality only, so the quadratic distance cannot hang.
  const std::string long_a(5000, 'a');
  std::string long_b = long_a;
  long_b.back() = 'b';
  CHECK(SharedNormalizer().Similarity(long_a, long_a) == 1.0);
  CHECK(SharedNormalizer().Similarity(long_a, long_b) == 0.0);
}

TEST_CASE("Similarity with a floor: exact at or above it, below it when below",
          "[normalize][similarity]") {
  // Pairs on either side of each floor, at it exactly (商业企业/商业机构 is 0.5), and cut
  // short by length alone (总计 vs a long label) or by the distance's rows (abc vs xyz).
  const std::u32string labels[] = {U"",
                                   U"总计",
                                   U"商业企业",
                                   U"商业机构",
                                   U"商业企",
                                   U"其他结果",
                                   U"其他",
                                   U"abc",
                                   U"xyz",
                                   U"结果维持",
                                   U"结果纠正",
                                   U"kitten",
                                   U"sitting",
                                   U"行政诉讼复议后起诉",
                                   U"行政诉讼未经复议直接起诉",
                                   U"本年新收政府信息公开申请数量"};
  for (const std::u32string& a : labels) {
    for (const std::u32string& b : labels) {
      const double exact = SharedNormalizer().Similarity(a, b);
      for (double floor : {0.0, 0.3, 0.5, 0.75, 0.8, 1.0}) {
        INFO(floor);
        const double floored = SharedNormalizer().Similarity(a, b, floor);
        if (exact >= floor) {
          CHECK(floored == exact);
        } else {
          CHECK(floored < floor);
        }
      }
    }
  }
}

TEST_CASE("the variant table reader", "[normalize][label]") {
  using nianbao::normalize::ParseVariantTable;
  const auto rules = ParseVariantTable("# comment\n\n其它\t其他\r\n a\tb \n");
  REQUIRE(rules.size() == 2);
  CHECK(rules[0] == std::pair<std::string, std::string>{"其它", "其他"});
  CHECK(rules[1] == std::pair<std::string, std::string>{"a", "b"});
  CHECK(ParseVariantTable("").empty());
  for (const char* bad : {"no tab\n", "a\tb\tc\n", "\tb\n", "a\t\n", "其\t其他\n"}) {
    INFO("table: [" << bad << "]");
    CHECK_THROWS_AS(ParseVariantTable(bad), nianbao::Error);
  }
  // The compiled-in table itself is well formed and not empty.
  CHECK(ParseVariantTable(nianbao::normalize::LabelVariantsTsv()).size() >= 10);
}

TEST_CASE("FoldIdeographs turns radicals and compatibility ideographs into ideographs",
          "[normalize][text][fold]") {
  const TextCase cases[] = {
      // Kangxi radicals (U+2F08 ⼈, U+2F2F ⼯) and CJK Radicals Supplement (U+2EA0 ⺠).
      {"\u2F08\u2EA0\u653F\u5E9C", "人民政府"},
      {"\u2F2F\u4F5C\u62A5\u544A", "工作报告"},
      // CJK Radicals Supplement, which NFKC leaves alone: U+2ECF ⻏ → 邑, U+2EC5 ⻅ → 见.
      {"\u2ECF", "\u9091"},
      {"\u2EC5", "\u89C1"},
      // CJK compatibility ideographs: U+F967 不 → 不, U+F9F4 林 → 林.
      {"\uF967\u4E88\u516C\u5F00", "不予公开"},
      {"\uF9F4\u4E1A\u5C40", "林业局"},
      // A CJK stroke: U+31D0 ㇐ → 一.
      {"\u31D0", "一"},
      // Nothing else changes: width, white space, punctuation, traditional characters.
      {"（一）　总体情况 ２０２１", "（一）　总体情况 ２０２１"},
      {"政府資訊", "政府資訊"},
      {"", ""},
  };
  for (const TextCase& item : cases) {
    INFO(item.input);
    CHECK(SharedNormalizer().FoldIdeographs(item.input) == item.expected);
  }
}

TEST_CASE("labels and running text holding radicals match their ideograph spelling",
          "[normalize][text][fold]") {
  const Normalizer& normalizer = SharedNormalizer();
  // ⾏政处罚 with U+2F8F KANGXI RADICAL WALK ENCLOSURE for 行.
  CHECK(normalizer.NormalizeLabel("\u2F8F政处罚") == "行政处罚");
  CHECK(normalizer.NormalizeLabel("⾃然⼈") == "自然人");
  CHECK(normalizer.SplitOrdinal("（⼀）予以公开").text == "予以公开");
  CHECK(normalizer.NormalizeText("⼈⺠政府 ２０２１年") == "人民政府 2021年");
}
