// Datasets written by an older nianbao: migrated forward when opened for writing, merged
// from read-only. tests/data/dataset/version1.sql is a real schema-version-1 dataset (see the
// file's head for how it was made).
#include <catch2/catch.hpp>

#include "dataset_test_support.hpp"
#include "nianbao/dataset.hpp"
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
    records_before = Text(old, "SELECT group_concat(record, char(10)) FROM documents");
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
  CHECK(CurrentSchemaVersion() == 2);
  // Rows of every table kept (dropping the old documents table must not cascade).
  CHECK(Text(database, kRowCounts) == counts_before);
  CHECK(Text(database, "SELECT group_concat(record, char(10)) FROM documents") == records_before);
  CHECK(Number(database,
               "SELECT count(*) FROM documents WHERE status IS NOT json_extract(record,"
               " '$.status')") == 0);
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
    Statement rows =
        database.Prepare("SELECT sha256, status, json_extract(record, '$.status') FROM documents");
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
      CHECK(rows.Text(2) == expected);  // written into the record too
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

}  // namespace
}  // namespace nianbao::dataset
