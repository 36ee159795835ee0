// The mapper on tables built by hand with real spans: the structural variations of reports.
#include <catch2/catch.hpp>

#include <cmath>

#include "schema_test_util.hpp"

using schema_test::DocumentOf;
using schema_test::FailingRules;
using schema_test::HasKey;
using schema_test::HasWarning;
using schema_test::MapDocument;
using schema_test::Para;
using schema_test::TableBuilder;
using schema_test::ValueOf;

namespace {

const std::vector<std::string> kDenied = {"1.属于国家秘密",         "2.其他法律行政法规禁止公开",
                                          "3.危及三安全一稳定",     "4.保护第三方合法权益",
                                          "5.属于三类内部事务信息", "6.属于四类过程性信息",
                                          "7.属于行政执法案卷",     "8.属于行政查询事项"};

std::vector<std::string> Repeat(const std::string& value, int count) {
  return std::vector<std::string>(static_cast<size_t>(count), value);
}

// The 2021 table 二 printed as four small tables, one per 第二十条 item.
std::vector<nianbao::Block> SplitTable2() {
  std::vector<nianbao::Block> blocks;
  blocks.push_back(TableBuilder()
                       .Row({{"第二十条第（一）项", 1, 4}})
                       .Row({{"信息内容"}, {"本年制发件数"}, {"本年废止件数"}, {"现行有效件数"}})
                       .Values({"规　　章"}, {"1", "0", "5"})
                       .Values({"规范性文件"}, {"2", "1", "9"})
                       .Build());
  blocks.push_back(TableBuilder()
                       .Row({{"第二十条第（五）项", 1, 4}})
                       .Row({{"信息内容"}, {"本年处理决定数量", 1, 3}})
                       .Row({{"行政许可"}, {"77", 1, 3}})
                       .Build());
  blocks.push_back(TableBuilder()
                       .Row({{"第二十条第（六）项", 1, 4}})
                       .Row({{"信息内容"}, {"本年处理决定数量", 1, 3}})
                       .Row({{"行政处罚"}, {"8", 1, 3}})
                       .Row({{"行政强制"}, {"—", 1, 3}})
                       .Build());
  blocks.push_back(TableBuilder()
                       .Row({{"第二十条第（八）项", 1, 4}})
                       .Row({{"信息内容"}, {"本年收费金额（单位：万元）", 1, 3}})
                       .Row({{"行政事业性收费"}, {"0.5", 1, 3}})
                       .Build());
  return blocks;
}

// Table 三's header with real spans; with_subtotal adds a 小计 column under 法人或其他组织.
void Table3Header(TableBuilder& builder, bool with_subtotal) {
  const int org_cols = with_subtotal ? 6 : 5;
  builder.Row({{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3},
               {"申请人情况", 1, org_cols + 2}});
  builder.Row({{"自然人", 2, 1}, {"法人或其他组织", 1, org_cols}, {"总计", 2, 1}});
  std::vector<TableBuilder::Spec> leaves = {
      {"商业\n企业"}, {"科研\n机构"}, {"社会公益组织"}, {"法律服务机构"}, {"其它"}};
  if (with_subtotal) leaves.push_back({"小计"});
  builder.Row(leaves);
}

// Label cells (with their spans) followed by one cell per figure.
std::vector<TableBuilder::Spec> WithFigures(std::vector<TableBuilder::Spec> labels,
                                            const std::vector<std::string>& figures) {
  for (const std::string& figure : figures) labels.push_back({figure});
  return labels;
}

// Rows of 本年度办理结果 merged down: （一） (2 natural, 1 commercial), then `group` merged
// over its row `leaf` (1 natural) and its 小计; with_subtotal: the header's 小计 column too.
void AddResultRows(TableBuilder& builder, const std::string& group, const std::string& leaf,
                   bool with_subtotal) {
  auto figures = [&](std::vector<TableBuilder::Spec> cells, std::vector<std::string> values) {
    if (!with_subtotal) values.erase(values.begin() + 6);
    builder.Row(WithFigures(std::move(cells), values));
  };
  figures({{"三、本年度办理结果", 3, 1}, {"（一）予以公开", 1, 2}},
          {"2", "1", "0", "0", "0", "0", "1", "3"});
  figures({{group, 2, 1}, {leaf}}, {"1", "0", "0", "0", "0", "0", "0", "1"});
  figures({{"小计"}}, {"1", "0", "0", "0", "0", "0", "0", "1"});
}

}  // namespace

