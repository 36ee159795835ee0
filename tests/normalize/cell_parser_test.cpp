// ParseCell: every form of number the reports write, the conventional zeros, and every
// path that gives "not a number".
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "nianbao/normalize.hpp"

namespace {

using nianbao::normalize::CellValue;
using nianbao::normalize::Normalizer;
using nianbao::normalize::ValueKind;

struct NumberCase {
  const char* input;
  double expected;
  const char* note;
};

struct RejectCase {
  const char* input;
  const char* reason;
};

const Normalizer& SharedNormalizer() {
  static const Normalizer normalizer;  // immutable after construction
  return normalizer;
}

void CheckNumber(const NumberCase& test_case) {
  const CellValue value = SharedNormalizer().ParseCell(test_case.input);
  INFO("input: [" << test_case.input << "] reason: " << value.reason);
  CHECK(value.kind == ValueKind::kNumber);
  CHECK(value.number == Approx(test_case.expected).margin(1e-9));
  CHECK(value.note == test_case.note);
  CHECK(value.reason.empty());
}

void CheckRejected(const RejectCase& test_case) {
  const CellValue value = SharedNormalizer().ParseCell(test_case.input);
  INFO("input: [" << test_case.input << "] number: " << value.number);
  CHECK(value.kind == ValueKind::kNotANumber);
  CHECK_FALSE(value.HasValue());
  CHECK(value.reason == test_case.reason);
}

void CheckZero(const char* input) {
  const CellValue value = SharedNormalizer().ParseCell(input);
  INFO("input: [" << input << "] reason: " << value.reason);
  CHECK(value.kind == ValueKind::kConventionalZero);
  CHECK(value.HasValue());
  CHECK(value.number == 0);
  CHECK(value.note.empty());
}

}  // namespace

TEST_CASE("plain and full-width digits", "[normalize][cell]") {
  const NumberCase cases[] = {
      {"0", 0, ""},           {"1", 1, ""},           {"3", 3, ""},
      {"12", 12, ""},         {"212", 212, ""},       {"1000", 1000, ""},
      {"007", 7, ""},         {"00", 0, ""},          {"999999999999999", 999999999999999, ""},
      {"２１２", 212, ""},    {"０", 0, ""},          {"１", 1, ""},
      {"１０５", 105, ""},    {"２０２１", 2021, ""}, {"2１2", 212, ""},
      {" 3 ", 3, ""},         {"\n12\n", 12, ""},     {"\t7\t", 7, ""},
      {"\r\n45\r\n", 45, ""}, {"　３　", 3, ""},      {"\u00A05\u00A0", 5, ""},
      {"\u200B8", 8, ""},     {"\uFEFF9", 9, ""},     {"\u20036\u2003", 6, ""},
      {" \n\t 0 \n", 0, ""},
  };
  for (const NumberCase& test_case : cases) CheckNumber(test_case);
}

TEST_CASE("thousands separators and decimals", "[normalize][cell]") {
  const NumberCase cases[] = {
      {"1,234", 1234, ""},
      {"1，234", 1234, ""},
      {"１，２３４", 1234, ""},
      {"12,345", 12345, ""},
      {"123,456", 123456, ""},
      {"1,234,567", 1234567, ""},
      {"12,345.67", 12345.67, ""},
      {"１２，３４５．６７", 12345.67, ""},
      {"445,440.51", 445440.51, ""},
      {"12.35", 12.35, ""},
      {"0.5", 0.5, ""},
      {"０．５", 0.5, ""},
      {"0.00", 0, ""},
      {"3.0", 3, ""},
      {"100.125", 100.125, ""},
      {"0.0001", 0.0001, ""},
      {"1,000.5", 1000.5, ""},
      {" 2,000 ", 2000, ""},
      {"\n1,234\n", 1234, ""},
  };
  for (const NumberCase& test_case : cases) CheckNumber(test_case);
  // Decimals are exact to the printed digits (1235 / 100, not 12 + 0.35).
  CHECK(SharedNormalizer().ParseCell("12.35").number == 12.35);
  CHECK(SharedNormalizer().ParseCell("0.1").number == 0.1);
}

