// The mapper on whole hand-made reports (text dumps in tests/data/txt), both templates.
#include <catch2/catch.hpp>

#include <cmath>

#include "schema_test_util.hpp"

using schema_test::FailingRules;
using schema_test::HasKey;
using schema_test::HasWarning;
using schema_test::MapTextFile;
using schema_test::ValueOf;

TEST_CASE("a 2021 report: every table cell keyed by meaning", "[schema]") {
  nianbao::schema::Record record = MapTextFile("report_2021.txt");
  CHECK(record.template_id == "2021");
  CHECK(record.title == "清水县人民政府2021年政府信息公开工作年度报告");
  CHECK(record.agency == "清水县人民政府");
  CHECK(record.year == 2021);
  // Table 二: 10 cells, full-width digits, thousands separators, / as zero.
  CHECK(ValueOf(record, "t2.rules.in_force") == 2);
  CHECK(ValueOf(record, "t2.normative.issued") == 3);
  CHECK(ValueOf(record, "t2.normative.repealed") == 1);
  CHECK(ValueOf(record, "t2.licensing.decisions") == 1234);
  CHECK(ValueOf(record, "t2.penalty.decisions") == 212);
  CHECK(ValueOf(record, "t2.coercion.decisions") == 0);
  CHECK(ValueOf(record, "t2.fees.amount") == Approx(12.35));
  // Table 三: columns from a header whose rows have different cell counts.
  CHECK(ValueOf(record, "t3.new.natural") == 5);
  CHECK(ValueOf(record, "t3.new.commercial") == 2);
  CHECK(ValueOf(record, "t3.new.legal") == 1);
  CHECK(ValueOf(record, "t3.new.total") == 8);
  CHECK(ValueOf(record, "t3.denied.third_party.natural") == 1);
  CHECK(ValueOf(record, "t3.denied.security.total") == 0);
  CHECK(ValueOf(record, "t3.unavailable.not_held.commercial") == 1);
  CHECK(ValueOf(record, "t3.unprocessed.duplicate.total") == 0);
  CHECK(ValueOf(record, "t3.other.no_fee.total") == 0);
  CHECK(ValueOf(record, "t3.other.other.natural") == 0);
  CHECK(ValueOf(record, "t3.total.natural") == 6);
  CHECK(ValueOf(record, "t3.carried_out.legal") == 1);
  CHECK_FALSE(HasKey(record, "t3.other.total"));
  CHECK_FALSE(HasKey(record, "t3.new.org_total"));
  // Table 四: a 5x3 two-level header.
  CHECK(ValueOf(record, "t4.review.upheld") == 2);
  CHECK(ValueOf(record, "t4.review.corrected") == 1);
  CHECK(ValueOf(record, "t4.review.total") == 3);
  CHECK(ValueOf(record, "t4.suit_direct.upheld") == 1);
  CHECK(ValueOf(record, "t4.suit_direct.total") == 2);
  CHECK(ValueOf(record, "t4.suit_after_review.total") == 0);
  // Part 六's fee sentence.
  CHECK(ValueOf(record, "s6.fee_notices") == 2);
  CHECK(ValueOf(record, "s6.fee_billed") == 1200);
  CHECK(ValueOf(record, "s6.fee_collected") == 800);
  // Nothing else: prose numbers (1234条, a phone number) are no values.
  CHECK(record.values.size() == 10 + 25 * 7 + 15 + 3);
  CHECK(FailingRules(record).empty());
  CHECK(record.checks.size() == 7 + 7 + 25 + 3);
}

TEST_CASE("a 2021 report: sections by their numbered headings, tables excluded", "[schema]") {
  nianbao::schema::Record record = MapTextFile("report_2021.txt");
  REQUIRE(record.sections.contains("s1"));
  CHECK(record.sections.at("s1").find("1234条") != std::string::npos);
  // （一）主动公开政府信息情况 is a sub-heading of part 一, not part 二.
  CHECK(record.sections.at("s1").find("联系电话") != std::string::npos);
  CHECK(record.sections.at("s5").find("培训不足") != std::string::npos);
  CHECK(record.sections.at("s6").find("收费通知") != std::string::npos);
  CHECK(record.sections.at("s2").empty());
}

TEST_CASE("a 2021 report: provenance names table, grid row and col, and text", "[schema]") {
  nianbao::schema::Record record = MapTextFile("report_2021.txt");
  const nianbao::schema::Provenance& penalty = record.provenance.at("t2.penalty.decisions");
  CHECK(penalty.table == 0);
  CHECK(penalty.row == 9);
  CHECK(penalty.col == 3);
  CHECK(penalty.text == "２１２");
  CHECK_FALSE(penalty.page.has_value());
  const nianbao::schema::Provenance& review = record.provenance.at("t4.review.total");
  CHECK(review.table == 2);
  CHECK(review.row == 3);
  CHECK(review.col == 4);
}

