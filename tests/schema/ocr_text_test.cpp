// Title, agency and year read by OCR (issue 14): a character OCR was unsure of is named in a
// warning, never taken silently; an uncertain year is left out unless the text states it
// clearly a second time; the same words read clearly elsewhere are evidence for it.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "schema_test_util.hpp"

using schema_test::DocumentOf;
using schema_test::HasWarning;
using schema_test::MapDocument;
using schema_test::OcrPara;
using schema_test::Para;

using nianbao::schema::Record;

namespace {

// 青禾市东湖区人民政府2024年政府信息公开工作年度报告: 禾 is code point 1, the year's
// digits 10–13.
const std::string kTitle = "青禾市东湖区人民政府2024年政府信息公开工作年度报告";
const std::string kPeriod = "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。";
const std::string kOpening = "2024年，区政府坚持以习近平新时代中国特色社会主义思想为指导。";

std::string WarningOf(const Record& record, const std::string& code) {
  for (const nianbao::Diagnostic& warning : record.warnings) {
    if (warning.code == code) return warning.message;
  }
  return "";
}

}  // namespace

TEST_CASE("an agency character OCR was unsure of is named in a warning, kept as read",
          "[schema][ocr]") {
  const Record record = MapDocument(
      DocumentOf({OcrPara("青天市东湖区人民政府2024年政府信息公开工作年度报告", 1, {{1, 0.91f}}),
                  OcrPara(kPeriod, 1), OcrPara(kOpening, 1)}));
  CHECK(record.agency == "青天市东湖区人民政府");
  const std::string warning = WarningOf(record, "schema.uncertain_agency");
  CHECK(warning.find("天 (character 2, confidence 0.91)") != std::string::npos);
  // Not a second warning for the same character as part of the title.
  CHECK_FALSE(HasWarning(record, "schema.uncertain_title"));
  CHECK(record.year == 2024);
}

TEST_CASE("an uncertain agency character read clearly elsewhere in the text is confirmed",
          "[schema][ocr]") {
  SECTION("the same character where its neighbours recur: no warning") {
    const Record record =
        MapDocument(DocumentOf({OcrPara(kTitle, 1, {{1, 0.9f}}), OcrPara(kPeriod, 1),
                                OcrPara("本报告电子版可在“青禾市东湖区门户网站”查阅或下载。", 1)}));
    CHECK(record.agency == "青禾市东湖区人民政府");
    CHECK_FALSE(HasWarning(record, "schema.uncertain_agency"));
  }
  SECTION("another character there: the warning names it, the agency stays as read") {
    const Record record = MapDocument(DocumentOf(
        {OcrPara("青天市东湖区人民政府2024年政府信息公开工作年度报告", 1, {{1, 0.9f}}),
         OcrPara(kPeriod, 1), OcrPara("本报告电子版可在“青禾市东湖区门户网站”查阅或下载。", 1)}));
    CHECK(record.agency == "青天市东湖区人民政府");
    CHECK(WarningOf(record, "schema.uncertain_agency").find("read elsewhere in the text as 禾") !=
          std::string::npos);
  }
  SECTION("the same words read as uncertainly elsewhere are no evidence") {
    const Record record = MapDocument(DocumentOf(
        {OcrPara(kTitle, 1, {{1, 0.9f}}), OcrPara(kPeriod, 1),
         OcrPara("本报告电子版可在“青禾市东湖区门户网站”查阅或下载。", 1, {{10, 0.9f}})}));
    CHECK(HasWarning(record, "schema.uncertain_agency"));
  }
}