TEST_CASE("a grouped number wrapped by a narrow cell reads whole", "[normalize][cell]") {
  // A group is continued on the next line only when it is short without it.
  const NumberCase cases[] = {
      {"1,80\n4", 1804, ""},     {"1,8\n04", 1804, ""},          {"1,\n804", 1804, ""},
      {"3,07 \n 4", 3074, ""},   {"12,345,6\n78", 12345678, ""}, {"1,80\r\n4件", 1804, "件"},
      {"1,80\n4.5", 1804.5, ""},
  };
  for (const NumberCase& test_case : cases) CheckNumber(test_case);
  const char* kGrouping = "bad thousands separators";
  const RejectCase rejected[] = {
      {"1,80 4", kGrouping},    // a space is not a wrap
      {"1,80\n45", kGrouping},  // four digits in the group
      {"1,80\n", kGrouping},
      {"1,804\n5", "two numbers without a note pattern"},  // a full group is not continued
      {"1804\n5", "two numbers without a note pattern"},   // no separator: two numbers
  };
  for (const RejectCase& test_case : rejected) CheckRejected(test_case);
}

TEST_CASE("signs and change words", "[normalize][cell]") {
  const NumberCase cases[] = {
      {"+3", 3, ""},         {"-2", -2, ""},       {"－2", -2, ""},      {"－２", -2, ""},
      {"＋３", 3, ""},       {"\u22122", -2, ""},  {"\uFE632", -2, ""},  {"- 3", -3, ""},
      {"+ 3", 3, ""},        {"-0", 0, ""},        {"+0", 0, ""},        {"-1.5", -1.5, ""},
      {"-1,234", -1234, ""}, {"增加3", 3, ""},     {"减少3", -3, ""},    {"增3", 3, ""},
      {"减2", -2, ""},       {"减少 3", -3, ""},   {"增加 6", 6, ""},    {"增加６", 6, ""},
      {"减少　３", -3, ""},  {"新增4", 4, ""},     {"增加0", 0, ""},     {"减少0", 0, ""},
      {"减少3项", -3, "项"}, {"增加2个", 2, "个"}, {"增加十二", 12, ""}, {"减少三", -3, ""},
      {"增长5", 5, ""},      {"上升2", 2, ""},     {"下降2", -2, ""},    {"下降 1.5", -1.5, ""},
      {"共3件", 3, "件"},    {"共 12", 12, ""},    {"-十", -10, ""},     {"\n-5\n", -5, ""},
  };
  for (const NumberCase& test_case : cases) CheckNumber(test_case);
  // No negative zero: it would print as -0 in JSON.
  CHECK_FALSE(std::signbit(SharedNormalizer().ParseCell("-0").number));
  CHECK_FALSE(std::signbit(SharedNormalizer().ParseCell("减少0").number));
}

TEST_CASE("units and trailing words become the note", "[normalize][cell]") {
  const NumberCase cases[] = {
      {"3件", 3, "件"},
      {"3 件", 3, "件"},
      {"3\n件", 3, "件"},
      {"0元", 0, "元"},
      {"3项", 3, "项"},
      {"5个", 5, "个"},
      {"12人次", 12, "人次"},
      {"100%", 100, "%"},
      {"100％", 100, "％"},
      {"251000元", 251000, "元"},
      {"２５１０００元", 251000, "元"},
      {"8条", 8, "条"},
      {"6次", 6, "次"},
      {"2家", 2, "家"},
      {"4份", 4, "份"},
      {"3件。", 3, "件。"},
      {"3。", 3, "。"},
      {"3（件）", 3, "（件）"},
      {"12.35万元", 12.35, "万元"},
      {"12.35 万元", 12.35, "万元"},
      {"0.5万元", 0.5, "万元"},
      {"３．５万元", 3.5, "万元"},
      {"1,234.5万元", 1234.5, "万元"},
      {"3千元", 3, "千元"},
      {"2亿元", 2, "亿元"},
      {"5 元", 5, "元"},
      {"0.00元", 0, "元"},
      {"1万余", 10000, "余"},
  };
  for (const NumberCase& test_case : cases) CheckNumber(test_case);
}

TEST_CASE("a magnitude after digits multiplies, a currency unit does not", "[normalize][cell]") {
  const NumberCase cases[] = {
      {"3万", 30000, ""},    {"1.2万", 12000, ""},         {"0.5万", 5000, ""},
      {"２万", 20000, ""},   {"3万件", 30000, "件"},       {"1.2万人次", 12000, "人次"},
      {"5千", 5000, ""},     {"2亿", 200000000, ""},       {"1.25亿", 125000000, ""},
      {"3 万", 3, "万"},     {"12.35万元", 12.35, "万元"}, {"3万元", 3, "万元"},
      {"三万元", 3, "万元"}, {"十二万元", 12, "万元"},     {"3萬", 30000, ""},
  };
  for (const NumberCase& test_case : cases) CheckNumber(test_case);
  // The magnitude is applied exactly, not by a rounded multiplication.
  CHECK(SharedNormalizer().ParseCell("1.2万").number == 12000);
  CHECK(SharedNormalizer().ParseCell("0.7万").number == 7000);
}