TEST_CASE("table 二 as four small tables, header spans wider than one column", "[schema]") {
  nianbao::schema::Record record = MapDocument(DocumentOf(SplitTable2()));
  CHECK(record.template_id == "2021");
  CHECK(ValueOf(record, "t2.rules.issued") == 1);
  CHECK(ValueOf(record, "t2.rules.in_force") == 5);
  CHECK(ValueOf(record, "t2.normative.repealed") == 1);
  CHECK(ValueOf(record, "t2.licensing.decisions") == 77);
  CHECK(ValueOf(record, "t2.penalty.decisions") == 8);
  CHECK(ValueOf(record, "t2.coercion.decisions") == 0);
  CHECK(ValueOf(record, "t2.fees.amount") == Approx(0.5));
  CHECK(record.values.size() == 10);
  CHECK(record.provenance.at("t2.fees.amount").table == 3);
  CHECK(record.provenance.at("t2.fees.amount").row == 2);
  CHECK(record.provenance.at("t2.fees.amount").col == 1);
}

TEST_CASE("table 三 with a 小计 column and subtotal rows, vertical merges", "[schema]") {
  TableBuilder builder;
  Table3Header(builder, true);
  builder.Row({{"一、本年新收政府信息公开申请数量", 1, 3},
               {"4"},
               {"1"},
               {"0"},
               {"0"},
               {"0"},
               {"0"},
               {"1"},
               {"5"}});
  AddResultRows(builder, "（三）不予公开", "4.保护第三方合法权益", true);
  nianbao::Table table = builder.Build();
  nianbao::schema::Record record = MapDocument(DocumentOf({table}));
  CHECK(ValueOf(record, "t3.new.natural") == 4);
  CHECK(ValueOf(record, "t3.new.commercial") == 1);
  CHECK(ValueOf(record, "t3.new.other_org") == 0);
  CHECK(ValueOf(record, "t3.new.org_total") == 1);
  CHECK(ValueOf(record, "t3.new.total") == 5);
  CHECK(ValueOf(record, "t3.granted.org_total") == 1);
  CHECK(ValueOf(record, "t3.denied.third_party.natural") == 1);
  CHECK(ValueOf(record, "t3.denied.total.natural") == 1);
  CHECK(ValueOf(record, "t3.denied.total.total") == 1);
  CHECK(ValueOf(record, "t3.denied.total.org_total") == 0);
  CHECK(record.provenance.at("t3.new.total").col == 10);
  CHECK(record.provenance.at("t3.new.org_total").col == 9);
}

// Table 三 as OCR read it: the group label （三）不予公开, merged down over its rows, read as
// garbage; its rows 4. and 小计 after it (the row above the 小计 unreadable when
// `leaf_unreadable`).
static nianbao::schema::Record MapScannedSubtotal(bool leaf_unreadable) {
  TableBuilder builder;
  Table3Header(builder, false);
  builder.Values({"一、本年新收政府信息公开申请数量"}, {"4", "1", "0", "0", "0", "0", "5"});
  AddResultRows(builder, "人三)不\n子公开", leaf_unreadable ? "丬氵丨乛" : "4.保护第三方合法权益",
                false);
  nianbao::Table table = builder.Build();
  table.origin = nianbao::TableOrigin::kOcr;
  for (nianbao::Cell& cell : table.cells) cell.confidence = 0.99;
  return MapDocument(DocumentOf({table}));
}

TEST_CASE("a scanned 小计 row under a group label OCR could not read", "[schema][ocr]") {
  SECTION("the merged cell stood for （三） in the row above: its subtotal") {
    nianbao::schema::Record record = MapScannedSubtotal(false);
    CHECK(ValueOf(record, "t3.denied.third_party.natural") == 1);
    CHECK(ValueOf(record, "t3.denied.total.natural") == 1);
    CHECK(ValueOf(record, "t3.denied.total.total") == 1);
    CHECK(HasWarning(record, "schema.fuzzy_label"));
  }
  SECTION("the row above was not named either: nothing is guessed") {
    nianbao::schema::Record record = MapScannedSubtotal(true);
    CHECK_FALSE(HasKey(record, "t3.denied.total.natural"));
    CHECK_FALSE(HasKey(record, "t3.unavailable.total.natural"));
  }
}