TEST_CASE("a 2019 report: the 2019 columns, signed changes, one 其他处理 row", "[schema]") {
  nianbao::schema::Record record = MapTextFile("report_2019.txt");
  CHECK(record.template_id == "2019");
  CHECK(record.year == 2020);
  CHECK(ValueOf(record, "t2.normative.published") == 3);
  CHECK(ValueOf(record, "t2.licensing.prev_items") == 40);
  CHECK(ValueOf(record, "t2.licensing.change") == 6);
  CHECK(ValueOf(record, "t2.other_services.change") == -3);
  CHECK(ValueOf(record, "t2.penalty.change") == -2);
  CHECK(ValueOf(record, "t2.penalty.decisions") == 212);
  CHECK(ValueOf(record, "t2.coercion.change") == 1);
  CHECK(ValueOf(record, "t2.fees.prev_items") == 6);
  CHECK(ValueOf(record, "t2.procurement.items") == 12);
  CHECK(ValueOf(record, "t2.procurement.amount") == Approx(345.6));
  CHECK(ValueOf(record, "t3.other.total.natural") == 0);
  CHECK_FALSE(HasKey(record, "t3.other.no_fee.natural"));
  CHECK_FALSE(HasKey(record, "s6.fee_notices"));
  CHECK(record.values.size() == 22 + 23 * 7 + 15);
  CHECK(FailingRules(record).empty());
}

TEST_CASE("a broken total flags exactly that rule, with its two sides", "[schema]") {
  nianbao::schema::Record record = MapTextFile("report_2021_broken_total.txt");
  REQUIRE(FailingRules(record) == std::vector<std::string>{"t4.sum.review"});
  for (const nianbao::schema::Check& check : record.checks) {
    if (check.rule != "t4.sum.review") continue;
    CHECK(check.lhs == 4);
    CHECK(check.rhs == 3);
  }
  CHECK(HasWarning(record, "schema.check_failed"));
  for (const nianbao::Diagnostic& warning : record.warnings) {
    if (warning.code != "schema.check_failed") continue;
    // The numbers as the report prints them, not as 4.000000.
    CHECK(warning.message == "t4.sum.review: the stated total 4 differs from its parts 3");
  }
}

TEST_CASE("text without tables: paragraphs only, template unknown, a warning", "[schema]") {
  nianbao::schema::Record record = MapTextFile("article.txt");
  CHECK(record.template_id == "unknown");
  CHECK(record.values.empty());
  CHECK(HasWarning(record, "schema.no_tables"));
}

namespace {

nianbao::schema::Record MapParagraphs(const std::vector<std::string>& texts) {
  nianbao::Document document;
  document.source.format = nianbao::Format::kPdf;
  for (const std::string& text : texts) document.blocks.emplace_back(nianbao::Paragraph{text});
  return schema_test::MapDocument(document);
}

}  // namespace

// A web page saved as PDF: the title, agency and year come from the report's own heading,
// never from the menu, the breadcrumb or a form field's label.
TEST_CASE("a web page's menu, breadcrumb and fields are not the title", "[schema]") {
  const nianbao::schema::Record record =
      MapParagraphs({"首页", "政务公开", "政府信息公开年度报告",
                     "当前位置：首页 > 政务公开 > 政府信息公开工作年度报告",
                     "标题：2022年政府信息公开工作年度报告", "发布日期：2023年03月05日",
                     "临澜市东湖区青石镇人民政府2022年政府信息公开工作年度报告", "一、总体情况",
                     "2022年，我镇坚持公开为常态。"});
  CHECK(record.title == "临澜市东湖区青石镇人民政府2022年政府信息公开工作年度报告");
  CHECK(record.agency == "临澜市东湖区青石镇人民政府");
  CHECK(record.year == 2022);
}

TEST_CASE("a form field's value is the title only when no heading names the agency", "[schema]") {
  const nianbao::schema::Record record = MapParagraphs(
      {"您当前的位置：首页>信息公开", "标 题：云岭县水利局2021年政府信息公开工作年度报告",
       "发布日期：2022-01-20", "一、总体情况", "2021年，我局坚持公开为常态。"});
  CHECK(record.title == "云岭县水利局2021年政府信息公开工作年度报告");
  CHECK(record.agency == "云岭县水利局");
  CHECK(record.year == 2021);
}

TEST_CASE("a browser's header line gives the title without the site's name", "[schema]") {
  const nianbao::schema::Record record =
      MapParagraphs({"云岭县水利局2021年政府信息公开工作年度报告_云岭县人民政府门户网站",
                     "一、总体情况", "2021年，我局坚持公开为常态。"});
  CHECK(record.title == "云岭县水利局2021年政府信息公开工作年度报告");
  CHECK(record.agency == "云岭县水利局");
  CHECK(record.year == 2021);
}

TEST_CASE("a title without a year takes it from the text, not from the publication date",
          "[schema]") {
  const nianbao::schema::Record record =
      MapParagraphs({"云岭县水利局政府信息公开工作年度报告", "发布日期：2022年01月20日",
                     "（2021年度）", "一、总体情况", "本年度，我局坚持公开为常态。"});
  CHECK(record.title == "云岭县水利局政府信息公开工作年度报告");
  CHECK(record.year == 2021);
}