TEST_CASE("Chinese numerals", "[normalize][cell]") {
  const NumberCase cases[] = {
      {"〇", 0, ""},
      {"零", 0, ""},
      {"二", 2, ""},
      {"两", 2, ""},
      {"三", 3, ""},
      {"九", 9, ""},
      {"十", 10, ""},
      {"十二", 12, ""},
      {"二十", 20, ""},
      {"二十一", 21, ""},
      {"九十九", 99, ""},
      {"一百", 100, ""},
      {"一百零五", 105, ""},
      {"一百一十", 110, ""},
      {"三百二十一", 321, ""},
      {"一千", 1000, ""},
      {"一千零一十", 1010, ""},
      {"两千零二十一", 2021, ""},
      {"一万", 10000, ""},
      {"两万", 20000, ""},
      {"十万", 100000, ""},
      {"一万二千", 12000, ""},
      {"二十万零十", 200010, ""},
      {"一亿", 100000000, ""},
      {"一亿二千万", 120000000, ""},
      {"三件", 3, "件"},
      {"十二项", 12, "项"},
      {"五个", 5, "个"},
      {"一件", 1, "件"},
      {"二十 件", 20, "件"},
      {"壹", 1, ""},
      {"贰", 2, ""},
      {"叁", 3, ""},
      {"肆", 4, ""},
      {"伍", 5, ""},
      {"陆", 6, ""},
      {"柒", 7, ""},
      {"捌", 8, ""},
      {"玖", 9, ""},
      {"拾", 10, ""},
      {"壹拾贰", 12, ""},
      {"壹佰贰拾", 120, ""},
      {"叁仟", 3000, ""},
      {"伍佰零伍", 505, ""},
      {"貳拾", 20, ""},
      {"二〇二一", 2021, ""},
      {"二零二一", 2021, ""},
      {"一九九九", 1999, ""},
      {"〇〇七", 7, ""},
      {"十二（其中修订三件）", 12, "（其中修订三件）"},
      {"三，其中2件修订", 3, "，其中2件修订"},
  };
  for (const NumberCase& test_case : cases) CheckNumber(test_case);
}

TEST_CASE("a number with a note keeps the note", "[normalize][cell]") {
  const NumberCase cases[] = {
      {"22（其中修订16件）", 22, "（其中修订16件）"},
      {"55（含自然失效29件）", 55, "（含自然失效29件）"},
      {"22(其中修订16件)", 22, "(其中修订16件)"},
      {"22 （其中修订16件）", 22, "（其中修订16件）"},
      {"22\n（其中修订16件）", 22, "（其中修订16件）"},
      {"22件（其中修订16件）", 22, "件（其中修订16件）"},
      {"22，其中修订16件", 22, "，其中修订16件"},
      {"22,其中修订16件", 22, ",其中修订16件"},
      {"22；其中修订16件", 22, "；其中修订16件"},
      {"22 其中修订16件", 22, "其中修订16件"},
      {"10（含2019年结转3件）", 10, "（含2019年结转3件）"},
      {"7，含转办2件", 7, "，含转办2件"},
      {"7，包括转办2件", 7, "，包括转办2件"},
      {"7，另有2件在办", 7, "，另有2件在办"},
      {"5【注1】", 5, "【注1】"},
      {"5[1]", 5, "[1]"},
      {"5〔注2〕", 5, "〔注2〕"},
      {"3（注：含1件复议后起诉）", 3, "（注：含1件复议后起诉）"},
      {"1.5万元（其中2021年结转0.3万元）", 1.5, "万元（其中2021年结转0.3万元）"},
      {"-3（调整2项）", -3, "（调整2项）"},
      {"减少3（合并2项）", -3, "（合并2项）"},
      {"12（暂未结案）", 12, "（暂未结案）"},
      {"12（其中16", 12, "（其中16"},  // a note cut off by the cell border
  };
  for (const NumberCase& test_case : cases) CheckNumber(test_case);
}

TEST_CASE("blank-like marks and 无 are conventional zeros", "[normalize][cell]") {
  const char* cases[] = {
      "",       " ",      "\n",     "\t",     "　",     "\u00A0", "\r\n \r\n", "—",      "——",
      "———",    "－",     "-",      "--",     "/",      "／",     "//",        "\\",     "–",
      "―",      "─",      "━",      "\u2010", "\u2011", "\u2012", "\u2212",    "\uFE63", "\uFE58",
      "\u2215", " — ",    "\n—\n",  "—\n—",   "- -",    "-/-",    "无",        " 无 ",   "\n无\n",
      "無",     "　无　", "　／　", "\u200B", "\uFEFF",
  };
  for (const char* input : cases) CheckZero(input);
}