// Table 三 as OCR read it in a report that heads each group with its 小计: （四）无法提供,
// merged down over its 小计 and its rows, read as garbage (its enumerator lost); its first
// row after the 小计 unreadable too when `rows_unreadable`.
static nianbao::schema::Record MapScannedOpeningSubtotal(bool rows_unreadable) {
  TableBuilder builder;
  Table3Header(builder, false);
  builder.Values({"一、本年新收政府信息公开申请数量"}, {"9", "1", "0", "0", "0", "0", "10"});
  builder.Row(WithFigures({{"三、本年度办理结果", 4, 1}, {"(三)不予公开"}, {"8.属于行政查询事项"}},
                          {"1", "0", "0", "0", "0", "0", "1"}));
  builder.Row(
      WithFigures({{"(由六无\n法提供", 3, 1}, {"小计"}}, {"3", "1", "0", "0", "0", "0", "4"}));
  builder.Row(WithFigures({{rows_unreadable ? "丬氵丨乛" : "1.本机关不掌握相关政府\n信息"}},
                          {"2", "1", "0", "0", "0", "0", "3"}));
  builder.Row(WithFigures({{"2.没有现成信息需要另行\n制作"}}, {"1", "0", "0", "0", "0", "0", "1"}));
  nianbao::Table table = builder.Build();
  table.origin = nianbao::TableOrigin::kOcr;
  for (nianbao::Cell& cell : table.cells) cell.confidence = 0.99;
  return MapDocument(DocumentOf({table}));
}

TEST_CASE("a scanned 小计 heading its group under a group label OCR could not read",
          "[schema][ocr]") {
  SECTION("the rows named below it in the same merged cell name its group") {
    nianbao::schema::Record record = MapScannedOpeningSubtotal(false);
    CHECK(ValueOf(record, "t3.unavailable.not_held.natural") == 2);
    CHECK(ValueOf(record, "t3.unavailable.total.natural") == 3);
    CHECK(ValueOf(record, "t3.unavailable.total.total") == 4);
    CHECK_FALSE(HasKey(record, "t3.denied.total.natural"));
    CHECK(HasWarning(record, "schema.fuzzy_label"));
  }
  SECTION("the row after it was not named either: listed as missing, never dropped") {
    nianbao::schema::Record record = MapScannedOpeningSubtotal(true);
    CHECK_FALSE(HasKey(record, "t3.denied.total.natural"));
    CHECK_FALSE(HasKey(record, "t3.unavailable.total.natural"));
    bool listed = false;
    for (const nianbao::schema::MissingKeys& missing : record.missing) {
      for (const std::string& key : missing.keys) listed |= key == "t3.unavailable.total.natural";
    }
    CHECK(listed);
  }
}

TEST_CASE("a scanned label a character's stroke cut in two is read whole", "[schema][ocr]") {
  // 于's stroke touching both rulings of two tight rows was taken for a ruling: 7.属于行政执法
  // 案卷 came out as 7.属; | -行政执法案卷, two cells naming no row alone.
  TableBuilder builder;
  builder.Row({{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 4},
               {"申请人情况", 1, 7}});
  builder.Row({{"自然人", 2, 1}, {"法人或其他组织", 1, 5}, {"总计", 2, 1}});
  builder.Row({{"商业\n企业"}, {"科研\n机构"}, {"社会公益组织"}, {"法律服务机构"}, {"其他"}});
  builder.Row(WithFigures({{"一、本年新收政府信息公开申请数量", 1, 4}},
                          {"9", "0", "0", "0", "0", "0", "9"}));
  builder.Row(WithFigures(
      {{"三、本年度办理结果", 3, 1}, {"（三）不予公开", 3, 1}, {"6.属于四类过程性信息", 1, 2}},
      {"1", "0", "0", "0", "0", "0", "1"}));
  builder.Row(WithFigures({{"7.属;"}, {"-行政执法案卷"}}, {"2", "0", "0", "0", "0", "0", "2"}));
  builder.Row(WithFigures({{"8.属:"}, {"-行政查询事项"}}, {"3", "1", "0", "0", "0", "0", "4"}));
  nianbao::Table table = builder.Build();
  table.origin = nianbao::TableOrigin::kOcr;
  for (nianbao::Cell& cell : table.cells) cell.confidence = 0.99;
  nianbao::schema::Record record = MapDocument(DocumentOf({table}));
  CHECK(ValueOf(record, "t3.denied.process.natural") == 1);
  CHECK(ValueOf(record, "t3.denied.case_file.natural") == 2);
  CHECK(ValueOf(record, "t3.denied.case_file.total") == 2);
  CHECK(ValueOf(record, "t3.denied.inquiry.commercial") == 1);
  CHECK(ValueOf(record, "t3.denied.inquiry.total") == 4);
  CHECK_FALSE(HasWarning(record, "schema.unnamed_row"));
  CHECK_FALSE(HasWarning(record, "schema.unnamed_cell"));
}

