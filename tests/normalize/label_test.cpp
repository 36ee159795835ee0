// NormalizeLabel and SplitOrdinal: the label variations of the dev corpus variant list
// (label_spacing, label_wording, quote_style, enum_style, label_linebreak), traditional
// characters, and the template labels themselves, which must come through unchanged.
#include <catch2/catch.hpp>

#include <string>

#include "nianbao/normalize.hpp"

namespace {

using nianbao::normalize::LabelParts;
using nianbao::normalize::Normalizer;
using nianbao::normalize::OrdinalStyle;

struct LabelCase {
  const char* input;
  const char* expected;
};

struct OrdinalCase {
  const char* input;
  OrdinalStyle style;
  int ordinal;
  const char* text;
};

const Normalizer& SharedNormalizer() {
  static const Normalizer normalizer;
  return normalizer;
}

void CheckLabel(const LabelCase& test_case) {
  INFO("input: [" << test_case.input << "]");
  const std::string normalized = SharedNormalizer().NormalizeLabel(test_case.input);
  CHECK(normalized == test_case.expected);
  // Normalizing twice changes nothing.
  CHECK(SharedNormalizer().NormalizeLabel(normalized) == normalized);
}

void CheckOrdinal(const OrdinalCase& test_case) {
  INFO("input: [" << test_case.input << "]");
  const LabelParts parts = SharedNormalizer().SplitOrdinal(test_case.input);
  CHECK(parts.style == test_case.style);
  CHECK(parts.ordinal == test_case.ordinal);
  CHECK(parts.text == test_case.text);
}

}  // namespace