TEST_CASE("a literal zero is a number, not a conventional zero", "[normalize][cell]") {
  for (const char* input : {"0", "０", "0.0", "0.00", "00", "+0", "-0", "〇", "零", "0元"}) {
    const CellValue value = SharedNormalizer().ParseCell(input);
    INFO("input: [" << input << "]");
    CHECK(value.kind == ValueKind::kNumber);
    CHECK(value.number == 0);
  }
}

TEST_CASE("two competing numbers are never guessed", "[normalize][cell]") {
  const char* kTwo = "two numbers without a note pattern";
  const RejectCase cases[] = {
      {"3 5", kTwo},
      {"3/5", kTwo},
      {"12 13", kTwo},
      {"1 2", kTwo},
      {"1\n2", kTwo},
      {"1　2", kTwo},
      {"１２ １３", kTwo},
      {"3-5", kTwo},
      {"3－5", kTwo},
      {"3~5", kTwo},
      {"3～5", kTwo},
      {"3或5", kTwo},
      {"3件5件", kTwo},
      {"3五", kTwo},
      {"3 五", kTwo},
      {"1.2.3", kTwo},
      {"22（其中修订16件）3", kTwo},
      {"3万2千", kTwo},
      {"1 234", kTwo},
      {"3%5", kTwo},
      {"-3 +2", kTwo},
      {"增加3减少2", kTwo},
      {"12\n13", kTwo},
      {"2021 2022", kTwo},
      {"三 5", kTwo},
      {"十二 13", kTwo},
  };
  for (const RejectCase& test_case : cases) CheckRejected(test_case);
}

TEST_CASE("enumerators are not numbers", "[normalize][cell]") {
  const char* kEnumerator = "an enumerator (1. or 1、), not a number";
  const RejectCase cases[] = {
      {"1.属于国家秘密", kEnumerator},
      {"1．属于国家秘密", kEnumerator},
      {"1、属于国家秘密", kEnumerator},
      {"2.重复申请", kEnumerator},
      {"3.其他", kEnumerator},
      {"12.", kEnumerator},
      {"3、", kEnumerator},
      {"3、5", kEnumerator},
      {"8.属于行政查询事项", kEnumerator},
  };
  for (const RejectCase& test_case : cases) CheckRejected(test_case);
}

TEST_CASE("text is not a number", "[normalize][cell]") {
  const char* kText = "text, not a number";
  const char* kBefore = "text before the number";
  const RejectCase cases[] = {
      {"详见附件", kText},
      {"不适用", kText},
      {"持平", kText},
      {"N/A", kText},
      {"n/a", kText},
      {"空", kText},
      {"暂无", kText},
      {"无无", kText},
      {"无。", kText},
      {"总计", kText},
      {"信息内容", kText},
      {"x", kText},
      {"?", kText},
      {"…", kText},
      {"*", kText},
      {"（一）予以公开", kText},
      {"(一)予以公开", kText},
      {"不详", kText},
      {"第3", kBefore},
      {"约3", kBefore},
      {".5", kBefore},
      {"（1）", kBefore},
      {"(1)", kBefore},
      {"第二十条第（一）项", kText},
      {"同比增长3%", kBefore},
      {"本年3件", kBefore},
      {"x3", kBefore},
      {"¥100", kBefore},
      {"#3", kBefore},
      {"第二十条第(1)项", kBefore},
      {"?3", kBefore},
  };
  for (const RejectCase& test_case : cases) CheckRejected(test_case);
}

