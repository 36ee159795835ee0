// The SQLite store, exports and merges, on records made by hand.
#include <catch2/catch.hpp>

#include <sstream>

#include "dataset_test_support.hpp"
#include "nianbao/output.hpp"
#include "record_blob.hpp"
#include "store.hpp"

namespace nianbao::dataset {
namespace {

using testing::TempDir;

Json SampleRecord(const std::string& sha256, const std::string& path, int penalty) {
  Json record = Json::parse(R"({
    "schema": "nianbao/1",
    "source": {"path": "", "sha256": "", "format": "pdf", "pages": 7,
               "url": "http://gov.example/r.pdf", "crawl": "monday"},
    "title": "测试市人民政府2021年政府信息公开工作年度报告",
    "agency": "测试市人民政府", "year": 2021, "template": "2021",
    "sections": {"s1": "2021年，我市…"},
    "values": {"t2.penalty.decisions": 0, "t3.new.natural": 3, "t3.new.total": 3,
               "t2.fees.amount": 1.5},
    "checks": [{"rule": "t3.balance.total", "ok": false, "lhs": 3, "rhs": 4}],
    "provenance": {"t3.new.natural": {"page": 3, "table": 1, "row": 4, "col": 3, "text": "3"}},
    "warnings": [],
    "status": "complete",
    "missing": []
  })");
  record["source"]["path"] = path;
  record["source"]["sha256"] = sha256;
  record["values"]["t2.penalty.decisions"] = penalty;
  return record;
}

// The record placed on the map, as the region stage writes it.
Json Placed(Json record) {
  record["region"] = {{"code", "320813"},
                      {"name", "江苏省淮安市洪泽区"},
                      {"province", "江苏省"},
                      {"city", "淮安市"},
                      {"county", "洪泽区"}};
  record["level"] = "county";
  record["agency_kind"] = "government";
  return record;
}

// Stores a record as the run does: read back typed from its JSON.
void Put(Store& store, const Json& record, const StoredMeta& meta) {
  store.Put(output::OutcomeFromJson(record, "test"), meta);
}

std::string Export(const std::string& database, ExportFormat format, bool bom = false) {
  std::ostringstream out;
  ExportDataset(ExportOptions{database, format, bom}, out);
  return out.str();
}

int Count(Store& store, const std::string& sql) {
  Statement statement = store.database().Prepare(sql);
  statement.Step();
  return static_cast<int>(statement.Integer(0));
}

TEST_CASE("a new dataset gets the current schema version", "[dataset][store]") {
  TempDir dir;
  Store store(dir / "d.sqlite");
  CHECK(store.database().UserVersion() == CurrentSchemaVersion());
  CHECK(Count(store, "SELECT count(*) FROM documents") == 0);
}

TEST_CASE("a worker's rows reach the parent as they were made", "[dataset][store]") {
  Json record = Placed(SampleRecord("aa", "a.pdf", 212));
  record["warnings"] = {{{"severity", "warning"}, {"code", "x.y"}, {"message", "看这里"}}};
  output::Outcome outcome = output::OutcomeFromJson(record, "test");
  outcome.source_fields = {{"url", "http://gov.example/r.pdf"}, {"crawl", "monday"}};
  DocumentRows rows = RowsOf(outcome, StoredMeta{"2026-12-03T00:00:00Z", 7});
  REQUIRE(rows.values.size() == 4);
  rows.values[1].value.reset();  // a null value travels as one

  DocumentRows back = RowsFromMessage(RowsMessage(rows), "a.pdf");
  const DocumentRow& row = back.document;
  CHECK(row.sha256 == "aa");
  CHECK(row.path == "a.pdf");
  CHECK(row.format == std::optional<std::string>("pdf"));
  CHECK(row.pages == std::optional<std::int64_t>(7));
  CHECK(row.url == std::optional<std::string>("http://gov.example/r.pdf"));
  CHECK_FALSE(row.fetched_at);
  CHECK(row.source_extra == rows.document.source_extra);
  CHECK(row.year == std::optional<std::int64_t>(2021));
  CHECK(row.county == std::optional<std::string>("洪泽区"));
  CHECK(row.status == "complete");
  CHECK_FALSE(row.error);
  CHECK(row.record == rows.document.record);
  CHECK(row.record_size == rows.document.record_size);
  const DocumentRows made = RowsOf(outcome, StoredMeta{"2026-12-03T00:00:00Z", 7});
  CHECK(RestoredRecordJson(InflateRecord(row.record, "a.pdf"),
                           RecordParts{made.sections, made.values, made.checks},
                           "a.pdf") == output::OutcomeToJson(outcome).dump());
  CHECK(row.processed_at == "2026-12-03T00:00:00Z");
  CHECK(row.duration_ms == std::optional<std::int64_t>(7));
  REQUIRE(back.values.size() == 4);
  for (size_t index = 0; index < rows.values.size(); ++index) {
    CHECK(back.values[index].key == rows.values[index].key);
    CHECK(back.values[index].value == rows.values[index].value);
  }
  REQUIRE(back.checks.size() == 1);
  CHECK(back.checks[0].rule == "t3.balance.total");
  CHECK_FALSE(back.checks[0].ok);
  CHECK(back.checks[0].rhs == std::optional<double>(4));
  REQUIRE(back.warnings.size() == 1);
  CHECK(back.warnings[0].message == std::optional<std::string>("看这里"));
  CHECK_FALSE(back.warnings[0].location);
  REQUIRE(back.sections.size() == 1);
  CHECK(back.sections[0].text == "2021年，我市…");
  CHECK(back.source.url == std::optional<std::string>("http://gov.example/r.pdf"));
}

TEST_CASE("a cut or damaged worker message is an error, not rows", "[dataset][store]") {
  output::Outcome outcome = output::OutcomeFromJson(SampleRecord("aa", "a.pdf", 1), "test");
  const std::string message = RowsMessage(RowsOf(outcome, StoredMeta{"t", 1}));
  CHECK_THROWS_AS(RowsFromMessage(message.substr(0, message.size() - 1), "a.pdf"), Error);
  CHECK_THROWS_AS(RowsFromMessage(message + "x", "a.pdf"), Error);
  CHECK_THROWS_AS(RowsFromMessage("", "a.pdf"), Error);
}

TEST_CASE("a dataset from a newer nianbao is refused, not changed", "[dataset][store]") {
  TempDir dir;
  {
    Database database(dir / "new.sqlite", Database::Mode::kReadWrite);
    database.SetUserVersion(CurrentSchemaVersion() + 1);
  }
  CHECK_THROWS_WITH(Store(dir / "new.sqlite"), Catch::Contains("newer"));
  CHECK_THROWS_AS(OpenDatasetReadOnly(dir / "new.sqlite"), Error);
  CHECK(Database(dir / "new.sqlite", Database::Mode::kReadOnly).UserVersion() ==
        CurrentSchemaVersion() + 1);
}

TEST_CASE("a record is stored whole and in long form", "[dataset][store]") {
  TempDir dir;
  Store store(dir / "d.sqlite");
  Put(store, SampleRecord("aa", "a.pdf", 212), StoredMeta{"2026-11-26T00:00:00Z", 5});
  CHECK(store.StatusOf("aa") == std::optional<std::string>("complete"));
  CHECK_FALSE(store.StatusOf("bb"));
  CHECK(Count(store, "SELECT count(*) FROM cell_values") == 4);
  CHECK(Count(store, "SELECT value FROM cell_values WHERE key = 't2.penalty.decisions'") == 212);
  CHECK(Count(store, "SELECT count(*) FROM checks WHERE ok = 0") == 1);
  CHECK(Count(store, "SELECT count(*) FROM sections") == 1);
  CHECK(Count(store,
              "SELECT count(*) FROM documents WHERE url = 'http://gov.example/r.pdf'"
              " AND source_extra = '{\"crawl\":\"monday\"}' AND pages = 7") == 1);

  SECTION("the same content again replaces it, children included") {
    Put(store, SampleRecord("aa", "a.pdf", 7), StoredMeta{"2026-11-26T00:00:01Z", 5});
    CHECK(Count(store, "SELECT count(*) FROM documents") == 1);
    CHECK(Count(store, "SELECT count(*) FROM cell_values") == 4);
    CHECK(Count(store, "SELECT value FROM cell_values WHERE key = 't2.penalty.decisions'") == 7);
  }
  SECTION("jsonl gives the record back unchanged") {
    CHECK(Export(dir / "d.sqlite", ExportFormat::kJsonl) ==
          SampleRecord("aa", "a.pdf", 212).dump() + "\n");
  }
}

// The record as documents.record holds it: inflated, nothing put back.
Json RecordAsStored(Store& store, const std::string& sha256) {
  Statement row = store.database().Prepare("SELECT record FROM documents WHERE sha256 = ?");
  row.Bind(1, sha256);
  REQUIRE(row.Step());
  return Json::parse(InflateRecord(row.Blob(0), sha256));
}

TEST_CASE("a record is stored once: sections, values and checks only in their tables",
          "[dataset][store]") {
  TempDir dir;
  Store store(dir / "d.sqlite");
  Json record = SampleRecord("aa", "a.pdf", 212);
  // Numbers whose text must come back exactly from the tables' REAL columns.
  record["values"]["t3.new.legal"] = 0.30000000000000004;
  record["values"]["t3.new.research"] = -1e300;
  record["values"]["t3.new.social"] = nullptr;
  record["checks"].push_back(
      {{"rule", "t3.balance.legal"}, {"ok", true}, {"lhs", 2.5}, {"rhs", 12345678901234}});
  Put(store, record, StoredMeta{"t", 1});
  const Json stored = RecordAsStored(store, "aa");
  CHECK(stored["sections"].empty());
  CHECK(stored["values"].empty());
  CHECK(stored["checks"].empty());
  CHECK(stored["provenance"] == record["provenance"]);
  CHECK(Export(dir / "d.sqlite", ExportFormat::kJsonl) == record.dump() + "\n");

  SECTION("a record the tables cannot give back exactly is stored whole") {
    // A key twice among the values is one row in document_values.
    output::Outcome outcome = output::OutcomeFromJson(SampleRecord("bb", "b.pdf", 3), "test");
    outcome.record.values.emplace_back("t3.new.natural", 4);
    store.Put(outcome, StoredMeta{"t", 1});
    const std::string whole = output::OutcomeToJson(outcome).dump();
    CHECK(RecordAsStored(store, "bb").dump() == whole);
    const std::string exported = Export(dir / "d.sqlite", ExportFormat::kJsonl);
    CHECK(exported == record.dump() + "\n" + whole + "\n");
  }
}

// A record as the schema stage decides it, with the given status.
Json WithStatus(Json record, const std::string& status) {
  record["status"] = status;
  return record;
}

TEST_CASE("the stored status is the record's own, never one the dataset derives",
          "[dataset][store]") {
  TempDir dir;
  Store store(dir / "d.sqlite");
  // Warnings on a record the schema calls complete (a warning about a placed label, say).
  Json warned = SampleRecord("aa", "a.pdf", 1);
  warned["warnings"].push_back(
      {{"severity", "warning"}, {"code", "schema.label_placed"}, {"message", "m"}});
  Put(store, warned, StoredMeta{"t", 1});
  // A read document without a template table.
  Json notice = WithStatus(SampleRecord("bb", "b.html", 1), "no_data");
  notice["values"] = Json::object();
  Put(store, notice, StoredMeta{"t", 1});
  // A record with a missing row but no null value and no warning.
  Json partial = WithStatus(SampleRecord("cc", "c.pdf", 1), "partial");
  partial["missing"].push_back({{"keys", {"t3.granted.total"}},
                                {"reason", "row_not_found"},
                                {"message", "no row 予以公开"}});
  Put(store, partial, StoredMeta{"t", 1});
  Json failed = {{"schema", "nianbao/1"},
                 {"source", {{"path", "d.pdf"}, {"sha256", "dd"}}},
                 {"status", "error"},
                 {"error", {{"kind", "damaged"}, {"message", "truncated"}}}};
  Put(store, failed, StoredMeta{"t", 1});
  CHECK(store.StatusOf("aa") == std::optional<std::string>("complete"));
  CHECK(store.StatusOf("bb") == std::optional<std::string>("no_data"));
  CHECK(store.StatusOf("cc") == std::optional<std::string>("partial"));
  CHECK(store.StatusOf("dd") == std::optional<std::string>("error"));
  Statement rows = store.database().Prepare("SELECT sha256, status, record, id FROM documents");
  RecordReader records(store.database());
  int same = 0;
  while (rows.Step()) {
    const Json record = Json::parse(records.Text(rows.Integer(3), rows, 2, rows.Text(0)));
    same += record.value("status", "") == rows.Text(1) ? 1 : 0;
  }
  CHECK(same == 4);

  SECTION("a record without a status is refused, nothing stored") {
    Json bare = SampleRecord("ee", "e.pdf", 1);
    bare.erase("status");
    CHECK_THROWS_WITH(Put(store, bare, StoredMeta{"t", 1}), Catch::Contains("no status"));
    CHECK_THROWS_AS(
        Put(store, WithStatus(SampleRecord("ee", "e.pdf", 1), "ok"), StoredMeta{"t", 1}), Error);
    CHECK_FALSE(store.StatusOf("ee"));
  }
}

TEST_CASE("csv-wide: one row per document, keys in SCHEMA.md order", "[dataset][export]") {
  TempDir dir;
  {
    Store store(dir / "d.sqlite");
    Put(store, SampleRecord("bb", "b.pdf", 2), StoredMeta{"t", 1});
    Json other = WithStatus(Placed(SampleRecord("aa", "a.pdf", 1)), "partial");
    other["values"]["zz.local_key"] = 9;
    other["values"]["t3.new.total"] = nullptr;
    Put(store, other, StoredMeta{"t", 1});
  }
  std::string csv = Export(dir / "d.sqlite", ExportFormat::kCsvWide, true);
  REQUIRE(csv.rfind("\xEF\xBB\xBFpath,sha256,format,pages,url,fetched_at,site,title,agency,"
                    "region_code,region_name,province,city,county,level,agency_kind,year,"
                    "template,status,error,failed_checks,warnings,t2.rules.issued,",
                    0) == 0);
  std::istringstream lines(csv.substr(3));
  std::string header, first, second;
  std::getline(lines, header);
  std::getline(lines, first);
  std::getline(lines, second);
  CHECK(header.find(",s6.fee_collected,zz.local_key\r") != std::string::npos);
  CHECK(first.rfind("a.pdf,aa,pdf,7,http://gov.example/r.pdf,,,", 0) == 0);
  CHECK(first.find(",partial,,t3.balance.total,0,") != std::string::npos);
  CHECK(first.find(",测试市人民政府,320813,江苏省淮安市洪泽区,江苏省,淮安市,洪泽区,county,"
                   "government,2021,") != std::string::npos);
  // Not placed: the place columns are empty.
  CHECK(second.find(",测试市人民政府,,,,,,,,2021,") != std::string::npos);
  CHECK(first.substr(first.size() - 3) == ",9\r");
  CHECK(second.rfind("b.pdf,bb,", 0) == 0);
  size_t columns = static_cast<size_t>(std::count(header.begin(), header.end(), ','));
  CHECK(static_cast<size_t>(std::count(first.begin(), first.end(), ',')) == columns);
  CHECK(columns + 1 == WideDocumentColumns().size() + TemplateKeys().size() + 1);
}

TEST_CASE("csv-long: one row per value with its provenance", "[dataset][export]") {
  TempDir dir;
  {
    Store store(dir / "d.sqlite");
    Put(store, Placed(SampleRecord("aa", "a.pdf", 2)), StoredMeta{"t", 1});
  }
  std::string csv = Export(dir / "d.sqlite", ExportFormat::kCsvLong);
  const std::string document =
      "a.pdf,aa,测试市人民政府,320813,江苏省淮安市洪泽区,江苏省,淮安市,洪泽区,county,government,"
      "2021,2021,";
  CHECK(csv ==
        "path,sha256,agency,region_code,region_name,province,city,county,level,agency_kind,"
        "year,template,key,value,page,table,row,col,text\r\n" +
            document + "t2.penalty.decisions,2,,,,,\r\n" + document +
            "t3.new.natural,3,3,1,4,3,3\r\n" + document + "t3.new.total,3,,,,,\r\n" + document +
            "t2.fees.amount,1.5,,,,,\r\n");
}

TEST_CASE("the status list of export --status", "[dataset][export]") {
  using schema::RecordStatus;
  CHECK(ParseStatusList("complete") == std::vector{RecordStatus::kComplete});
  CHECK(ParseStatusList("no_data,error,no_data") ==
        std::vector{RecordStatus::kNoData, RecordStatus::kError});
  CHECK_THROWS_WITH(ParseStatusList("ok"), Catch::Contains("unknown status \"ok\""));
  CHECK_THROWS_AS(ParseStatusList("complete,"), std::invalid_argument);
  CHECK_THROWS_AS(ParseStatusList(""), std::invalid_argument);
}

TEST_CASE("export --status keeps the documents of those statuses, in every format",
          "[dataset][export]") {
  using schema::RecordStatus;
  TempDir dir;
  const std::string database = dir / "d.sqlite";
  Json complete = SampleRecord("aa", "a.pdf", 1);
  complete["values"]["t3.carried_in.total"] = 2;
  Json partial = WithStatus(SampleRecord("bb", "b.pdf", 2), "partial");
  partial["year"] = 2020;
  partial["values"]["t3.carried_out.total"] = 3;
  Json notice = WithStatus(SampleRecord("cc", "c.html", 0), "no_data");
  notice["year"] = 2019;
  notice["values"] = Json::object();
  Json failed = {
      {"schema", "nianbao/1"},
      {"source", {{"path", "d.pdf"}, {"sha256", "dd"}}},
      {"status", "error"},
      {"error", {{"kind", "damaged"}, {"message", "truncated"}, {"place", Json::object()}}}};
  {
    Store store(database);
    for (const Json& record : {complete, partial, notice, failed}) {
      Put(store, record, StoredMeta{"t", 1});
    }
    store.PutInputError("gone.pdf", "io", "no such file", UtcNow());
  }
  CheckDataset(database);  // year_checks and reports
  auto exported = [&](ExportFormat format, std::vector<RecordStatus> statuses) {
    std::ostringstream out;
    ExportDataset(ExportOptions{database, format, false, std::move(statuses)}, out);
    return out.str();
  };
  auto lines = [](const std::string& text) {
    return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  };
  const std::string gone =
      R"({"schema":"nianbao/1","source":{"path":"gone.pdf"},"status":"error","error":{"kind":"io","message":"no such file","place":{}}})"
      "\n";

  CHECK(exported(ExportFormat::kJsonl, {RecordStatus::kComplete}) == complete.dump() + "\n");
  CHECK(exported(ExportFormat::kJsonl, {RecordStatus::kError}) == failed.dump() + "\n" + gone);
  CHECK(exported(ExportFormat::kJsonl, {RecordStatus::kPartial, RecordStatus::kNoData}) ==
        partial.dump() + "\n" + notice.dump() + "\n");
  CHECK(lines(exported(ExportFormat::kJsonl, {})) == 5);

  // csv-wide: the same columns, only the rows of the statuses asked for.
  std::string all_wide = exported(ExportFormat::kCsvWide, {});
  std::string header = all_wide.substr(0, all_wide.find('\n') + 1);
  CHECK(lines(all_wide) == 5);
  std::string wide = exported(ExportFormat::kCsvWide, {RecordStatus::kPartial});
  REQUIRE(lines(wide) == 2);
  CHECK(wide.substr(0, header.size()) == header);
  CHECK(wide.substr(header.size()).rfind("b.pdf,bb,", 0) == 0);
  CHECK(exported(ExportFormat::kCsvWide, {RecordStatus::kNoData})
            .substr(header.size())
            .rfind("c.html,cc,", 0) == 0);

  // csv-long: a no_data record has no values; the complete one has five.
  CHECK(lines(exported(ExportFormat::kCsvLong, {RecordStatus::kNoData})) == 1);
  std::string long_rows = exported(ExportFormat::kCsvLong, {RecordStatus::kComplete});
  CHECK(lines(long_rows) == 6);
  CHECK(long_rows.find("b.pdf") == std::string::npos);

  // reports: one row per agency-year, by the status of the document holding its numbers.
  std::string reports = exported(ExportFormat::kReports, {RecordStatus::kComplete});
  CHECK(lines(reports) == 2);
  CHECK(reports.find(",2021,") != std::string::npos);
  CHECK(lines(exported(ExportFormat::kReports, {})) == 4);
  CHECK(exported(ExportFormat::kReports, {RecordStatus::kNoData}).find(",2019,") !=
        std::string::npos);

  // year-checks: carry.total compares a.pdf (complete) with b.pdf (partial).
  std::string carry_both =
      exported(ExportFormat::kYearChecks, {RecordStatus::kComplete, RecordStatus::kPartial});
  CHECK(carry_both.find("carry.total") != std::string::npos);
  CHECK(carry_both.find("a.pdf;b.pdf") != std::string::npos);
  CHECK(exported(ExportFormat::kYearChecks, {RecordStatus::kComplete}).find("carry.total") ==
        std::string::npos);
}

TEST_CASE("merge copies new documents and skips known content", "[dataset][merge]") {
  TempDir dir;
  {
    Store first(dir / "1.sqlite");
    Put(first, SampleRecord("aa", "a.pdf", 1), StoredMeta{"t", 1});
    Put(first, SampleRecord("bb", "b.pdf", 2), StoredMeta{"t", 1});
    first.PutInputError("gone.pdf", "io", "no such file", UtcNow());
    Store second(dir / "2.sqlite");
    Put(second, SampleRecord("bb", "b.pdf", 2), StoredMeta{"t", 1});
    Put(second, SampleRecord("cc", "c.pdf", 3), StoredMeta{"t", 1});
  }
  MergeSummary summary = MergeDatabases(dir / "all.sqlite", {dir / "1.sqlite", dir / "2.sqlite"});
  CHECK(summary.added == 3);
  CHECK(summary.duplicates == 1);
  Store merged(dir / "all.sqlite");
  CHECK(Count(merged, "SELECT count(*) FROM documents") == 3);
  CHECK(Count(merged, "SELECT count(*) FROM cell_values") == 12);
  CHECK(Count(merged, "SELECT count(*) FROM input_errors") == 1);
  CHECK_THROWS_AS(MergeDatabases(dir / "all.sqlite", {dir / "all.sqlite"}), Error);
}

}  // namespace
}  // namespace nianbao::dataset
