// Reports as they are really published (issue 13): look-alike characters, status and
// missing keys, damaged labels in place, template variants, groups across tables.
#include <algorithm>
#include <cmath>
#include <optional>

#include <catch2/catch.hpp>

#include "schema_test_util.hpp"

using schema_test::DocumentOf;
using schema_test::HasWarning;
using schema_test::MapDocument;
using schema_test::Para;
using schema_test::TableBuilder;
using schema_test::ValueOf;

TEST_CASE("radicals and compatibility ideographs read as the ideographs they show",
          "[schema][fold]") {
  // As a browser-printed PDF encodes them: ⼈ U+2F08, ⺠ U+2EA0, ⼯ U+2F2F, ⾏ U+2F8F,
  // 不 U+F967.
  TableBuilder builder;
  builder.Row({{"信息内容"}, {"本年处理决定数量"}});
  builder.Values({"⾏政处罚"}, {"12"});
  builder.Values({"⾏政强制"}, {"3"});
  nianbao::schema::Record record = MapDocument(
      DocumentOf({Para("⻘禾市⼈⺠政府2021年政府信息公开⼯作年度报告"), Para("⼀、总体情况"),
                  Para("本年度\uF967断推进⼯作。"), builder.Build()}));
  CHECK(record.title == "青禾市人民政府2021年政府信息公开工作年度报告");
  CHECK(record.agency == "青禾市人民政府");
  CHECK(record.year == 2021);
  CHECK(record.sections.at("s1") == "本年度不断推进工作。");
  CHECK(ValueOf(record, "t2.penalty.decisions") == 12);
  CHECK(ValueOf(record, "t2.coercion.decisions") == 3);
}