TEST_CASE("malformed numbers say why", "[normalize][cell]") {
  const char* kGrouping = "bad thousands separators";
  const char* kDigits = "more than 15 significant digits";
  const char* kSign = "a sign without a number";
  const char* kChinese = "malformed Chinese numeral";
  const char* kWords = "Chinese numeral characters inside words, not a number";
  const char* kLoneOne = "a lone 一 is a dash or the number one: ambiguous";
  const RejectCase cases[] = {
      {"1,23", kGrouping},
      {"3,5", kGrouping},
      {"1,2345", kGrouping},
      {"1234,567", kGrouping},
      {"12,34,567", kGrouping},
      {"0,5", kGrouping},
      {"1，23", kGrouping},
      {"1,234,56", kGrouping},
      {"1234567890123456", kDigits},
      {"99999999999999999999", kDigits},
      {"0.1234567890123456", kDigits},
      {"1,234,567,890,123,456", kDigits},
      {"+", kSign},
      {"增加", kSign},
      {"减少", kSign},
      {"共", kSign},
      {"增", kSign},
      {"减少 ", kSign},
      {"三四", kChinese},
      {"百", kChinese},
      {"十百", kChinese},
      {"百十", kChinese},
      {"万", kChinese},
      {"一万亿", kChinese},
      {"零十", kChinese},
      {"三两", kChinese},
      {"一二三四五六七八九〇一二三四五六", kChinese},
      {"一般", kWords},
      {"万一", kChinese},
      {"十分", kWords},
      {"一些", kWords},
      {"两者", kWords},
      {"三类内部事务信息", kWords},
      {"一、本年新收政府信息公开申请数量", kWords},
      {"四、结转下年度继续办理", kWords},
      {"一", kLoneOne},
      {" 一 ", kLoneOne},
      {"\n一\n", kLoneOne},
  };
  for (const RejectCase& test_case : cases) CheckRejected(test_case);
}

TEST_CASE("a slash without a second number is a note", "[normalize][cell]") {
  const CellValue value = SharedNormalizer().ParseCell("3/");
  CHECK(value.kind == ValueKind::kNumber);
  CHECK(value.number == 3);
  CHECK(value.note == "/");
}

TEST_CASE("malformed UTF-8 and hostile input do not crash", "[normalize][cell]") {
  const std::string bad_bytes[] = {
      std::string("\xFF\xFE", 2),
      std::string("\xE4\xB8", 2),
      std::string("3\xFF", 2),
      std::string("\xC0\x80", 2),
      std::string("\0", 1),
      std::string("3\0"
                  "5",
                  3),
  };
  for (const std::string& input : bad_bytes) {
    const CellValue value = SharedNormalizer().ParseCell(input);
    CHECK((value.kind == ValueKind::kNotANumber || value.kind == ValueKind::kNumber));
  }
  CHECK(SharedNormalizer().ParseCell(std::string("3\xFF", 2)).note == "\uFFFD");
  const std::string long_digits(100000, '7');
  CHECK(SharedNormalizer().ParseCell(long_digits).reason == "more than 15 significant digits");
  const std::string long_dashes(30000, '-');
  CHECK(SharedNormalizer().ParseCell(long_dashes).kind == ValueKind::kConventionalZero);
  std::string long_note = "5（";
  for (int repeat_idx = 0; repeat_idx < 10000; ++repeat_idx) long_note += "其中1件";
  CHECK(SharedNormalizer().ParseCell(long_note).number == 5);
}

TEST_CASE("every variation of one number reads the same", "[normalize][cell]") {
  // The same values written in each of the forms the dev corpus variants list
  // (fullwidth_digits, thousands_sep, label_linebreak-style breaks) and real cells use.
  const std::vector<std::pair<std::string, double>> values = {
      {"0", 0}, {"7", 7}, {"42", 42}, {"212", 212}, {"1234", 1234}, {"98765", 98765}};
  auto full_width = [](const std::string& digits) {
    std::string out;
    for (char digit : digits)
      out += std::string("\xEF\xBC") + static_cast<char>(0x90 + (digit - '0'));
    return out;
  };
  auto with_commas = [](const std::string& digits) {
    std::string out;
    for (size_t pos = 0; pos < digits.size(); ++pos) {
      if (pos > 0 && (digits.size() - pos) % 3 == 0) out += ',';
      out += digits[pos];
    }
    return out;
  };
  const std::vector<std::pair<std::string, std::string>> wrappers = {
      {"", ""},    {" ", " "}, {"\n", "\n"}, {"　", "　"},     {"\t", ""},     {"", "件"},
      {"", " 件"}, {"", "项"}, {"", "个"},   {"\r\n", "\r\n"}, {"\u00A0", ""}, {"", "（其中1件）"}};
  int checked = 0;
  for (const auto& [digits, expected] : values) {
    for (const std::string& form : {digits, full_width(digits), with_commas(digits)}) {
      for (const auto& [before, after] : wrappers) {
        const std::string input = before + form + after;
        const CellValue value = SharedNormalizer().ParseCell(input);
        INFO("input: [" << input << "] reason: " << value.reason);
        CHECK(value.kind == ValueKind::kNumber);
        CHECK(value.number == expected);
        ++checked;
      }
    }
  }
  CHECK(checked == 6 * 3 * 12);
}