TEST_CASE("table 三 continued after a page break without its header", "[schema]") {
  TableBuilder first;
  Table3Header(first, false);
  first.Page(2).Values({"一、本年新收政府信息公开申请数量"}, {"3", "0", "0", "0", "0", "0", "3"});
  TableBuilder second;
  second.Page(3).Row({{""},
                      {"（四）无法提供"},
                      {"1.本机关不掌握相关政府信息"},
                      {"2"},
                      {"0"},
                      {"0"},
                      {"0"},
                      {"0"},
                      {"0"},
                      {"2"}});
  second.Row({{""}, {"（七）总计"}, {""}, {"3"}, {"0"}, {"0"}, {"0"}, {"0"}, {"0"}, {"3"}});
  nianbao::schema::Record record =
      MapDocument(DocumentOf({first.Build(), Para("－ 3 －"), second.Build()}));
  CHECK(ValueOf(record, "t3.new.natural") == 3);
  CHECK(ValueOf(record, "t3.unavailable.not_held.natural") == 2);
  CHECK(ValueOf(record, "t3.unavailable.not_held.total") == 2);
  CHECK(ValueOf(record, "t3.total.total") == 3);
  const nianbao::schema::Provenance& where = record.provenance.at("t3.unavailable.not_held.total");
  CHECK(where.table == 1);
  CHECK(where.page == 3);
  CHECK(where.row == 0);
  CHECK(where.col == 9);
}

TEST_CASE("table 四 with two header rows and a 注 row", "[schema]") {
  TableBuilder builder;
  builder.Row({{"行政复议", 1, 5},
               {"行政诉讼（未经复议直接起诉）", 1, 5},
               {"行政诉讼（复议后起诉）", 1, 5}});
  std::vector<TableBuilder::Spec> leaves;
  for (int group = 0; group < 3; ++group) {
    for (const char* label : {"结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总　计"}) {
      leaves.push_back({label});
    }
  }
  builder.Row(leaves);
  builder.Values({}, {"1", "2", "3", "4", "10", "0", "0", "1", "0", "1", "5", "0", "0", "0", "5"});
  builder.Row({{"注：本表数据截至2021年12月31日。", 1, 15}});
  nianbao::schema::Record record = MapDocument(DocumentOf({builder.Build()}));
  CHECK(ValueOf(record, "t4.review.pending") == 4);
  CHECK(ValueOf(record, "t4.review.total") == 10);
  CHECK(ValueOf(record, "t4.suit_direct.other") == 1);
  CHECK(ValueOf(record, "t4.suit_after_review.upheld") == 5);
  CHECK(ValueOf(record, "t4.suit_after_review.total") == 5);
  CHECK(record.values.size() == 15);
  CHECK(FailingRules(record).empty());
}

TEST_CASE("a 2021 report that keeps one （六）其他处理 row keys it other.total", "[schema]") {
  std::vector<nianbao::Block> blocks = SplitTable2();
  TableBuilder builder;
  Table3Header(builder, false);
  builder.Row({{"三、本年度办理结果", 2, 1},
               {"（六）其他处理", 1, 2},
               {"1"},
               {"0"},
               {"0"},
               {"0"},
               {"0"},
               {"0"},
               {"1"}});
  builder.Row({{"（七）总计", 1, 2}, {"1"}, {"0"}, {"0"}, {"0"}, {"0"}, {"0"}, {"1"}});
  blocks.push_back(builder.Build());
  nianbao::schema::Record record = MapDocument(DocumentOf(blocks));
  CHECK(record.template_id == "2021");
  CHECK(ValueOf(record, "t3.other.total.natural") == 1);
  CHECK(ValueOf(record, "t3.total.natural") == 1);
  CHECK_FALSE(HasKey(record, "t3.other.other.natural"));
}

