// The SQLite store, exports and merges, on records made by hand.
#include <catch2/catch.hpp>

#include <sstream>

#include "dataset_test_support.hpp"
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
    "warnings": []
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
  store.Put(SampleRecord("aa", "a.pdf", 212), StoredMeta{"2026-11-26T00:00:00Z", 5});
  CHECK(store.StatusOf("aa") == std::optional<std::string>("ok"));
  CHECK_FALSE(store.StatusOf("bb"));
  CHECK(Count(store, "SELECT count(*) FROM cell_values") == 4);
  CHECK(Count(store, "SELECT value FROM cell_values WHERE key = 't2.penalty.decisions'") == 212);
  CHECK(Count(store, "SELECT count(*) FROM checks WHERE ok = 0") == 1);
  CHECK(Count(store, "SELECT count(*) FROM sections") == 1);
  CHECK(Count(store,
              "SELECT count(*) FROM documents WHERE url = 'http://gov.example/r.pdf'"
              " AND source_extra = '{\"crawl\":\"monday\"}' AND pages = 7") == 1);

  SECTION("the same content again replaces it, children included") {
    store.Put(SampleRecord("aa", "a.pdf", 7), StoredMeta{"2026-11-26T00:00:01Z", 5});
    CHECK(Count(store, "SELECT count(*) FROM documents") == 1);
    CHECK(Count(store, "SELECT count(*) FROM cell_values") == 4);
    CHECK(Count(store, "SELECT value FROM cell_values WHERE key = 't2.penalty.decisions'") == 7);
  }
  SECTION("jsonl gives the record back unchanged") {
    CHECK(Export(dir / "d.sqlite", ExportFormat::kJsonl) ==
          SampleRecord("aa", "a.pdf", 212).dump() + "\n");
  }
}

TEST_CASE("status: failed for error records, partial for warnings or unreadable cells",
          "[dataset][store]") {
  CHECK(RecordStatus(SampleRecord("a", "a", 1)) == "ok");
  Json with_null = SampleRecord("a", "a", 1);
  with_null["values"]["t3.new.total"] = nullptr;
  CHECK(RecordStatus(with_null) == "partial");
  Json warned = SampleRecord("a", "a", 1);
  warned["warnings"].push_back({{"severity", "warning"}, {"code", "x"}, {"message", "m"}});
  CHECK(RecordStatus(warned) == "partial");
  Json failed = {{"schema", "nianbao/1"},
                 {"source", {{"path", "x"}, {"sha256", "cc"}}},
                 {"error", {{"kind", "damaged"}, {"message", "truncated"}}}};
  CHECK(RecordStatus(failed) == "failed");
}

TEST_CASE("csv-wide: one row per document, keys in SCHEMA.md order", "[dataset][export]") {
  TempDir dir;
  {
    Store store(dir / "d.sqlite");
    store.Put(SampleRecord("bb", "b.pdf", 2), StoredMeta{"t", 1});
    Json other = Placed(SampleRecord("aa", "a.pdf", 1));
    other["values"]["zz.local_key"] = 9;
    other["values"]["t3.new.total"] = nullptr;
    store.Put(other, StoredMeta{"t", 1});
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
    store.Put(Placed(SampleRecord("aa", "a.pdf", 2)), StoredMeta{"t", 1});
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

TEST_CASE("merge copies new documents and skips known content", "[dataset][merge]") {
  TempDir dir;
  {
    Store first(dir / "1.sqlite");
    first.Put(SampleRecord("aa", "a.pdf", 1), StoredMeta{"t", 1});
    first.Put(SampleRecord("bb", "b.pdf", 2), StoredMeta{"t", 1});
    first.PutInputError("gone.pdf", "io", "no such file", UtcNow());
    Store second(dir / "2.sqlite");
    second.Put(SampleRecord("bb", "b.pdf", 2), StoredMeta{"t", 1});
    second.Put(SampleRecord("cc", "c.pdf", 3), StoredMeta{"t", 1});
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
