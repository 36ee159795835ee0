// Datasets written by an older nianbao: migrated forward when opened for writing, merged
// and exported from read-only. tests/data/dataset/version1.sql and version2.sql are real
// datasets of schema versions 1 and 2 (see each file's head for how it was made).
#include <catch2/catch.hpp>

#include <map>
#include <sstream>

#include "dataset_test_support.hpp"
#include "nianbao/dataset.hpp"
#include "record_blob.hpp"
#include "store.hpp"

namespace nianbao::dataset {
namespace {

using testing::ReadFile;
using testing::RunNianbao;
using testing::TempDir;
using testing::WriteFile;

// The bytes of the unreadable document in version1.sql (its sha256 is in the file).
constexpr const char* kBrokenPdf = "%PDF-1.7\n% cut off after the header\n";

// A version-1 dataset in `path`, from the committed dump. The dump's records carry their own
// status (it was made after status joined the record); `legacy` also strips it from every
// record, as a dataset made before then has them.
void MakeVersion1(const std::string& path, bool legacy) {
  Database database(path, Database::Mode::kReadWrite);
  database.Execute(ReadFile(std::string(NIANBAO_TEST_DATA) + "/dataset/version1.sql"));
  REQUIRE(database.UserVersion() == 1);
  if (legacy) database.Execute("UPDATE documents SET record = json_remove(record, '$.status')");
}

std::int64_t Number(Database& database, const std::string& sql) {
  Statement statement = database.Prepare(sql);
  REQUIRE(statement.Step());
  return statement.Integer(0);
}

std::string Text(Database& database, const std::string& sql) {
  Statement statement = database.Prepare(sql);
  REQUIRE(statement.Step());
  return statement.Text(0);
}

// The stored records' JSON text, in id order, one per line.
std::string StoredRecords(Database& database) {
  Statement rows = database.Prepare("SELECT sha256, record, id FROM documents ORDER BY id");
  RecordReader reader(database);
  std::string records;
  while (rows.Step()) records += reader.Text(rows.Integer(2), rows, 1, rows.Text(0)) + "\n";
  return records;
}

// sha256 -> the status in the record.
std::map<std::string, std::string> RecordStatuses(Database& database) {
  Statement rows = database.Prepare("SELECT sha256, record, id FROM documents");
  RecordReader reader(database);
  std::map<std::string, std::string> statuses;
  while (rows.Step()) {
    const std::string sha256 = rows.Text(0);
    statuses[sha256] =
        Json::parse(reader.Text(rows.Integer(2), rows, 1, sha256)).value("status", "");
  }
  return statuses;
}

constexpr const char* kRowCounts =
    "SELECT (SELECT count(*) FROM documents) || ',' || (SELECT count(*) FROM cell_values) || ','"
    " || (SELECT count(*) FROM checks) || ',' || (SELECT count(*) FROM warnings) || ',' ||"
    " (SELECT count(*) FROM sections) || ',' || (SELECT count(*) FROM document_sources)";

TEST_CASE("a version-1 dataset is migrated: status from the record, nothing lost",
          "[dataset][store][migration]") {
  TempDir dir;
  const std::string path = dir / "old.sqlite";
  MakeVersion1(path, false);
  std::string counts_before, records_before;
  {
    Database old(path, Database::Mode::kReadOnly);
    counts_before = Text(old, kRowCounts);
    records_before = Text(old, "SELECT group_concat(record, char(10)) || char(10) FROM documents");
    // The old statuses, derived by the dataset: the report is "partial" for a warning,
    // while its record says it is complete.
    CHECK(Number(old, "SELECT count(*) FROM documents WHERE status = 'failed'") == 1);
    CHECK(Number(old,
                 "SELECT count(*) FROM documents WHERE status = 'partial' AND"
                 " json_extract(record, '$.status') = 'complete'") == 1);
  }
  Store store(path);
  Database& database = store.database();
  CHECK(database.UserVersion() == CurrentSchemaVersion());
  CHECK(CurrentSchemaVersion() == 4);
  // Rows of every table kept (dropping the old documents table must not cascade).
  CHECK(Text(database, kRowCounts) == counts_before);
  CHECK(StoredRecords(database) == records_before);
  const std::map<std::string, std::string> in_records = RecordStatuses(database);
  Statement statuses = database.Prepare("SELECT sha256, status FROM documents");
  while (statuses.Step()) CHECK(in_records.at(statuses.Text(0)) == statuses.Text(1));
  CHECK(Number(database, "SELECT count(*) FROM documents WHERE status = 'error'") == 1);
  CHECK(Number(database, "SELECT count(*) FROM documents WHERE status = 'complete'") == 1);
  CHECK(Number(database, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
  CHECK(Number(database, "SELECT count(*) FROM report_values") > 0);
  // The new constraint holds.
  CHECK_THROWS_AS(database.Execute("UPDATE documents SET status = 'ok'"), Error);

  SECTION("nianbao run resumes on it: known content skipped, --retry-failed redoes errors") {
    WriteFile(dir / "broken.pdf", kBrokenPdf);
    const std::string sha256 =
        Text(database, "SELECT sha256 FROM documents WHERE status = 'error'");
    REQUIRE(sha256 == Sha256Hex(kBrokenPdf));
    RunNianbao({"run", dir / "broken.pdf", "--db", path}, dir / "log");
    CHECK_THAT(ReadFile(dir / "log"), Catch::Contains("0 documents processed") &&
                                          Catch::Contains("1 already in the database"));
    RunNianbao({"run", dir / "broken.pdf", "--db", path, "--retry-failed"}, dir / "log");
    CHECK_THAT(ReadFile(dir / "log"),
               Catch::Contains("1 document processed") && Catch::Contains("1 failed"));
  }
}

TEST_CASE("records older than status get one by the documented mapping",
          "[dataset][store][migration]") {
  TempDir dir;
  const std::string path = dir / "legacy.sqlite";
  MakeVersion1(path, true);
  {
    // Besides the fixture's 'failed' and 'partial' rows, an 'ok' one and one without values
    // (a notice page), copies of the report under another hash.
    Database old(path, Database::Mode::kReadWrite);
    old.Execute(
        "INSERT INTO documents (sha256, path, status, record, processed_at)"
        " SELECT 'ok' || sha256, 'ok.txt', 'ok', json_set(record, '$.source.sha256', 'ok' ||"
        "  sha256, '$.source.path', 'ok.txt'), processed_at FROM documents"
        "  WHERE status = 'partial';"
        "INSERT INTO documents (sha256, path, status, record, processed_at)"
        " SELECT 'empty' || sha256, 'empty.txt', 'ok', json_set(record, '$.values',"
        "  json('{}'), '$.source.sha256', 'empty' || sha256, '$.source.path', 'empty.txt'),"
        "  processed_at FROM documents WHERE status = 'partial';");
  }
  std::map<std::string, std::string> old_status;
  {
    Database old(path, Database::Mode::kReadOnly);
    Statement rows = old.Prepare("SELECT sha256, status FROM documents");
    while (rows.Step()) old_status[rows.Text(0)] = rows.Text(1);
    CHECK(Number(old,
                 "SELECT count(*) FROM documents WHERE json_type(record, '$.status')"
                 " IS NOT NULL") == 0);
  }
  auto check_mapped = [&](Database& database) {
    const std::map<std::string, std::string> in_records = RecordStatuses(database);
    Statement rows = database.Prepare("SELECT sha256, status FROM documents");
    int seen = 0;
    while (rows.Step()) {
      ++seen;
      const std::string sha256 = rows.Text(0);
      const std::string& before = old_status.at(sha256);
      const std::string expected = sha256.rfind("empty", 0) == 0 ? "no_data"
                                   : before == "failed"          ? "error"
                                   : before == "ok"              ? "complete"
                                                                 : "partial";
      CHECK(rows.Text(1) == expected);
      CHECK(in_records.at(sha256) == expected);  // written into the record too
    }
    CHECK(seen == 4);
  };
  SECTION("merged from read-only") {
    MergeSummary merged = MergeDatabases(dir / "merged.sqlite", {path});
    CHECK(merged.added == static_cast<int>(old_status.size()));
    Store store(dir / "merged.sqlite");
    check_mapped(store.database());
  }
  SECTION("migrated in place") {
    Store store(path);
    check_mapped(store.database());
  }
}

// A dataset of schema `version` in `path`, from the committed dump versionN.sql (its head
// says how it was made; version 3's records were written whole by that version's write path).
void MakeFromDump(const std::string& path, int version) {
  Database database(path, Database::Mode::kReadWrite);
  database.Execute(ReadFile(std::string(NIANBAO_TEST_DATA) + "/dataset/version" +
                            std::to_string(version) + ".sql"));
  REQUIRE(database.UserVersion() == version);
}

std::string Exported(const std::string& path, ExportFormat format) {
  std::ostringstream out;
  ExportDataset(ExportOptions{path, format, false, {}}, out);
  return out.str();
}

// The records the nianbao that made the dataset exported (version2_export/records.jsonl); with
// `rewritten`, as this nianbao writes them: an error record names its place, `{}` for the whole
// file (records keep their stored text unless a merge writes them anew).
std::string ExpectedRecords(bool rewritten) {
  std::string records =
      ReadFile(std::string(NIANBAO_TEST_DATA) + "/dataset/version2_export/records.jsonl");
  if (!rewritten) return records;
  const std::string error_end = "re-download it\"}}\n";
  const size_t at = records.find(error_end);
  REQUIRE(at != std::string::npos);
  records.replace(at, error_end.size(), "re-download it\",\"place\":{}}}\n");
  return records;
}

// Every export of the dataset is what the nianbao that made it exported (version2_export/).
void CheckExportsUnchanged(const std::string& path, bool rewritten = false) {
  const std::string expected = std::string(NIANBAO_TEST_DATA) + "/dataset/version2_export/";
  CHECK(Exported(path, ExportFormat::kJsonl) == ExpectedRecords(rewritten));
  CHECK(Exported(path, ExportFormat::kCsvWide) == ReadFile(expected + "wide.csv"));
  CHECK(Exported(path, ExportFormat::kCsvLong) == ReadFile(expected + "long.csv"));
  CHECK(Exported(path, ExportFormat::kReports) == ReadFile(expected + "reports.csv"));
}

// The exports of the dataset of schema `version` in `path`, opened read-only, unchanged, and
// the file left at its version.
void CheckExportsFromReadOnly(const std::string& path, int version) {
  CheckExportsUnchanged(path);
  Database old(path, Database::Mode::kReadOnly);
  CHECK(old.UserVersion() == version);
}

TEST_CASE("a version-2 dataset is migrated to stored-once records, its exports unchanged",
          "[dataset][store][migration]") {
  TempDir dir;
  const std::string path = dir / "v2.sqlite";
  MakeFromDump(path, 2);
  std::string counts_before, records_before;
  {
    Database old(path, Database::Mode::kReadOnly);
    counts_before = Text(old, kRowCounts);
    records_before = Text(old, "SELECT group_concat(record, char(10)) || char(10) FROM documents");
  }
  SECTION("exported from read-only: a migrated copy, the file untouched") {
    CheckExportsFromReadOnly(path, 2);
  }
  SECTION("migrated in place") {
    {
      Store store(path);
      Database& database = store.database();
      CHECK(database.UserVersion() == CurrentSchemaVersion());
      CHECK(Text(database, kRowCounts) == counts_before);
      CHECK(StoredRecords(database) == records_before);
      CHECK(Number(database, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
      CHECK(Number(database, "SELECT count(*) FROM report_values") > 0);
      // The place columns hold what the records say; the page with links is counted.
      CHECK(Text(database,
                 "SELECT level || ',' || agency_kind FROM documents"
                 " WHERE path = 'in/bureau_2021_report.pdf'") == "city,department");
      CHECK(Number(database, "SELECT attachments FROM documents WHERE path = 'in/notice.html'") ==
            2);
      // Stored without the parts the long tables hold (version 4).
      CHECK(Number(database, "SELECT sum(record_size) FROM documents") <
            static_cast<std::int64_t>(records_before.size()) - Number(database,
                                                                      "SELECT count(*) FROM "
                                                                      "documents"));
    }
    CheckExportsUnchanged(path);
  }
  SECTION("merged into a new dataset") {
    MergeDatabases(dir / "merged.sqlite", {path});
    CheckExportsUnchanged(dir / "merged.sqlite", true);
  }
}

// The stored records' texts as they are in the file (inflated, nothing put back), in id order.
std::vector<Json> RecordsAsStored(Database& database) {
  Statement rows = database.Prepare("SELECT sha256, record FROM documents ORDER BY id");
  std::vector<Json> records;
  while (rows.Step()) records.push_back(Json::parse(InflateRecord(rows.Blob(1), rows.Text(0))));
  return records;
}

TEST_CASE("a version-3 dataset is migrated to records stored once, its exports unchanged",
          "[dataset][store][migration]") {
  TempDir dir;
  const std::string path = dir / "v3.sqlite";
  MakeFromDump(path, 3);
  std::string counts_before;
  std::int64_t stored_bytes_before = 0;
  {
    Database old(path, Database::Mode::kReadOnly);
    counts_before = Text(old, kRowCounts);
    stored_bytes_before = Number(old, "SELECT sum(length(record)) FROM documents");
    // The old write path stored the sections twice: in the record and in their table.
    int with_sections = 0;
    for (const Json& record : RecordsAsStored(old)) {
      with_sections += record.contains("sections") && !record["sections"].empty() ? 1 : 0;
    }
    CHECK(with_sections == 3);
  }
  SECTION("exported from read-only: a migrated copy, the file untouched") {
    CheckExportsFromReadOnly(path, 3);
  }
  SECTION("migrated in place: sections, values and checks only in their tables") {
    {
      Store store(path);
      Database& database = store.database();
      CHECK(database.UserVersion() == 4);
      CHECK(Text(database, kRowCounts) == counts_before);
      for (const Json& record : RecordsAsStored(database)) {
        for (const char* part : {"sections", "values", "checks"}) {
          if (record.contains(part)) CHECK(record[part].empty());
        }
      }
      CHECK(Number(database, "SELECT sum(length(record)) FROM documents") <
            stored_bytes_before * 3 / 4);
      Statement sizes = database.Prepare("SELECT sha256, record, record_size FROM documents");
      while (sizes.Step()) {
        CHECK(static_cast<std::int64_t>(InflateRecord(sizes.Blob(1), sizes.Text(0)).size()) ==
              sizes.Integer(2));
      }
    }
    CheckExportsUnchanged(path);
  }
  SECTION("merged into a new dataset") {
    MergeDatabases(dir / "merged.sqlite", {path});
    CheckExportsUnchanged(dir / "merged.sqlite", true);
  }
}

}  // namespace
}  // namespace nianbao::dataset