TEST_CASE("a label with a wrong character maps by its place, with a warning", "[schema]") {
  TableBuilder builder;
  Table3Header(builder, false);
  builder.Row({{"三、本年度办理结果", 3, 1},
               {"（三）不予公开", 3, 1},
               {"3.危及三安全一稳定"},
               {"0"},
               {"0"},
               {"0"},
               {"0"},
               {"0"},
               {"0"},
               {"0"}});
  builder.Values({"4.保护第三方合法权宜"}, {"2", "0", "0", "0", "0", "0", "2"});
  builder.Values({"5.属于三类内部事务信息"}, {"0", "0", "0", "0", "0", "0", "0"});
  nianbao::schema::Record record = MapDocument(DocumentOf({builder.Build()}));
  CHECK(ValueOf(record, "t3.denied.third_party.natural") == 2);
  CHECK(ValueOf(record, "t3.denied.internal.natural") == 0);
  CHECK(HasWarning(record, "schema.fuzzy_label"));
}

TEST_CASE("a cell that is no number gives null and a warning", "[schema]") {
  TableBuilder builder;
  Table3Header(builder, false);
  builder.Values({"一、本年新收政府信息公开申请数量"}, {"详见附件", "0", "0", "0", "0", "0", "3"});
  nianbao::schema::Record record = MapDocument(DocumentOf({builder.Build()}));
  REQUIRE(HasKey(record, "t3.new.natural"));
  CHECK(std::isnan(*ValueOf(record, "t3.new.natural")));
  CHECK(ValueOf(record, "t3.new.total") == 3);
  CHECK(HasWarning(record, "schema.not_a_number"));
}

TEST_CASE("title, agency and year from the heading paragraphs", "[schema]") {
  SECTION("title over two lines") {
    auto record = MapDocument(DocumentOf(
        {Para("南山市生态环境局"), Para("2022年政府信息公开工作年度报告"), Para("一、总体情况")}));
    CHECK(record.title == "南山市生态环境局2022年政府信息公开工作年度报告");
    CHECK(record.agency == "南山市生态环境局");
    CHECK(record.year == 2022);
  }
  SECTION("year first") {
    auto record = MapDocument(
        DocumentOf({Para("2023年 北河县人民政府政府信息公开工作年度报告"), Para("正文。")}));
    CHECK(record.title == "2023年北河县人民政府政府信息公开工作年度报告");
    CHECK(record.agency == "北河县人民政府");
    CHECK(record.year == 2023);
  }
}

TEST_CASE("fee figures from the shapes of part 六's sentence", "[schema]") {
  auto fees = [](const std::string& sentence) {
    std::vector<nianbao::Block> blocks = SplitTable2();
    blocks.insert(blocks.begin(), nianbao::Block(Para("某局2022年政府信息公开工作年度报告")));
    blocks.push_back(Para("六、其他需要报告的事项"));
    blocks.push_back(Para(sentence));
    return MapDocument(DocumentOf(blocks));
  };
  auto first = fees(
      "2022年度，我厅依据《政府信息公开信息处理费管理办法》共发出收费通知3件，"
      "收费总金额1,500元，实际收取总金额900元。");
  CHECK(ValueOf(first, "s6.fee_notices") == 3);
  CHECK(ValueOf(first, "s6.fee_billed") == 1500);
  CHECK(ValueOf(first, "s6.fee_collected") == 900);
  auto second = fees("2024年市政府发出收费通知的件数为0件，总金额为0元，实际收取的总金额为0元。");
  CHECK(ValueOf(second, "s6.fee_notices") == 0);
  CHECK(ValueOf(second, "s6.fee_billed") == 0);
  CHECK(ValueOf(second, "s6.fee_collected") == 0);
  auto none = fees("本年度无其他需要报告的事项。");
  CHECK_FALSE(HasKey(none, "s6.fee_notices"));
}