namespace {

using nianbao::schema::MissingKeys;
using nianbao::schema::MissingReason;
using nianbao::schema::Record;
using nianbao::schema::RecordStatus;
using Spec = TableBuilder::Spec;

// One data row of table 三: its label cells (two label columns) and the natural-person
// figure; the other columns are 0 and 总计 repeats the figure.
struct Line {
  std::vector<Spec> labels;
  int figure = 0;
};

Line Whole(const std::string& label, int figure) {
  return {{{label, 1, 2}}, figure};
}

Line Item(const std::string& group, const std::string& label, int figure) {
  return {{{group}, {label}}, figure};
}

// The 2021 table 三, group labels in the first label column of their first row.
std::vector<Line> Table3Lines() {
  return {
      Whole("一、本年新收政府信息公开申请数量", 9),
      Whole("二、上年结转政府信息公开申请数量", 1),
      Item("三、本年度办理结果", "（一）予以公开", 4),
      Item("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1),
      Item("（三）不予公开", "1.属于国家秘密", 0),
      Item("", "2.其他法律行政法规禁止公开", 1),
      Item("", "3.危及“三安全一稳定”", 0),
      Item("", "4.保护第三方合法权益", 0),
      Item("", "5.属于三类内部事务信息", 0),
      Item("", "6.属于四类过程性信息", 0),
      Item("", "7.属于行政执法案卷", 0),
      Item("", "8.属于行政查询事项", 0),
      Item("（四）无法提供", "1.本机关不掌握相关政府信息", 2),
      Item("", "2.没有现成信息需要另行制作", 0),
      Item("", "3.补正后申请内容仍不明确", 0),
      Item("（五）不予处理", "1.信访举报投诉类申请", 0),
      Item("", "2.重复申请", 1),
      Item("", "3.要求提供公开出版物", 0),
      Item("", "4.无正当理由大量反复申请", 0),
      Item("", "5.要求行政机关确认或重新出具已获取信息", 0),
      Item("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 0),
      Item("", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0),
      Item("", "3.其他", 0),
      Whole("（七）总计", 9),
      Whole("四、结转下年度继续办理", 1)};
}

void Table3Header(TableBuilder& builder) {
  builder.Row({{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 2},
               {"申请人情况", 1, 7}});
  builder.Row({{"自然人", 2, 1}, {"法人或其他组织", 1, 5}, {"总计", 2, 1}});
  builder.Row({{"商业企业"}, {"科研机构"}, {"社会公益组织"}, {"法律服务机构"}, {"其他"}});
}

void AddLines(TableBuilder& builder, const std::vector<Line>& lines) {
  for (const Line& line : lines) {
    std::vector<Spec> cells = line.labels;
    const std::string figure = std::to_string(line.figure);
    for (const char* value : {figure.c_str(), "0", "0", "0", "0", "0", figure.c_str()}) {
      cells.push_back({value});
    }
    builder.Row(cells);
  }
}

nianbao::Table Table3(const std::vector<Line>& lines) {
  TableBuilder builder;
  Table3Header(builder);
  AddLines(builder, lines);
  return builder.Build();
}

nianbao::Table Table2(bool with_rules = true, bool with_normative = true) {
  TableBuilder builder;
  builder.Row({{"信息内容"}, {"本年制发件数"}, {"本年废止件数"}, {"现行有效件数"}});
  if (with_rules) builder.Values({"规章"}, {"1", "0", "5"});
  if (with_normative) builder.Values({"行政规范性文件"}, {"2", "1", "9"});
  builder.Row({{"信息内容"}, {"本年处理决定数量", 1, 3}});
  builder.Row({{"行政许可"}, {"77", 1, 3}});
  builder.Row({{"行政处罚"}, {"8", 1, 3}});
  builder.Row({{"行政强制"}, {"0", 1, 3}});
  builder.Row({{"信息内容"}, {"本年收费金额（单位：万元）", 1, 3}});
  builder.Row({{"行政事业性收费"}, {"0.5", 1, 3}});
  return builder.Build();
}

nianbao::Table Table4() {
  TableBuilder builder;
  builder.Row({{"行政复议", 2, 5}, {"行政诉讼", 1, 10}});
  builder.Row({{"未经复议直接起诉", 1, 5}, {"复议后起诉", 1, 5}});
  std::vector<Spec> leaves;
  for (int group = 0; group < 3; ++group) {
    for (const char* label : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) {
      leaves.push_back({label});
    }
  }
  builder.Row(leaves);
  builder.Values({}, {"1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"});
  return builder.Build();
}

Record MapReport(const std::vector<nianbao::Block>& tables) {
  std::vector<nianbao::Block> blocks = {Para("青禾市林业局2021年政府信息公开工作年度报告")};
  blocks.insert(blocks.end(), tables.begin(), tables.end());
  return MapDocument(DocumentOf(blocks));
}

std::vector<std::string> RowKeys(const std::string& row) {
  std::vector<std::string> keys;
  for (const char* col :
       {"natural", "commercial", "research", "social", "legal", "other_org", "total"}) {
    keys.push_back("t3." + row + "." + col);
  }
  return keys;
}

size_t MissingCount(const Record& record) {
  size_t count = 0;
  for (const MissingKeys& entry : record.missing) count += entry.keys.size();
  return count;
}

void EraseLine(std::vector<Line>& lines, const std::string& label) {
  std::erase_if(lines, [&](const Line& line) { return line.labels.back().text == label; });
}

}  // namespace

TEST_CASE("status complete: every required key is a number", "[schema][status]") {
  Record record = MapReport({Table2(), Table3(Table3Lines()), Table4()});
  CHECK(record.template_id == "2021");
  CHECK(record.status == RecordStatus::kComplete);
  CHECK(record.missing.empty());
  CHECK(ValueOf(record, "t3.other.other.natural") == 0);
  CHECK(ValueOf(record, "t3.unprocessed.duplicate.total") == 1);
  // 10 + 25 rows × 7 + 15: org_total and the subtotal rows are not printed, not required.
  CHECK(record.values.size() == 200);
}

TEST_CASE("a null cell: partial, the key missing as cell_unreadable", "[schema][status]") {
  std::vector<Line> lines = Table3Lines();
  TableBuilder builder;
  Table3Header(builder);
  AddLines(builder, lines);
  nianbao::Table table = builder.Build();
  for (nianbao::Cell& cell : table.cells) {
    if (cell.row == 4 && cell.col == 2) cell.text = "详见附件";  // 二、上年结转 · 自然人
  }
  Record record = MapReport({Table2(), table, Table4()});
  CHECK(record.status == RecordStatus::kPartial);
  REQUIRE(record.missing.size() == 1);
  CHECK(record.missing[0].reason == MissingReason::kCellUnreadable);
  CHECK(record.missing[0].keys == std::vector<std::string>{"t3.carried_in.natural"});
  CHECK(record.missing[0].message.find("自然人") != std::string::npos);
}

TEST_CASE("a row the table lacks: partial, its keys missing as row_not_found", "[schema][status]") {
  std::vector<Line> lines = Table3Lines();
  EraseLine(lines, "2.重复申请");
  Record record = MapReport({Table2(), Table3(lines), Table4()});
  CHECK(record.status == RecordStatus::kPartial);
  REQUIRE(record.missing.size() == 1);
  CHECK(record.missing[0].reason == MissingReason::kRowNotFound);
  CHECK(record.missing[0].keys == RowKeys("unprocessed.duplicate"));
}

TEST_CASE("tables not found: partial with table_not_found per table", "[schema][status]") {
  Record record = MapReport({Table2()});
  CHECK(record.status == RecordStatus::kPartial);
  REQUIRE(record.missing.size() == 2);
  CHECK(record.missing[0].reason == MissingReason::kTableNotFound);
  CHECK(record.missing[0].keys.size() == 175);
  CHECK(record.missing[0].keys.front() == "t3.new.natural");
  CHECK(record.missing[1].reason == MissingReason::kTableNotFound);
  CHECK(record.missing[1].keys.size() == 15);
  CHECK(record.missing[1].keys.front() == "t4.review.upheld");
}

TEST_CASE("no template table: no_data; the year's template keys listed when the year is known",
          "[schema][status]") {
  SECTION("a report whose tables are missing (images)") {
    Record record = MapReport({Para("一、总体情况"), Para("本年度…")});
    CHECK(record.template_id == "unknown");
    CHECK(record.status == RecordStatus::kNoData);
    CHECK(MissingCount(record) == 200);
    for (const MissingKeys& entry : record.missing) {
      CHECK(entry.reason == MissingReason::kTableNotFound);
    }
  }
  SECTION("a notice page without a year") {
    Record record = MapDocument(DocumentOf({Para("关于网站维护的通知"), Para("特此通知。")}));
    CHECK(record.status == RecordStatus::kNoData);
    CHECK(record.missing.empty());
  }
}

TEST_CASE("2021 （六）其他处理 printed as one row: other.total, sub-rows not_printed",
          "[schema][status][variant]") {
  std::vector<Line> lines = Table3Lines();
  EraseLine(lines, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
  EraseLine(lines, "3.其他");
  EraseLine(lines, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
  lines.insert(lines.end() - 2, Item("", "（六）其他处理", 2));
  Record record = MapReport({Table2(), Table3(lines), Table4()});
  CHECK(ValueOf(record, "t3.other.total.natural") == 2);
  CHECK(ValueOf(record, "t3.other.total.total") == 2);
  CHECK_FALSE(schema_test::HasKey(record, "t3.other.other.natural"));
  CHECK_FALSE(schema_test::HasKey(record, "t3.other.no_fee.natural"));
  CHECK(record.status == RecordStatus::kComplete);
  REQUIRE(record.missing.size() == 3);
  CHECK(record.missing[0].reason == MissingReason::kNotPrinted);
  CHECK(record.missing[0].keys == RowKeys("other.no_correction"));
  CHECK(record.missing[1].keys == RowKeys("other.no_fee"));
  CHECK(record.missing[2].keys == RowKeys("other.other"));
}

TEST_CASE("table 二 without its 规章 row: not_printed; without both rows: row_not_found",
          "[schema][status][variant]") {
  const std::vector<std::string> rules = {"t2.rules.issued", "t2.rules.repealed",
                                          "t2.rules.in_force"};
  SECTION("no 规章 row") {
    Record record = MapReport({Table2(false), Table3(Table3Lines()), Table4()});
    CHECK(record.status == RecordStatus::kComplete);
    REQUIRE(record.missing.size() == 1);
    CHECK(record.missing[0].reason == MissingReason::kNotPrinted);
    CHECK(record.missing[0].keys == rules);
    CHECK(ValueOf(record, "t2.normative.issued") == 2);
  }
  SECTION("neither 规章 nor 行政规范性文件") {
    Record record = MapReport({Table2(false, false), Table3(Table3Lines()), Table4()});
    CHECK(record.status == RecordStatus::kPartial);
    REQUIRE(record.missing.size() == 2);
    CHECK(record.missing[0].reason == MissingReason::kRowNotFound);
    CHECK(record.missing[0].keys == rules);
    CHECK(record.missing[1].reason == MissingReason::kRowNotFound);
    // The next header (本年处理决定数量) right after the first is a header of its own.
    CHECK(ValueOf(record, "t2.licensing.decisions") == 77);
    CHECK(ValueOf(record, "t2.fees.amount") == Approx(0.5));
  }
}

TEST_CASE("fee figures of part 六 have provenance: origin text, page, the phrase",
          "[schema][provenance]") {
  Record record = MapReport(
      {Table2(), Table3(Table3Lines()), Table4(),
       nianbao::Paragraph{"六、其他需要报告的事项", 4, {}},
       nianbao::Paragraph{"本机关发出收费通知的件数为2件，总金额为1,200元，实际收取的总金额为 "
                          "600 元。",
                          4,
                          {}}});
  CHECK(ValueOf(record, "s6.fee_notices") == 2);
  CHECK(ValueOf(record, "s6.fee_billed") == 1200);
  CHECK(ValueOf(record, "s6.fee_collected") == 600);
  const nianbao::schema::Provenance& notices = record.provenance.at("s6.fee_notices");
  CHECK(notices.origin == "text");
  CHECK(notices.page == 4);
  CHECK_FALSE(notices.table.has_value());
  CHECK_FALSE(notices.row.has_value());
  CHECK_FALSE(notices.col.has_value());
  CHECK(notices.text == "收费通知的件数为2件");
  CHECK(record.provenance.at("s6.fee_billed").text == "总金额为1,200元");
  CHECK(record.provenance.at("s6.fee_collected").text == "实际收取的总金额为600元");
  CHECK(record.provenance.at("s6.fee_collected").page == 4);
  // Fee figures are optional: the record is complete with or without them.
  CHECK(record.status == RecordStatus::kComplete);
}

namespace {

void Relabel(std::vector<Line>& lines, const std::string& from, const std::string& to) {
  for (Line& line : lines) {
    if (line.labels.back().text == from) line.labels.back().text = to;
  }
}

bool HasWarningMentioning(const Record& record, const std::string& code, const std::string& text) {
  return std::any_of(record.warnings.begin(), record.warnings.end(), [&](const auto& warning) {
    return warning.code == code && warning.message.find(text) != std::string::npos;
  });
}

}  // namespace

TEST_CASE("fee figures OCR read: origin ocr with confidence; an unsure figure is left out",
          "[schema][provenance][ocr]") {
  // 本机关发出收费通知的件数为2件，总金额为1,200元，实际收取的总金额为600元。: the 1 of 1,200
  // is code point 20.
  const std::string fees =
      "本机关发出收费通知的件数为2件，总金额为1,200元，实际收取的总金额为600元。";
  SECTION("read surely: the figures, origin ocr, their confidence") {
    Record record = MapReport({Table2(), Table3(Table3Lines()), Table4(),
                               schema_test::OcrPara("六、其他需要报告的事项", 4),
                               schema_test::OcrPara(fees, 4)});
    CHECK(ValueOf(record, "s6.fee_notices") == 2);
    CHECK(ValueOf(record, "s6.fee_billed") == 1200);
    CHECK(ValueOf(record, "s6.fee_collected") == 600);
    for (const char* key : {"s6.fee_notices", "s6.fee_billed", "s6.fee_collected"}) {
      const nianbao::schema::Provenance& where = record.provenance.at(key);
      CHECK(where.origin == "ocr");
      REQUIRE(where.confidence.has_value());
      CHECK(*where.confidence == Approx(0.99));
      CHECK(where.page == 4);
    }
  }
  SECTION("a phrase over two paragraphs (a line OCR ended early): traced, kept") {
    Record record = MapReport({Table2(), Table3(Table3Lines()), Table4(),
                               schema_test::OcrPara("六、其他需要报告的事项", 4),
                               schema_test::OcrPara("本机关发出收费通知的件数为2件，总金", 4),
                               schema_test::OcrPara("额为1,200元。", 4)});
    CHECK(ValueOf(record, "s6.fee_billed") == 1200);
    REQUIRE(record.provenance.at("s6.fee_billed").confidence.has_value());
    CHECK(*record.provenance.at("s6.fee_billed").confidence == Approx(0.99));
  }
  SECTION("a digit read unsurely: that figure null with a warning, the others kept") {
    Record record = MapReport({Table2(), Table3(Table3Lines()), Table4(),
                               schema_test::OcrPara("六、其他需要报告的事项", 4),
                               schema_test::OcrPara(fees, 4, {{20, 0.6f}})});
    CHECK(std::isnan(*ValueOf(record, "s6.fee_billed")));
    CHECK(record.provenance.at("s6.fee_billed").confidence == Approx(0.6));
    CHECK(HasWarningMentioning(record, "schema.low_confidence", "s6.fee_billed"));
    CHECK(ValueOf(record, "s6.fee_notices") == 2);
    CHECK(ValueOf(record, "s6.fee_collected") == 600);
  }
}

TEST_CASE("a damaged label in its place maps, with a warning saying so", "[schema][damaged]") {
  std::vector<Line> lines = Table3Lines();
  SECTION("a missing character: 2.其他法律行政止公开") {
    Relabel(lines, "2.其他法律行政法规禁止公开", "2.其他法律行政止公开");
  }
  SECTION("a wrong character: 2.重复申清") {
    Relabel(lines, "2.重复申请", "2.重复申清");
  }
  SECTION("an extra character: 3.补正后申请内容仍不明确的") {
    Relabel(lines, "3.补正后申请内容仍不明确", "3.补正后申请内容仍不明确的");
  }
  Record record = MapReport({Table2(), Table3(lines), Table4()});
  CHECK(record.status == RecordStatus::kComplete);
  CHECK(record.missing.empty());
  CHECK(HasWarningMentioning(record, "schema.fuzzy_label", "by its place"));
  CHECK(ValueOf(record, "t3.denied.prohibited.natural") == 1);
  CHECK(ValueOf(record, "t3.unprocessed.duplicate.natural") == 1);
  CHECK(ValueOf(record, "t3.unavailable.unclear.natural") == 0);
  CHECK(record.values.size() == 200);
}

TEST_CASE("single-row （六） in other layouts never invents sub-rows", "[schema][variant]") {
  std::vector<Line> lines = Table3Lines();
  EraseLine(lines, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
  EraseLine(lines, "3.其他");
  EraseLine(lines, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
  SECTION("group column, blank item column") {
    lines.insert(lines.end() - 2, Line{{{"（六）其他处理"}, {""}}, 2});
  }
  SECTION("spanning both label columns") {
    lines.insert(lines.end() - 2, Whole("（六）其他处理", 2));
  }
  SECTION("three label columns style: 三、 group then item") {
    lines.insert(lines.end() - 2, Line{{{""}, {"（六）其他处理"}}, 2});
  }
  Record record = MapReport({Table2(), Table3(lines), Table4()});
  CHECK(ValueOf(record, "t3.other.total.natural") == 2);
  CHECK_FALSE(schema_test::HasKey(record, "t3.other.other.natural"));
  CHECK(record.status == RecordStatus::kComplete);
  CHECK(MissingCount(record) == 21);
}

TEST_CASE("a damaged label two rows could claim is refused: row_not_found, never a guess",
          "[schema][damaged]") {
  // 5.属于三类过程性信息: its place says 5.属于三类内部事务信息, its words say
  // 6.属于四类过程性信息.
  std::vector<Line> lines = Table3Lines();
  Relabel(lines, "5.属于三类内部事务信息", "5.属于三类过程性信息");
  Record record = MapReport({Table2(), Table3(lines), Table4()});
  CHECK(record.status == RecordStatus::kPartial);
  REQUIRE(record.missing.size() == 1);
  CHECK(record.missing[0].reason == MissingReason::kRowNotFound);
  CHECK(record.missing[0].keys == RowKeys("denied.internal"));
  CHECK(ValueOf(record, "t3.denied.process.natural") == 0);
  CHECK(HasWarningMentioning(record, "schema.ambiguous_label", "5.属于三类过程性信息"));
}

TEST_CASE("a damaged label whose row was already read does not take its place again",
          "[schema][damaged]") {
  std::vector<Line> lines = Table3Lines();
  // A second, damaged copy of 2.重复申请 after the real one.
  auto duplicate = std::find_if(lines.begin(), lines.end(), [](const Line& line) {
    return line.labels.back().text == "2.重复申请";
  });
  lines.insert(duplicate + 1, Item("", "2.重复申清", 7));
  Record record = MapReport({Table2(), Table3(lines), Table4()});
  CHECK(ValueOf(record, "t3.unprocessed.duplicate.natural") == 1);
  CHECK(ValueOf(record, "t3.unprocessed.publication.natural") == 0);
  CHECK(record.status == RecordStatus::kComplete);
}

namespace {

// Table 三 split after the line whose label is `last` (a page break): the lines after it
// go into a second table, preceded by `between` blocks; `repeat_header` repeats the
// column header there; `drop_group_column` prints the continued rows without the empty
// group column (one label column fewer).
std::vector<nianbao::Block> SplitTable3(const std::string& last, bool repeat_header,
                                        const std::vector<nianbao::Block>& between,
                                        bool drop_group_column) {
  std::vector<Line> lines = Table3Lines();
  auto split = std::find_if(lines.begin(), lines.end(),
                            [&](const Line& line) { return line.labels.back().text == last; });
  REQUIRE(split != lines.end());
  std::vector<Line> first(lines.begin(), split + 1);
  std::vector<Line> second(split + 1, lines.end());
  TableBuilder head;
  Table3Header(head);
  AddLines(head, first);
  TableBuilder tail;
  if (repeat_header) Table3Header(tail);
  if (drop_group_column) {
    for (Line& line : second) {
      if (line.labels.size() == 2 && line.labels[0].text.empty()) {
        line.labels.erase(line.labels.begin());
      }
    }
  }
  AddLines(tail, second);
  std::vector<nianbao::Block> blocks = {Table2(), head.Build()};
  blocks.insert(blocks.end(), between.begin(), between.end());
  blocks.push_back(tail.Build());
  blocks.push_back(Table4());
  return blocks;
}

}  // namespace

TEST_CASE("a row group whose label ends one table continues in the next", "[schema][pagebreak]") {
  const bool repeat_header = GENERATE(false, true);
  const bool drop_group_column = GENERATE(false, true);
  const std::vector<std::vector<nianbao::Block>> betweens = {
      {}, {Para("- 3 -")}, {Para("青禾市林业局2021年政府信息公开工作年度报告"), Para("4")}};
  for (const char* last :
       {"1.本机关不掌握相关政府信息", "1.属于国家秘密", "1.信访举报投诉类申请", "（一）予以公开"}) {
    for (const auto& between : betweens) {
      INFO("split after " << last << ", header repeated " << repeat_header
                          << ", group column dropped " << drop_group_column << ", "
                          << between.size() << " paragraphs between");
      Record record = MapReport(SplitTable3(last, repeat_header, between, drop_group_column));
      CHECK(record.status == RecordStatus::kComplete);
      CHECK(record.missing.empty());
      CHECK(record.values.size() == 200);
      CHECK(ValueOf(record, "t3.unavailable.not_held.natural") == 2);
      CHECK(ValueOf(record, "t3.unprocessed.duplicate.natural") == 1);
      CHECK(ValueOf(record, "t3.denied.prohibited.natural") == 1);
      CHECK(ValueOf(record, "t3.total.natural") == 9);
    }
  }
}

namespace {

Record MapPublished(const std::string& name) {
  return MapDocument(
      nianbao::ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/published/" + name));
}

}  // namespace

TEST_CASE(
    "HTML and text dump: a group continued in a second table after a page number and "
    "running header",
    "[schema][pagebreak][fold]") {
  const std::string name =
      GENERATE("group_across_tables.html", "group_across_tables.txt", "group_across_tables.docx");
  INFO(name);
  Record record = MapPublished(name);
  CHECK(record.title == "青禾市林业局2021年政府信息公开工作年度报告");
  CHECK(record.agency == "青禾市林业局");
  CHECK(record.status == RecordStatus::kComplete);
  CHECK(record.missing.empty());
  CHECK(record.values.size() == 203);                      // 200 cells and the three fee figures
  CHECK(ValueOf(record, "t2.licensing.decisions") == 77);  // its label ⾏政许可
  CHECK(ValueOf(record, "t3.unavailable.not_held.natural") == 1);
  CHECK(ValueOf(record, "t3.unavailable.needs_creation.total") == 0);
  CHECK(ValueOf(record, "t3.unprocessed.duplicate.natural") == 1);
  CHECK(ValueOf(record, "t3.other.other.total") == 1);
  CHECK(ValueOf(record, "t3.total.natural") == 9);
  CHECK(record.provenance.at("t3.unavailable.needs_creation.natural").table == 2);
  CHECK(schema_test::FailingRules(record).empty());
}

TEST_CASE("HTML: damaged label, （六） as one row, table 二 without 规章", "[schema][variant]") {
  Record record = MapPublished("variants.html");
  CHECK(record.status == RecordStatus::kComplete);
  CHECK(ValueOf(record, "t3.denied.prohibited.natural") == 1);
  CHECK(ValueOf(record, "t3.other.total.natural") == 1);
  CHECK_FALSE(schema_test::HasKey(record, "t3.other.other.natural"));
  CHECK_FALSE(schema_test::HasKey(record, "t2.rules.issued"));
  CHECK(HasWarningMentioning(record, "schema.fuzzy_label", "2.其他法律行政止公开"));
  REQUIRE(record.missing.size() == 4);
  CHECK(record.missing[0].keys ==
        std::vector<std::string>{"t2.rules.issued", "t2.rules.repealed", "t2.rules.in_force"});
  for (const MissingKeys& entry : record.missing) {
    CHECK(entry.reason == MissingReason::kNotPrinted);
  }
  CHECK(record.missing[3].keys == RowKeys("other.other"));
  CHECK(record.values.size() == 200 - 3 - 21 + 7 + 3);
  CHECK(schema_test::FailingRules(record).empty());
}

TEST_CASE("table 四 whose 行政诉讼 part has one header row", "[schema][variant]") {
  TableBuilder builder;
  builder.Row({{"行政复议", 1, 5}, {"行政诉讼", 1, 5}});
  std::vector<Spec> leaves;
  for (int group = 0; group < 2; ++group) {
    for (const char* label : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) {
      leaves.push_back({label});
    }
  }
  builder.Row(leaves);
  builder.Values({}, {"1", "0", "0", "0", "1", "2", "0", "0", "0", "2"});
  Record record = MapReport({Table2(), Table3(Table3Lines()), builder.Build()});
  CHECK(ValueOf(record, "t4.review.upheld") == 1);
  CHECK(ValueOf(record, "t4.review.total") == 1);
  // 行政诉讼's figures have no key: never given 未经复议直接起诉's.
  CHECK_FALSE(schema_test::HasKey(record, "t4.suit_direct.upheld"));
  CHECK_FALSE(schema_test::HasKey(record, "t4.suit_after_review.total"));
  CHECK(HasWarning(record, "schema.unnamed_cell"));
  CHECK(record.status == RecordStatus::kComplete);
  REQUIRE(record.missing.size() == 2);
  CHECK(record.missing[0].reason == MissingReason::kNotPrinted);
  CHECK(record.missing[0].keys.size() == 5);
  CHECK(record.missing[0].keys.front() == "t4.suit_direct.upheld");
  CHECK(record.missing[1].reason == MissingReason::kNotPrinted);
  CHECK(record.missing[1].keys.front() == "t4.suit_after_review.upheld");
  CHECK(record.missing[1].message.find("行政诉讼") != std::string::npos);
}

TEST_CASE("a damaged label before the row it resembles: neither is guessed", "[schema][damaged]") {
  std::vector<Line> lines = Table3Lines();
  auto exact = std::find_if(lines.begin(), lines.end(), [](const Line& line) {
    return line.labels.back().text == "2.其他法律行政法规禁止公开";
  });
  lines.insert(exact, Item("", "2.其他法律行政止公开", 5));
  Record record = MapReport({Table2(), Table3(lines), Table4()});
  CHECK_FALSE(schema_test::HasKey(record, "t3.denied.prohibited.natural"));
  CHECK(HasWarningMentioning(record, "schema.ambiguous_label", "t3.denied.prohibited.natural"));
  CHECK(record.status == RecordStatus::kPartial);
  REQUIRE(record.missing.size() == 1);
  CHECK(record.missing[0].reason == MissingReason::kRowNotFound);
  CHECK(record.missing[0].keys == RowKeys("denied.prohibited"));
  CHECK(ValueOf(record, "t3.denied.security.natural") == 0);
}

namespace {

bool Listed(const Record& record, const std::string& key, MissingReason reason) {
  for (const MissingKeys& entry : record.missing) {
    if (entry.reason != reason) continue;
    if (std::find(entry.keys.begin(), entry.keys.end(), key) != entry.keys.end()) return true;
  }
  return false;
}

std::vector<Line> WithLabel(std::vector<Line> lines, const std::string& label, Line replacement) {
  for (Line& line : lines) {
    if (line.labels.back().text == label) line = std::move(replacement);
  }
  return lines;
}

}  // namespace

TEST_CASE("a scanned row whose own label cannot be read is not its group's row",
          "[schema][status][ocr]") {
  // OCR read the group label （六）其他处理 but not the row's own: the row may be any of
  // the group's rows, and is not the group printed as one row (other.total).
  const std::vector<Line> lines =
      WithLabel(Table3Lines(), "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                Item("（六）其他处理", "丬氵丨乛", 0));
  nianbao::Table table = Table3(lines);
  table.origin = nianbao::TableOrigin::kOcr;
  Record record = MapReport({Table2(), table, Table4()});
  CHECK(!ValueOf(record, "t3.other.total.natural"));
  for (const auto& [key, value] : record.values) CHECK(key.rfind("t3.other.total", 0) != 0);
  CHECK(Listed(record, "t3.other.no_correction.natural", MissingReason::kRowNotFound));
  CHECK(record.status == RecordStatus::kPartial);
  CHECK(HasWarning(record, "schema.unnamed_row"));
}

TEST_CASE("an unreadable subtotal row is listed missing, not lost", "[schema][status][ocr]") {
  // The 小计 row of （三） could not be read: denied.total, though never required, is
  // listed as the row that stands there; the rows around it are read.
  std::vector<Line> lines = Table3Lines();
  auto after = std::find_if(lines.begin(), lines.end(), [](const Line& line) {
    return line.labels.back().text == "8.属于行政查询事项";
  });
  lines.insert(after + 1, Item("", "丬氵丨乛", 1));
  Record record = MapReport({Table2(), Table3(lines), Table4()});
  CHECK(Listed(record, "t3.denied.total.natural", MissingReason::kRowNotFound));
  CHECK(!Listed(record, "t3.unavailable.total.natural", MissingReason::kRowNotFound));
  CHECK(ValueOf(record, "t3.unavailable.not_held.natural") == 2);
  CHECK(ValueOf(record, "t3.denied.inquiry.natural") == 0);
  // Every required key was read, but a printed subtotal row was not: the record is partial.
  CHECK(record.status == RecordStatus::kPartial);
}

// Every required key read; only the fee figures of a part 六 not found are listed (the scans
// here have no running text), which makes the record partial.
bool OnlyFeesListed(const Record& record) {
  for (const auto& entry : record.missing) {
    if (entry.reason == MissingReason::kNotPrinted) continue;
    for (const std::string& key : entry.keys) {
      if (key.rfind("s6.fee_", 0) != 0) return false;
    }
  }
  return record.status == RecordStatus::kPartial;
}

TEST_CASE("fee figures part 六 speaks of but that cannot be read are listed", "[schema][status]") {
  std::vector<nianbao::Block> blocks = {Para("青禾市林业局2021年政府信息公开工作年度报告"),
                                        Table2(),
                                        Table3(Table3Lines()),
                                        Table4(),
                                        Para("六、其他需要报告的事项"),
                                        Para("本年度发出收费通知若干件，收取信息处理费。")};
  Record record = MapDocument(DocumentOf(blocks));
  CHECK(Listed(record, "s6.fee_notices", MissingReason::kCellUnreadable));
  CHECK(Listed(record, "s6.fee_collected", MissingReason::kCellUnreadable));
  CHECK(record.status == RecordStatus::kPartial);  // not required, but printed and unread
}

TEST_CASE("a scanned row whose label cannot be read is named by its place, only there",
          "[schema][status][ocr]") {
  // Between 1.信访举报投诉类申请 and 3.要求提供公开出版物 the template has one row: an
  // OCR'd row there whose label was read as nothing is 2.重复申请, with a warning.
  const std::vector<Line> lines = WithLabel(Table3Lines(), "2.重复申请", Item("", "", 1));
  nianbao::Table scanned = Table3(lines);
  scanned.origin = nianbao::TableOrigin::kOcr;
  Record record = MapReport({Table2(), scanned, Table4()});
  CHECK(ValueOf(record, "t3.unprocessed.duplicate.natural") == 1);
  CHECK(HasWarning(record, "schema.fuzzy_label"));
  CHECK(OnlyFeesListed(record));  // a scan without part 六: its fees unread, so partial
  // Not from a document's own text (its labels are what it prints), and not where two rows
  // could stand (a subtotal row may follow 8.属于行政查询事项).
  Record text = MapReport({Table2(), Table3(lines), Table4()});
  CHECK(!ValueOf(text, "t3.unprocessed.duplicate.natural"));
  CHECK(Listed(text, "t3.unprocessed.duplicate.natural", MissingReason::kRowNotFound));
  nianbao::Table after_group =
      Table3(WithLabel(Table3Lines(), "8.属于行政查询事项", Item("", "", 0)));
  after_group.origin = nianbao::TableOrigin::kOcr;
  Record refused = MapReport({Table2(), after_group, Table4()});
  CHECK(!ValueOf(refused, "t3.denied.inquiry.natural"));
  CHECK(Listed(refused, "t3.denied.inquiry.natural", MissingReason::kRowNotFound));
  CHECK(Listed(refused, "t3.denied.total.natural", MissingReason::kRowNotFound));
}

TEST_CASE("a scan's misread value never moves the row's other values into its column",
          "[schema][ocr]") {
  // 社会公益组织 unreadable in the header, the （七）总计 row's 自然人 figure misread as
  // text: by the header's order the row's next cell (商业企业's 0) would be 自然人's. The
  // header's ranges say otherwise, so the order is not used.
  nianbao::Table table = Table3(Table3Lines());
  table.origin = nianbao::TableOrigin::kOcr;
  for (nianbao::Cell& cell : table.cells) {
    if (cell.text == "社会公益组织") cell.text = "二会组织";
    if (cell.row == 26 && cell.col == 2) cell.text = "孔";
  }
  Record record = MapReport({Table2(), table, Table4()});
  const std::optional<double> natural = ValueOf(record, "t3.total.natural");
  CHECK((!natural || std::isnan(*natural)));  // absent or null: never a number
  CHECK(ValueOf(record, "t3.total.commercial") == 0);
  CHECK(ValueOf(record, "t3.total.total") == 9);
  CHECK(ValueOf(record, "t3.new.natural") == 9);
}

TEST_CASE("a scan's unreadable column label is named by its place among its row's labels",
          "[schema][ocr]") {
  nianbao::Table table = Table3(Table3Lines());
  table.origin = nianbao::TableOrigin::kOcr;
  for (nianbao::Cell& cell : table.cells) {
    if (cell.text == "社会公益组织") cell.text = "二会组织";
  }
  Record record = MapReport({Table2(), table, Table4()});
  CHECK(ValueOf(record, "t3.new.social") == 0);
  CHECK(ValueOf(record, "t3.new.natural") == 9);
  CHECK(OnlyFeesListed(record));  // a scan without part 六: its fees unread, so partial
  CHECK(HasWarning(record, "schema.fuzzy_label"));
  // Two labels unreadable side by side: each is named only where its own characters are
  // more of the column in its place than of the other column left there (禾斗机 of 科研机构,
  // 二会组织 of 社会公益组织); with none of either (丬氵, 乛丨), neither is guessed.
  for (nianbao::Cell& cell : table.cells) {
    if (cell.text == "科研机构") cell.text = "禾斗机";
  }
  Record two = MapReport({Table2(), table, Table4()});
  CHECK(ValueOf(two, "t3.new.social") == 0);
  CHECK(ValueOf(two, "t3.new.research") == 0);
  CHECK(HasWarningMentioning(two, "schema.fuzzy_label", "by its place and its characters"));
  for (nianbao::Cell& cell : table.cells) {
    if (cell.text == "禾斗机") cell.text = "丬氵";
    if (cell.text == "二会组织") cell.text = "乛丨";
  }
  Record unread = MapReport({Table2(), table, Table4()});
  CHECK(!ValueOf(unread, "t3.new.social"));
  CHECK(!ValueOf(unread, "t3.new.research"));
  CHECK(ValueOf(unread, "t3.new.commercial") == 0);
  // More characters of another column left there than of its own (科研组 where
  // 社会公益组织 stands): not guessed.
  for (nianbao::Cell& cell : table.cells) {
    if (cell.text == "丬氵") cell.text = "乛丨";
    if (cell.text == "乛丨" && cell.col == 5) cell.text = "科研组";
  }
  Record crossed = MapReport({Table2(), table, Table4()});
  CHECK(!ValueOf(crossed, "t3.new.social"));
}

// Table 三 as a scan read it, 自然人 and 总计 garbled (自\n人, 癌\n7A\n计), the columns
// printed in the template's order or with those two swapped; each row's 总计 is its 自然人
// figure plus one 商业企业.
nianbao::Table ScannedTable3(bool swapped) {
  TableBuilder builder;
  builder.Row({{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 2},
               {"申请人情况", 1, 7}});
  builder.Row({{"自\n人", 2, 1}, {"法人或其他组织", 1, 5}, {"癌\n7A\n计", 2, 1}});
  builder.Row({{"商业企业"}, {"科研机构"}, {"社会公益组织"}, {"法律服务机构"}, {"其他"}});
  for (const Line& line : Table3Lines()) {
    std::vector<Spec> cells = line.labels;
    std::string natural = std::to_string(line.figure);
    std::string total = std::to_string(line.figure + 1);
    if (swapped) std::swap(natural, total);
    for (const std::string& value : {natural, std::string("1"), std::string("0"), std::string("0"),
                                     std::string("0"), std::string("0"), total}) {
      cells.push_back({value});
    }
    builder.Row(cells);
  }
  nianbao::Table table = builder.Build();
  table.origin = nianbao::TableOrigin::kOcr;
  return table;
}

TEST_CASE("a scan's garbled column labels are named by their place where the arithmetic agrees",
          "[schema][ocr]") {
  // Both labels at the edges of 申请人情况, 法人或其他组织 named between them: each is the
  // one column its place leaves, said once, and the rows' totals confirm them.
  Record record = MapReport({Table2(), ScannedTable3(false), Table4()});
  CHECK(ValueOf(record, "t3.new.natural") == 9);
  CHECK(ValueOf(record, "t3.new.total") == 10);
  CHECK(ValueOf(record, "t3.carried_out.total") == 2);
  CHECK(!HasWarning(record, "schema.column_by_place_refuted"));
  int said = 0;
  for (const auto& warning : record.warnings) {
    said += warning.message.find("自\n人") != std::string::npos;
  }
  CHECK(said == 1);
  // A document printing 总计 first and 自然人 last: the place names each the other's column,
  // and the rows' totals refute it. No number is given under either.
  Record swapped = MapReport({Table2(), ScannedTable3(true), Table4()});
  CHECK(HasWarning(swapped, "schema.column_by_place_refuted"));
  for (const auto& [key, value] : swapped.values) {
    if (key.starts_with("t3.") && (key.ends_with(".natural") || key.ends_with(".total")) &&
        !key.starts_with("t3.total.")) {
      INFO(key);
      CHECK(!value);
    }
  }
  CHECK(Listed(swapped, "t3.new.natural", MissingReason::kCellUnreadable));
  CHECK(ValueOf(swapped, "t3.new.commercial") == 1);
}

TEST_CASE("a scan's label with a misread enumerator is a label, not a number", "[schema][ocr]") {
  // OCR reads 1.属于国家秘密 as 1，属于国家秘密 and 2.其他… as 2其他…: text with words is
  // never a number with a unit in a scan's table.
  std::vector<Line> lines =
      WithLabel(Table3Lines(), "1.属于国家秘密", Item("（三）不予公开", "1，属于国家秘密", 3));
  lines = WithLabel(lines, "2.其他法律行政法规禁止公开", Item("", "2其他法律行政法规禁止公开", 4));
  nianbao::Table table = Table3(lines);
  table.origin = nianbao::TableOrigin::kOcr;
  Record record = MapReport({Table2(), table, Table4()});
  CHECK(ValueOf(record, "t3.denied.state_secret.natural") == 3);
  CHECK(ValueOf(record, "t3.denied.prohibited.natural") == 4);
  CHECK(!HasWarning(record, "schema.unnamed_cell"));
}

// Part 六 of our scans as OCR read it (paragraph by paragraph), mapped with the tables.
Record MapScannedFees(const std::vector<nianbao::Paragraph>& part_six) {
  std::vector<nianbao::Block> blocks = {Table2(), Table3(Table3Lines()), Table4(),
                                        schema_test::OcrPara("六、其他需要报告的事项", 3)};
  blocks.insert(blocks.end(), part_six.begin(), part_six.end());
  return MapReport(blocks);
}

TEST_CASE("fee figures of a scan: garbled words, a lost unit, the sentence's own bounds",
          "[schema][provenance][ocr]") {
  const nianbao::Paragraph opening =
      schema_test::OcrPara("本单位依据《政府信息公开信息处理费管理办法》收取信息处理", 3);
  SECTION("实际收取 garbled, 元。 on a line OCR lost: 0 after 0 billed, with a warning") {
    // The bureau sample at 300 dpi.
    Record record = MapScannedFees(
        {opening,
         schema_test::OcrPara("，2021年发出收费通知的件数0件,总金额0元。实际收取让的|事总金额0", 3),
         schema_test::OcrPara("2021年度，我局办理人大代表建议33件、政协委员提案1件。", 3)});
    CHECK(ValueOf(record, "s6.fee_notices") == 0);
    CHECK(ValueOf(record, "s6.fee_billed") == 0);
    CHECK(ValueOf(record, "s6.fee_collected") == 0);
    CHECK(HasWarningMentioning(record, "schema.reading_by_arithmetic", "s6.fee_collected"));
  }
  SECTION("元。 misread as more characters after the 0: the same") {
    Record record = MapScannedFees(
        {opening, schema_test::OcrPara(
                      "费,，2021年发出收费通知的件数0件,总金额0元。实际收取的总金额050 s", 3)});
    CHECK(ValueOf(record, "s6.fee_collected") == 0);
  }
  SECTION("a lost unit where more was billed: nothing taken, listed") {
    Record record = MapScannedFees(
        {opening,
         schema_test::OcrPara("，2021年发出收费通知的件数2件,总金额30元。实际收取的总金额0", 3),
         schema_test::OcrPara("2021年度，我局办理人大代表建议33件。", 3)});
    CHECK(ValueOf(record, "s6.fee_billed") == 30);
    CHECK_FALSE(schema_test::HasKey(record, "s6.fee_collected"));
    CHECK(Listed(record, "s6.fee_collected", MissingReason::kCellUnreadable));
  }
  SECTION("an unsure 0 billed with no fee notice sent is taken; with notices sent, not") {
    // The 0 of 总金额0元 is code point 21.
    const std::string sentence = "，2021年发出收费通知的件数0件,总金额0元。实际收取的总金额0元。";
    Record record = MapScannedFees({opening, schema_test::OcrPara(sentence, 3, {{21, 0.86f}})});
    CHECK(ValueOf(record, "s6.fee_billed") == 0);
    CHECK(HasWarningMentioning(record, "schema.reading_by_arithmetic", "s6.fee_billed"));
    std::string with_notices = sentence;
    with_notices.replace(with_notices.find("数0件"), std::string("数0件").size(), "数1件");
    Record sent = MapScannedFees({opening, schema_test::OcrPara(with_notices, 3, {{21, 0.86f}})});
    CHECK(std::isnan(*ValueOf(sent, "s6.fee_billed")));
    CHECK(HasWarningMentioning(sent, "schema.low_confidence", "s6.fee_billed"));
  }
  SECTION("the billed amount's words garbled: the collected amount is not taken for it") {
    // Our footer_linebreak report at 300 dpi: 总金额0元。实 read as 总糯全元全堪.
    Record record = MapScannedFees(
        {opening,
         schema_test::OcrPara("费，2024年发出收费通知的件数0件，总糯全元全堪际屏取的总金额0", 3),
         schema_test::OcrPara("元。", 3)});
    CHECK(ValueOf(record, "s6.fee_collected") == 0);
    CHECK_FALSE(schema_test::HasKey(record, "s6.fee_billed"));
    CHECK(Listed(record, "s6.fee_billed", MissingReason::kCellUnreadable));
  }
}