TEST_CASE("an uncertain year is left out unless the reporting period states it clearly",
          "[schema][ocr]") {
  SECTION("no second statement: null with a warning naming the digit") {
    const Record record = MapDocument(
        DocumentOf({OcrPara(kTitle, 1, {{13, 0.7f}}), OcrPara(kOpening, 1, {{3, 0.7f}})}));
    CHECK_FALSE(record.year.has_value());
    const std::string warning = WarningOf(record, "schema.uncertain_year");
    CHECK(warning.find("2024") != std::string::npos);
    CHECK(warning.find("4 (character 4, confidence 0.70)") != std::string::npos);
  }
  SECTION("the period states the same year clearly: kept") {
    const Record record =
        MapDocument(DocumentOf({OcrPara(kTitle, 1, {{13, 0.7f}}), OcrPara(kPeriod, 1)}));
    CHECK(record.year == 2024);
    CHECK_FALSE(HasWarning(record, "schema.uncertain_year"));
  }
  SECTION("the period states another year: left out, the warning names it") {
    const Record record = MapDocument(
        DocumentOf({OcrPara(kTitle, 1, {{13, 0.7f}}),
                    OcrPara("本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。", 1)}));
    CHECK_FALSE(record.year.has_value());
    CHECK(WarningOf(record, "schema.uncertain_year").find("states 2021") != std::string::npos);
  }
}

TEST_CASE("a title OCR read surely, or text that was in the file, gets no warning",
          "[schema][ocr]") {
  for (const nianbao::Paragraph& title : {OcrPara(kTitle, 1), Para(kTitle)}) {
    const Record record = MapDocument(DocumentOf({title, Para(kPeriod)}));
    CHECK(record.title == kTitle);
    CHECK(record.year == 2024);
    for (const char* code :
         {"schema.uncertain_title", "schema.uncertain_agency", "schema.uncertain_year"}) {
      CHECK_FALSE(HasWarning(record, code));
    }
  }
}

TEST_CASE("an uncertain character of the title's other words is named", "[schema][ocr]") {
  // 政府信息公开工怍年度报告: 怍 for 作, unsure; the title's usual wording does not vouch for
  // a character that is not its own.
  const Record record = MapDocument(
      DocumentOf({OcrPara("青禾市东湖区人民政府2024年政府信息公开工怍年度报告", 1, {{22, 0.6f}}),
                  OcrPara(kPeriod, 1)}));
  CHECK(WarningOf(record, "schema.uncertain_title").find("怍") != std::string::npos);
  CHECK_FALSE(HasWarning(record, "schema.uncertain_agency"));
}

TEST_CASE("a title OCR read without its agency is named in a warning", "[schema][ocr]") {
  // At 150 dpi the page's layout lost a title's first line: 年度报告 alone.
  const Record lost =
      MapDocument(DocumentOf({OcrPara("年度报告", 1), OcrPara(kPeriod, 1), OcrPara(kOpening, 1)}));
  INFO(lost.title);
  CHECK(lost.agency.empty());
  CHECK(WarningOf(lost, "schema.uncertain_title").find("names no agency") != std::string::npos);
  const Record whole =
      MapDocument(DocumentOf({OcrPara(kTitle, 1), OcrPara(kPeriod, 1), OcrPara(kOpening, 1)}));
  CHECK(whole.agency == "青禾市东湖区人民政府");
  CHECK_FALSE(HasWarning(whole, "schema.uncertain_title"));
}

TEST_CASE("a Latin letter alone among an OCR'd title's ideographs is dropped, with a warning",
          "[schema][ocr]") {
  // 澜's water radical read apart as I: 临I澜市, or I临澜市 at the start; its 澜 unsure.
  for (const std::string& read : {std::string("临I澜市人民政府2020年政府信息公开工作年度报告"),
                                  std::string("I临澜市人民政府2020年政府信息公开工作年度报告")}) {
    INFO(read);
    const Record record = MapDocument(
        DocumentOf({OcrPara(read, 1, {{2, 0.6f}}), OcrPara(kPeriod, 1), OcrPara(kOpening, 1)}));
    CHECK(record.title == "临澜市人民政府2020年政府信息公开工作年度报告");
    CHECK(record.agency == "临澜市人民政府");
    CHECK(WarningOf(record, "schema.uncertain_title").find("Latin letter(s) I") !=
          std::string::npos);
    CHECK(WarningOf(record, "schema.uncertain_agency").find("澜") != std::string::npos);
  }
  // The same title in a text layer is the printer's: kept whole.
  const Record printed = MapDocument(
      DocumentOf({Para("临I澜市人民政府2020年政府信息公开工作年度报告"), Para(kPeriod)}));
  CHECK(printed.title == "临I澜市人民政府2020年政府信息公开工作年度报告");
}