TEST_CASE("a number wrapped over lines in a narrow cell is read whole", "[schema]") {
  TableBuilder builder;
  Table3Header(builder, false);
  builder.Row({{"一、本年新收政府信息公开申请数量", 1, 3},
               {"４０\n９２"},
               {"0"},
               {"0"},
               {"0"},
               {"0"},
               {"0"},
               {"40\n92"}});
  builder.Row({{"二、上年结转政府信息公开申请数量", 1, 3},
               {"3 5"},
               {"0"},
               {"0"},
               {"0"},
               {"0"},
               {"0"},
               {"1.\n2"}});
  nianbao::schema::Record record = MapDocument(DocumentOf({builder.Build()}));
  CHECK(ValueOf(record, "t3.new.natural") == 4092);
  CHECK(ValueOf(record, "t3.new.total") == 4092);
  // Two numbers on one line, or a line that is no plain number, stay unread.
  CHECK(std::isnan(*ValueOf(record, "t3.carried_in.natural")));
  CHECK(std::isnan(*ValueOf(record, "t3.carried_in.total")));
}

TEST_CASE("a part heading run into its first sentence opens the part", "[schema]") {
  auto record = MapDocument(DocumentOf(
      {Para("某县人民政府2021年政府信息公开工作年度报告"),
       Para("一、总体情况 2021年，我县推进政务公开。"), Para("（一）主动公开政府信息情况"),
       Para("全年公开信息10条。"), Para("五、存在的主要问题及改进情况"), Para("培训不足。")}));
  REQUIRE(record.sections.contains("s1"));
  CHECK(record.sections.at("s1").find("我县推进政务公开") != std::string::npos);
  CHECK(record.sections.at("s1").find("全年公开信息10条") != std::string::npos);
  CHECK_FALSE(record.sections.contains("s2"));
  CHECK(record.sections.at("s5") == "培训不足。");
}