TEST_CASE("every kind of white space is removed from labels", "[normalize][label]") {
  const LabelCase cases[] = {
      {"规章", "规章"},
      {"规　　章", "规章"},
      {"规 章", "规章"},
      {"总　计", "总计"},
      {"总  计", "总计"},
      {"其　他", "其他"},
      {"自　然　人", "自然人"},
      {"信 息 内 容", "信息内容"},
      {"信息　内容", "信息内容"},
      {"商业\n企业", "商业企业"},
      {"商业\r\n企业", "商业企业"},
      {"商业\r企业", "商业企业"},
      {"结果\n维持", "结果维持"},
      {"科研\n机构", "科研机构"},
      {"其他\n结果", "其他结果"},
      {"尚未\n审结", "尚未审结"},
      {"\t规章\t", "规章"},
      {"\u00A0规章\u00A0", "规章"},
      {"规\u200B章", "规章"},
      {"\uFEFF规章", "规章"},
      {"规\u2003章", "规章"},
      {"规\u2028章", "规章"},
      {"  行政许可  ", "行政许可"},
      {"行政\n\n许可", "行政许可"},
      {"申请人无正当理由逾期不补正、\n行政机关不再处理其政府信息公开申请",
       "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
      {"", ""},
      {" \n\t　", ""},
  };
  for (const LabelCase& test_case : cases) CheckLabel(test_case);
}

TEST_CASE("quotes of every style are removed", "[normalize][label]") {
  const LabelCase cases[] = {
      {"3.危及“三安全一稳定”", "3.危及三安全一稳定"},
      {"3.危及\"三安全一稳定\"", "3.危及三安全一稳定"},
      {"3.危及＂三安全一稳定＂", "3.危及三安全一稳定"},
      {"3.危及「三安全一稳定」", "3.危及三安全一稳定"},
      {"3.危及『三安全一稳定』", "3.危及三安全一稳定"},
      {"3.危及‘三安全一稳定’", "3.危及三安全一稳定"},
      {"3.危及'三安全一稳定'", "3.危及三安全一稳定"},
      {"3.危及〝三安全一稳定〞", "3.危及三安全一稳定"},
      {"3.危及«三安全一稳定»", "3.危及三安全一稳定"},
      {"3.危及三安全一稳定", "3.危及三安全一稳定"},
      {"3．危及 “三安全一稳定” ", "3.危及三安全一稳定"},
      {"3、危及“三安全一稳定”", "3、危及三安全一稳定"},
  };
  for (const LabelCase& test_case : cases) CheckLabel(test_case);
}

TEST_CASE("width and punctuation are folded by NFKC", "[normalize][label]") {
  const LabelCase cases[] = {
      {"（一）予以公开", "(一)予以公开"},
      {"(一)予以公开", "(一)予以公开"},
      {"( 一 ) 予以公开", "(一)予以公开"},
      {"㈠予以公开", "(一)予以公开"},
      {"（1）予以公开", "(1)予以公开"},
      {"⑴予以公开", "(1)予以公开"},
      {"（１）予以公开", "(1)予以公开"},
      {"1．属于国家秘密", "1.属于国家秘密"},
      {"１.属于国家秘密", "1.属于国家秘密"},
      {"⒈属于国家秘密", "1.属于国家秘密"},
      {"本年收费金额（单位：万元）", "本年收费金额(单位:万元)"},
      {"本年收费金额(单位:万元)", "本年收费金额(单位:万元)"},
      {"本年收费金额（单位:万元）", "本年收费金额(单位:万元)"},
      {"行政诉讼（未经复议直接起诉）", "行政诉讼(未经复议直接起诉)"},
      {"行政诉讼(复议后起诉)", "行政诉讼(复议后起诉)"},
      {"第二十条第（一）项", "第二十条第(一)项"},
      {"第二十条第(五)项", "第二十条第(五)项"},
      {"本年增／减", "本年增/减"},
      {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
       "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"},
      {"ＡＢＣ", "ABC"},
      {"ｶﾀｶﾅ", "カタカナ"},
  };
  for (const LabelCase& test_case : cases) CheckLabel(test_case);
}

TEST_CASE("traditional characters become simplified", "[normalize][label]") {
  const LabelCase cases[] = {
      {"總計", "总计"},
      {"規章", "规章"},
      {"行政許可", "行政许可"},
      {"行政處罰", "行政处罚"},
      {"行政強制", "行政强制"},
      {"商業企業", "商业企业"},
      {"科研機構", "科研机构"},
      {"社會公益組織", "社会公益组织"},
      {"法律服務機構", "法律服务机构"},
      {"法人或其他組織", "法人或其他组织"},
      {"不予公開", "不予公开"},
      {"無法提供", "无法提供"},
      {"不予處理", "不予处理"},
      {"其他處理", "其他处理"},
      {"結果維持", "结果维持"},
      {"結果糾正", "结果纠正"},
      {"尚未審結", "尚未审结"},
      {"行政復議", "行政复议"},
      {"行政訴訟", "行政诉讼"},
      {"屬於國家秘密", "属于国家秘密"},
      {"危及“三安全一穩定”", "危及三安全一稳定"},
      {"本年新收政府信息公開申請數量", "本年新收政府信息公开申请数量"},
      {"（一）予以公開", "(一)予以公开"},
      {"其它處理", "其他处理"},
  };
  for (const LabelCase& test_case : cases) CheckLabel(test_case);
}

TEST_CASE("variant wordings are folded from the data table", "[normalize][label]") {
  const LabelCase cases[] = {
      {"其它", "其他"},
      {"其　它", "其他"},
      {"（六）其它处理", "(六)其他处理"},
      {"其它结果", "其他结果"},
      {"3.其它", "3.其他"},
      {"2.其它法律行政法规禁止公开", "2.其他法律行政法规禁止公开"},
      {"法人或者其他组织", "法人或其他组织"},
      {"法人或者其它组织", "法人或其他组织"},
      {"法人和其他组织", "法人或其他组织"},
      {"法人及其他组织", "法人或其他组织"},
      {"法人或其他组织", "法人或其他组织"},
      {"法人或者\n其他组织", "法人或其他组织"},
      {"二、上年度结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量"},
      {"四、结转下一年度继续办理", "四、结转下年度继续办理"},
      {"一、本年度新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量"},
      {"1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",
       "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
      {"2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请",
       "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
      {"（二）部分公开（区分处理的、只计这一情形、不计其他情形）",
       "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"},
      {"2.其他法律、行政法规禁止公开", "2.其他法律行政法规禁止公开"},
      {"1.信访、举报、投诉类申请", "1.信访举报投诉类申请"},
      {"四、政府信息公开行政复议行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况"},
      {"本年增减", "本年增/减"},
      {"本年增、减", "本年增/减"},
      {"本年增／减", "本年增/减"},
  };
  for (const LabelCase& test_case : cases) CheckLabel(test_case);
}

TEST_CASE("template labels come through unchanged", "[normalize][label]") {
  // Every label of SCHEMA.md without brackets or quotes: NFKC, the traditional to
  // simplified conversion and the variant table must leave them exactly as they are.
  const char* labels[] = {
      "规章",
      "本年制发件数",
      "本年废止件数",
      "现行有效件数",
      "行政规范性文件",
      "行政许可",
      "本年处理决定数量",
      "行政处罚",
      "行政强制",
      "行政事业性收费",
      "本年新制作数量",
      "本年新公开数量",
      "对外公开总数量",
      "规范性文件",
      "上一年项目数量",
      "本年增/减",
      "处理决定数量",
      "其他对外管理服务事项",
      "政府集中采购",
      "采购项目数量",
      "采购总金额",
      "自然人",
      "法人或其他组织",
      "商业企业",
      "科研机构",
      "社会公益组织",
      "法律服务机构",
      "其他",
      "小计",
      "总计",
      "一、本年新收政府信息公开申请数量",
      "二、上年结转政府信息公开申请数量",
      "三、本年度办理结果",
      "予以公开",
      "不予公开",
      "1.属于国家秘密",
      "2.其他法律行政法规禁止公开",
      "4.保护第三方合法权益",
      "5.属于三类内部事务信息",
      "6.属于四类过程性信息",
      "7.属于行政执法案卷",
      "8.属于行政查询事项",
      "无法提供",
      "1.本机关不掌握相关政府信息",
      "2.没有现成信息需要另行制作",
      "3.补正后申请内容仍不明确",
      "不予处理",
      "1.信访举报投诉类申请",
      "2.重复申请",
      "3.要求提供公开出版物",
      "4.无正当理由大量反复申请",
      "5.要求行政机关确认或重新出具已获取信息",
      "其他处理",
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
      "3.其他",
      "四、结转下年度继续办理",
      "行政复议",
      "行政诉讼",
      "未经复议直接起诉",
      "复议后起诉",
      "结果维持",
      "结果纠正",
      "其他结果",
      "尚未审结",
      "信息内容",
      "申请人情况",
      "发出收费通知的件数",
      "总金额",
      "实际收取的总金额",
      "政府信息公开",
      "政府信息公开工作年度报告",
      "主动公开政府信息情况",
      "收到和处理政府信息公开申请情况",
      "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况",
      "其他需要报告的事项",
      "总体情况",
      "信息处理费",
  };
  for (const char* label : labels) CheckLabel({label, label});
}

TEST_CASE("SplitOrdinal recognises every enumerator style", "[normalize][label]") {
  const OrdinalCase cases[] = {
      {"（一）予以公开", OrdinalStyle::kChineseParenthesis, 1, "予以公开"},
      {"(一)予以公开", OrdinalStyle::kChineseParenthesis, 1, "予以公开"},
      {"( 一 )予以公开", OrdinalStyle::kChineseParenthesis, 1, "予以公开"},
      {"㈠予以公开", OrdinalStyle::kChineseParenthesis, 1, "予以公开"},
      {"（二）部分公开", OrdinalStyle::kChineseParenthesis, 2, "部分公开"},
      {"（三）不予公开", OrdinalStyle::kChineseParenthesis, 3, "不予公开"},
      {"（七）总　计", OrdinalStyle::kChineseParenthesis, 7, "总计"},
      {"(七)总计", OrdinalStyle::kChineseParenthesis, 7, "总计"},
      {"（十）其他", OrdinalStyle::kChineseParenthesis, 10, "其他"},
      {"（十二）其他", OrdinalStyle::kChineseParenthesis, 12, "其他"},
      {"（六）其它处理", OrdinalStyle::kChineseParenthesis, 6, "其他处理"},
      // OCR's Latin letters for a numeral in parentheses: an enumerator of unknown number.
      {"(AN)\n其他处\n理", OrdinalStyle::kNone, 0, "其他处理"},
      {"(AN)", OrdinalStyle::kNone, 0, "(AN)"},  // no Chinese label after it: kept whole
      // Another ideograph for the numeral ((世) for （七）), or one digit whose mark OCR lost
      // (3其它 for 3.其它): an enumerator of unknown number; a quantity (3年) is no enumerator.
      {"(世)总计", OrdinalStyle::kNone, 0, "总计"},
      // A numeral whose closing parenthesis OCR lost or read as a letter.
      {"(七总计", OrdinalStyle::kNone, 0, "总计"},
      {"(七j总计", OrdinalStyle::kNone, 0, "总计"},
      {"(七", OrdinalStyle::kNone, 0, "(七"},
      {"(一二三", OrdinalStyle::kNone, 0, "(一二三"},
      {"3其它", OrdinalStyle::kNone, 0, "其他"},
      {"3年以上", OrdinalStyle::kNone, 0, "3年以上"},
      {"（1）加大主动公开力度", OrdinalStyle::kArabicParenthesis, 1, "加大主动公开力度"},
      {"(2) 加强政府信息管理", OrdinalStyle::kArabicParenthesis, 2, "加强政府信息管理"},
      {"（１２）x", OrdinalStyle::kArabicParenthesis, 12, "x"},
      {"⑴x", OrdinalStyle::kArabicParenthesis, 1, "x"},
      {"一、本年新收政府信息公开申请数量", OrdinalStyle::kChineseComma, 1,
       "本年新收政府信息公开申请数量"},
      {"二、上年结转政府信息公开申请数量", OrdinalStyle::kChineseComma, 2,
       "上年结转政府信息公开申请数量"},
      {"三、本年度办理结果", OrdinalStyle::kChineseComma, 3, "本年度办理结果"},
      {"四、结转下年度继续办理", OrdinalStyle::kChineseComma, 4, "结转下年度继续办理"},
      {"六、其他需要报告的事项", OrdinalStyle::kChineseComma, 6, "其他需要报告的事项"},
      {"十一、x", OrdinalStyle::kChineseComma, 11, "x"},
      {"一．总体情况", OrdinalStyle::kChineseComma, 1, "总体情况"},
      {"一. 总体情况", OrdinalStyle::kChineseComma, 1, "总体情况"},
      {"1.属于国家秘密", OrdinalStyle::kArabicDot, 1, "属于国家秘密"},
      {"1．属于国家秘密", OrdinalStyle::kArabicDot, 1, "属于国家秘密"},
      {"1、属于国家秘密", OrdinalStyle::kArabicDot, 1, "属于国家秘密"},
      {"１．属于国家秘密", OrdinalStyle::kArabicDot, 1, "属于国家秘密"},
      {"⒈属于国家秘密", OrdinalStyle::kArabicDot, 1, "属于国家秘密"},
      {"1. 属于国家秘密", OrdinalStyle::kArabicDot, 1, "属于国家秘密"},
      {"2.其他法律行政法规禁止公开", OrdinalStyle::kArabicDot, 2, "其他法律行政法规禁止公开"},
      {"3.危及“三安全一稳定”", OrdinalStyle::kArabicDot, 3, "危及三安全一稳定"},
      {"3、危及\"三安全一稳定\"", OrdinalStyle::kArabicDot, 3, "危及三安全一稳定"},
      {"3．危及三安全一稳定", OrdinalStyle::kArabicDot, 3, "危及三安全一稳定"},
      {"8.属于行政查询事项", OrdinalStyle::kArabicDot, 8, "属于行政查询事项"},
      {"2、 主动公开政府信息情况", OrdinalStyle::kArabicDot, 2, "主动公开政府信息情况"},
      {"12.x", OrdinalStyle::kArabicDot, 12, "x"},
      {"3.其它", OrdinalStyle::kArabicDot, 3, "其他"},
      {"1.", OrdinalStyle::kArabicDot, 1, ""},
      {"（一）", OrdinalStyle::kChineseParenthesis, 1, ""},
  };
  for (const OrdinalCase& test_case : cases) CheckOrdinal(test_case);
}

TEST_CASE("SplitOrdinal leaves labels without an enumerator whole", "[normalize][label]") {
  const OrdinalCase cases[] = {
      {"自然人", OrdinalStyle::kNone, 0, "自然人"},
      {"总　计", OrdinalStyle::kNone, 0, "总计"},
      {"", OrdinalStyle::kNone, 0, ""},
      {"商业\n企业", OrdinalStyle::kNone, 0, "商业企业"},
      {"1.5万", OrdinalStyle::kNone, 0, "1.5万"},
      {"2021年", OrdinalStyle::kNone, 0, "2021年"},
      {"三类内部事务信息", OrdinalStyle::kNone, 0, "三类内部事务信息"},
      {"一是加强组织领导", OrdinalStyle::kNone, 0, "一是加强组织领导"},
      {"十分重要", OrdinalStyle::kNone, 0, "十分重要"},
      {"（单位：万元）", OrdinalStyle::kNone, 0, "(单位:万元)"},
      {"(本列数据的勾稽关系为…)", OrdinalStyle::kNone, 0, "(本列数据的勾稽关系为...)"},
      {"（0）x", OrdinalStyle::kNone, 0, "(0)x"},
      {"(100)x", OrdinalStyle::kNone, 0, "(100)x"},
      {"0.x", OrdinalStyle::kNone, 0, "0.x"},
      {"100.x", OrdinalStyle::kNone, 0, "100.x"},
      {"一百、x", OrdinalStyle::kNone, 0, "一百、x"},
      {"(一", OrdinalStyle::kNone, 0, "(一"},
      {"()x", OrdinalStyle::kNone, 0, "()x"},
      {"(三四)x", OrdinalStyle::kNone, 0, "(三四)x"},
      {"1", OrdinalStyle::kNone, 0, "1"},
      {"一", OrdinalStyle::kNone, 0, "一"},
      {"第二十条第（一）项", OrdinalStyle::kNone, 0, "第二十条第(一)项"},
  };
  for (const OrdinalCase& test_case : cases) CheckOrdinal(test_case);
}

TEST_CASE("the enumerator styles of one label agree on the rest", "[normalize][label]") {
  const char* forms[] = {"（三）不予公开", "(三)不予公开", "( 三 ) 不予公开", "㈢不予公开",
                         "三、不予公开",   "三．不予公开", "（3）不予公开",   "3.不予公开",
                         "3、不予公开",    "3．不予公开",  "３．不予公开",    "不予公开"};
  for (const char* form : forms) {
    INFO("input: [" << form << "]");
    const LabelParts parts = SharedNormalizer().SplitOrdinal(form);
    CHECK(parts.text == "不予公开");
    CHECK(parts.ordinal == (parts.style == OrdinalStyle::kNone ? 0 : 3));
  }
}

TEST_CASE("labels with malformed UTF-8 do not crash", "[normalize][label]") {
  CHECK(SharedNormalizer().NormalizeLabel(std::string("规\xFF章", 7)) == "规\uFFFD章");
  CHECK(SharedNormalizer().SplitOrdinal(std::string("1.\xE4\xB8", 4)).text == "\uFFFD");
  const std::string long_label(100000, 'x');
  CHECK(SharedNormalizer().NormalizeLabel(long_label).size() == long_label.size());
}

TEST_CASE("normalizers are movable and independent", "[normalize][label]") {
  Normalizer first;
  Normalizer second(std::move(first));
  CHECK(second.NormalizeLabel("其　它") == "其他");
  Normalizer third;
  third = std::move(second);
  CHECK(third.NormalizeLabel("總計") == "总计");
}