TEST_CASE("templates load from a folder; a missing folder is a clear error", "[schema]") {
  const std::string folder = std::string(NIANBAO_TEST_DATA) + "/../../schema/templates";
  nianbao::schema::Mapper mapper(nianbao::schema::TemplateSet::FromDirectory(folder),
                                 schema_test::SharedNormalizer());
  nianbao::schema::Record record = mapper.Map(
      nianbao::ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/txt/report_2019.txt"));
  CHECK(record.template_id == "2019");
  CHECK(ValueOf(record, "t2.procurement.items") == 12);
  CHECK_THROWS_AS(nianbao::schema::TemplateSet::FromDirectory(folder + "/no-such-folder"),
                  nianbao::Error);
}

// Table 四 of the template (行政复议, then 行政诉讼 直接起诉 / 复议后起诉) with one row of figures.
static nianbao::Table Table4Of(const std::vector<std::string>& figures) {
  TableBuilder builder;
  builder.Row({{"行政复议", 1, 5}, {"行政诉讼", 1, 10}});
  builder.Row({{"结果维持", 2, 1},
               {"结果纠正", 2, 1},
               {"其他结果", 2, 1},
               {"尚未审结", 2, 1},
               {"总计", 2, 1},
               {"未经复议直接起诉", 1, 5},
               {"复议后起诉", 1, 5}});
  std::vector<TableBuilder::Spec> leaves;
  for (int group = 0; group < 2; ++group) {
    for (const char* label : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) {
      leaves.push_back({label});
    }
  }
  builder.Row(leaves);
  builder.Values({}, figures);
  return builder.Build();
}

TEST_CASE("tables both templates read alike: the template issued for the year", "[schema]") {
  auto table4 = [] { return Table4Of(Repeat("0", 15)); };
  auto of_year = [&](const std::string& year) {
    return MapDocument(DocumentOf({Para("某局" + year + "年政府信息公开工作年度报告"), table4()}));
  };
  CHECK(of_year("2020").template_id == "2019");
  CHECK(of_year("2022").template_id == "2021");
  CHECK(of_year("2022").values.size() == 15);
}

TEST_CASE("a column whose header names nothing keeps the numbers after it in place", "[schema]") {
  // The third header is unreadable and the first value blank (0): the blank is a value, not
  // padding, so -5 and 324 must not move one column to the left.
  const std::vector<nianbao::Block> blocks = {
      TableBuilder()
          .Row({{"信息内容"}, {"上一年项目数量"}, {"本年增/减"}, {"■■■■"}})
          .Values({"行政许可"}, {"", "-5", "324"})
          .Values({"行政处罚"}, {"3", "+1", "12"})
          .Build()};
  nianbao::schema::Record record = MapDocument(DocumentOf(blocks));
  CHECK(record.template_id == "2019");
  CHECK(ValueOf(record, "t2.licensing.prev_items") == 0);
  CHECK(ValueOf(record, "t2.licensing.change") == -5);
  CHECK(ValueOf(record, "t2.penalty.prev_items") == 3);
  CHECK(ValueOf(record, "t2.penalty.change") == 1);
  for (const auto& [key, value] : record.values) {
    INFO(key);
    CHECK(key.find(".decisions") == std::string::npos);  // its column was never named
  }
  CHECK(record.status == nianbao::schema::RecordStatus::kPartial);
}

TEST_CASE("an uncertain OCR reading gives null and a warning, a certain one its number",
          "[schema]") {
  std::vector<nianbao::Block> blocks = SplitTable2();
  auto& licensing = std::get<nianbao::Table>(blocks[1]);
  auto& penalties = std::get<nianbao::Table>(blocks[2]);
  for (nianbao::Cell& cell : licensing.cells) cell.confidence = 0.98;
  for (nianbao::Cell& cell : penalties.cells) cell.confidence = cell.text == "8" ? 0.4 : 0.97;
  licensing.origin = penalties.origin = nianbao::TableOrigin::kOcr;
  nianbao::schema::Record record = MapDocument(DocumentOf(blocks));
  CHECK(ValueOf(record, "t2.licensing.decisions") == 77);
  CHECK(record.provenance.at("t2.licensing.decisions").confidence == Approx(0.98));
  REQUIRE(HasKey(record, "t2.penalty.decisions"));
  CHECK(std::isnan(*ValueOf(record, "t2.penalty.decisions")));
  CHECK(HasWarning(record, "schema.low_confidence"));
  CHECK(ValueOf(record, "t2.coercion.decisions") == 0);
}

// Table 四 of an OCR'd 2021 report: 行政复议 3 0 ? 1 6 (其他结果 as `other`, its confidence and
// other readings as given), 行政诉讼 all 0.
static nianbao::schema::Record MapScannedTable4(const std::string& other, double confidence,
                                                const std::vector<std::string>& alternatives) {
  std::vector<std::string> figures = {"3", "0", other, "1", "6"};
  for (const std::string& zero : Repeat("0", 10)) figures.push_back(zero);
  nianbao::Table table = Table4Of(figures);
  table.origin = nianbao::TableOrigin::kOcr;
  for (nianbao::Cell& cell : table.cells) {
    cell.confidence = 0.97;
    if (cell.row == 3 && cell.col == 2) {
      cell.confidence = confidence;
      cell.alternatives = alternatives;
    }
  }
  return MapDocument(DocumentOf({Para("某局2022年政府信息公开工作年度报告"), table}));
}

TEST_CASE("the arithmetic is evidence between a cell's OCR readings, never a source of numbers",
          "[schema]") {
  SECTION("an unsure cell takes the one reading that makes its sums hold") {
    const nianbao::schema::Record record = MapScannedTable4("站", 0.6, {"2", "8"});
    CHECK(ValueOf(record, "t4.review.other") == 2);
    CHECK(HasWarning(record, "schema.reading_by_arithmetic"));
    CHECK(!HasWarning(record, "schema.low_confidence"));
  }
  SECTION("no reading makes them hold: left out") {
    const nianbao::schema::Record record = MapScannedTable4("站", 0.6, {"5", "8"});
    REQUIRE(HasKey(record, "t4.review.other"));
    CHECK(std::isnan(*ValueOf(record, "t4.review.other")));
    CHECK(HasWarning(record, "schema.low_confidence"));
    CHECK(!HasWarning(record, "schema.reading_by_arithmetic"));
  }
  SECTION("a number no reading gave is never made, even where the sums would want it") {
    const nianbao::schema::Record record = MapScannedTable4("站", 0.6, {});
    CHECK(std::isnan(*ValueOf(record, "t4.review.other")));
  }
  SECTION("a trusted reading that breaks its sums, where another reading fits, is left out") {
    const nianbao::schema::Record record = MapScannedTable4("8", 0.95, {"2"});
    CHECK(std::isnan(*ValueOf(record, "t4.review.other")));
    CHECK(HasWarning(record, "schema.reading_breaks_arithmetic"));
  }
  SECTION("a trusted reading whose sums hold stays") {
    const nianbao::schema::Record record = MapScannedTable4("2", 0.95, {"8"});
    CHECK(ValueOf(record, "t4.review.other") == 2);
    CHECK(!HasWarning(record, "schema.reading_breaks_arithmetic"));
  }
}
