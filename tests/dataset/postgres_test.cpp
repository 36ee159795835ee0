// `nianbao run`, `export` and `merge` against a real PostgreSQL server of the test's own
// (postgres_server.hpp): several runs over the same inputs share the work, a run killed with
// SIGKILL loses its claims to the others, a dropped connection stops a run with nothing
// half-written, and a dataset goes from SQLite into PostgreSQL and back without loss.
// Skipped, saying so, where the server binaries (Debian's postgresql) are absent.
#include <signal.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <thread>

#include "dataset_test_support.hpp"
#include "nianbao/dataset.hpp"
#include "postgres.hpp"
#include "postgres_server.hpp"
#include "postgres_sink.hpp"
#include "record_blob.hpp"
#include "store.hpp"

namespace nianbao::dataset {
namespace {

using testing::PostgresServer;
using testing::ReadFile;
using testing::RunNianbao;
using testing::TempDir;
using testing::WriteFile;

// The test's server, or nullptr (with a warning) where PostgreSQL is not installed.
std::unique_ptr<PostgresServer> StartServer() {
  std::string bindir = PostgresServer::FindBinaries();
  if (bindir.empty() && std::getenv("NIANBAO_REQUIRE_POSTGRES") != nullptr) {
    FAIL("NIANBAO_REQUIRE_POSTGRES is set (.ci/run) but initdb and pg_ctl are not installed");
  }
  if (bindir.empty()) {
    WARN(
        "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's postgresql "
        "(scripts/setup.sh test does) or set NIANBAO_PG_BINDIR; PostgreSQL test skipped");
    return nullptr;
  }
  if (std::string why = PostgresServer::WhyItCannotRun(bindir); !why.empty()) {
    if (std::getenv("NIANBAO_REQUIRE_POSTGRES") != nullptr) FAIL(why);
    WARN(why + "; PostgreSQL test skipped");
    return nullptr;
  }
  return std::make_unique<PostgresServer>(bindir);
}

// `count` different small reports, in a folder.
std::string WriteReports(const TempDir& dir, int count) {
  std::filesystem::create_directories(dir / "in");
  for (int number = 0; number < count; ++number) {
    WriteFile(dir / ("in/report_" + std::to_string(100 + number) + ".html"),
              testing::TinyHtmlReport(number));
  }
  return dir / "in";
}

std::string Export(const TempDir& dir, const std::string& database, const std::string& format) {
  static int exports = 0;
  std::string out = dir / ("export" + std::to_string(++exports));
  int code =
      RunNianbao({"export", "--db", database, "--format", format, "-o", out}, dir / "export.log");
  INFO(ReadFile(dir / "export.log"));
  REQUIRE(code == 0);
  return ReadFile(out);
}

// csv-wide of a single-process SQLite run over `inputs`: what every other way must give.
std::string SqliteWide(const TempDir& dir, const std::string& inputs) {
  std::string database = dir / "single.sqlite";
  RunNianbao({"run", inputs, "--db", database, "-j", "1", "--no-progress"}, dir / "single.log");
  return Export(dir, database, "csv-wide");
}

std::int64_t Number(PgConnection& connection, const std::string& sql) {
  return connection.Query(sql).Integer(0, 0);
}

// Every stored document has all of its rows: values, checks and sections (a report read has
// them all), warnings as many as its record counts, and its source. The record is stored
// deflated: its counts are read back through the same Sink code as the rows were written.
void CheckNothingHalfWritten(PgConnection& connection) {
  CHECK(Number(connection,
               "SELECT count(*) FROM documents d WHERE"
               " (d.status IN ('complete', 'partial') AND (NOT EXISTS (SELECT 1 FROM cell_values"
               "   v WHERE v.document_id = d.id) OR NOT EXISTS (SELECT 1 FROM checks c WHERE"
               "   c.document_id = d.id) OR NOT EXISTS (SELECT 1 FROM sections s WHERE"
               "   s.document_id = d.id)))"
               " OR d.record_size IS NULL OR octet_length(d.record) = 0"
               " OR NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.sha256 = d.sha256"
               "   AND s.path = d.path)") == 0);
}

void WaitUntilStored(PgConnection& connection, int documents) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    PgResult tables = connection.Query("SELECT to_regclass('documents') IS NOT NULL");
    if (tables.Text(0, 0) == "t" &&
        Number(connection, "SELECT count(*) FROM documents") >= documents) {
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  FAIL("the run stored fewer than " << documents << " documents in a minute");
}

TEST_CASE("two and four runs over the same inputs process every document exactly once",
          "[dataset][postgres]") {
  std::unique_ptr<PostgresServer> server = StartServer();
  if (!server) return;
  TempDir dir;
  constexpr int kReports = 24;
  std::string inputs = WriteReports(dir, kReports);
  std::string expected = SqliteWide(dir, inputs);
  for (int runs : {2, 4}) {
    std::string database = server->NewDatabase("runs" + std::to_string(runs));
    std::vector<pid_t> pids;
    for (int run = 0; run < runs; ++run) {
      pids.push_back(testing::StartNianbao(
          {"run", inputs, "--db", database, "-j", "1", "--no-progress"},
          dir / ("run" + std::to_string(run) + ".log"), {{"NIANBAO_FAULT_INJECT", "slow:30"}}));
    }
    for (int run = 0; run < runs; ++run) {
      INFO(ReadFile(dir / ("run" + std::to_string(run) + ".log")));
      CHECK(testing::WaitFor(pids[run]) == 0);
    }
    PgConnection connection(database);
    CHECK(Number(connection, "SELECT count(*) FROM documents") == kReports);
    CHECK(Number(connection, "SELECT count(DISTINCT sha256) FROM documents") == kReports);
    // Each document was processed by exactly one run: the runs' counts add up to the inputs.
    CHECK(Number(connection, "SELECT sum((summary ->> 'processed')::int) FROM runs") == kReports);
    CHECK(Number(connection, "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL") == runs);
    CHECK(Number(connection, "SELECT count(*) FROM claims") == 0);
    CheckNothingHalfWritten(connection);
    CHECK(Export(dir, database, "csv-wide") == expected);
  }
}

TEST_CASE("shards of a scheduler's jobs write one database without a merge (URI form)",
          "[dataset][postgres]") {
  std::unique_ptr<PostgresServer> server = StartServer();
  if (!server) return;
  TempDir dir;
  constexpr int kReports = 12;
  std::string inputs = WriteReports(dir, kReports);
  std::string expected = SqliteWide(dir, inputs);
  server->NewDatabase("sharded");
  const std::string database = server->Uri("sharded");
  std::vector<pid_t> pids;
  for (const char* shard : {"1/3", "2/3", "3/3"}) {
    pids.push_back(testing::StartNianbao(
        {"run", inputs, "--db", database, "-j", "1", "--no-progress", "--shard", shard},
        dir / "run.log"));
  }
  for (pid_t pid : pids) CHECK(testing::WaitFor(pid) == 0);
  INFO(ReadFile(dir / "run.log"));
  PgConnection connection(database);
  CHECK(Number(connection, "SELECT count(*) FROM documents") == kReports);
  CHECK(Number(connection, "SELECT sum((summary ->> 'processed')::int) FROM runs") == kReports);
  CHECK(Number(connection, "SELECT sum((summary ->> 'skipped_shard')::int) FROM runs") ==
        2 * kReports);
  CHECK(Export(dir, database, "csv-wide") == expected);
}

TEST_CASE("a run killed with SIGKILL loses its claims, the others finish its documents",
          "[dataset][postgres]") {
  std::unique_ptr<PostgresServer> server = StartServer();
  if (!server) return;
  TempDir dir;
  constexpr int kReports = 30;
  std::string inputs = WriteReports(dir, kReports);
  std::string expected = SqliteWide(dir, inputs);
  std::string database = server->NewDatabase("killed");
  const std::vector<std::string> run = {"run", inputs,          "--db",          database, "-j",
                                        "1",   "--no-progress", "--claim-lease", "2"};
  const std::map<std::string, std::string> slow = {{"NIANBAO_FAULT_INJECT", "slow:60"}};
  std::vector<pid_t> pids;
  for (int index = 0; index < 3; ++index) {
    pids.push_back(
        testing::StartNianbao(run, dir / ("run" + std::to_string(index) + ".log"), slow));
  }
  PgConnection connection(database);
  WaitUntilStored(connection, 6);
  // Killed while it holds a claim: working on a document the others must take up.
  const std::string victim_claims =
      "SELECT count(*) FROM claims WHERE owner LIKE '%:" + std::to_string(pids[0]) + ":%'";
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (Number(connection, victim_claims) == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(pids[0], SIGKILL);
  REQUIRE(Number(connection, victim_claims) > 0);
  CHECK(testing::WaitFor(pids[0]) == -SIGKILL);
  for (int index = 1; index < 3; ++index) {
    INFO(ReadFile(dir / ("run" + std::to_string(index) + ".log")));
    CHECK(testing::WaitFor(pids[index]) == 0);
  }
  CHECK(Number(connection, "SELECT count(*) FROM documents") == kReports);
  CHECK(Number(connection, "SELECT count(*) FROM runs WHERE finished_at IS NULL") == 1);
  CheckNothingHalfWritten(connection);
  CHECK(Export(dir, database, "csv-wide") == expected);
  // A rerun finds everything done.
  RunNianbao(run, dir / "rerun.log");
  CHECK_THAT(ReadFile(dir / "rerun.log"), Catch::Contains("0 documents processed"));
}

TEST_CASE("a dropped connection stops the run with a clear error and nothing half-written",
          "[dataset][postgres]") {
  std::unique_ptr<PostgresServer> server = StartServer();
  if (!server) return;
  TempDir dir;
  constexpr int kReports = 20;
  std::string inputs = WriteReports(dir, kReports);
  std::string expected = SqliteWide(dir, inputs);
  std::string database = server->NewDatabase("dropped");
  // Claims left by the dropped run lapse after 2 s.
  const std::vector<std::string> run = {"run", inputs,          "--db",          database, "-j",
                                        "2",   "--no-progress", "--claim-lease", "2"};
  pid_t pid = testing::StartNianbao(run, dir / "run.log", {{"NIANBAO_FAULT_INJECT", "slow:100"}});
  PgConnection connection(database);
  WaitUntilStored(connection, 4);
  connection.Query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
      " AND pid != pg_backend_pid()");
  int code = testing::WaitFor(pid);
  std::string log = ReadFile(dir / "run.log");
  INFO(log);
  CHECK(code == 2);
  CHECK_THAT(log, Catch::Contains("lost the connection to the database"));
  CHECK_THAT(log, Catch::Contains("run the same command again"));
  std::int64_t stored = Number(connection, "SELECT count(*) FROM documents");
  CHECK(stored < kReports);
  CheckNothingHalfWritten(connection);
  // The same command again resumes, taking up the dropped run's documents when their claims
  // lapse.
  CHECK(RunNianbao(run, dir / "rerun.log") == 0);
  CHECK(Number(connection, "SELECT count(*) FROM documents") == kReports);
  CheckNothingHalfWritten(connection);
  CHECK(Export(dir, database, "csv-wide") == expected);
}

TEST_CASE("a stopped server stops the run with a clear error", "[dataset][postgres]") {
  std::unique_ptr<PostgresServer> server = StartServer();
  if (!server) return;
  TempDir dir;
  std::string inputs = WriteReports(dir, 12);
  std::string database = server->NewDatabase("stopped");
  pid_t pid = testing::StartNianbao({"run", inputs, "--db", database, "-j", "1", "--no-progress"},
                                    dir / "run.log", {{"NIANBAO_FAULT_INJECT", "slow:100"}});
  {
    PgConnection connection(database);
    WaitUntilStored(connection, 2);
  }
  server->Stop();
  int code = testing::WaitFor(pid);
  std::string log = ReadFile(dir / "run.log");
  INFO(log);
  CHECK(code == 2);
  CHECK_THAT(log, Catch::Contains("PostgreSQL: lost the connection to the database"));
}

TEST_CASE("a SQLite dataset goes into PostgreSQL and back without loss", "[dataset][postgres]") {
  std::unique_ptr<PostgresServer> server = StartServer();
  if (!server) return;
  TempDir dir;
  std::string inputs = WriteReports(dir, 6);
  for (const char* extension : {".pdf", ".docx", ".txt"}) {
    std::string report = testing::ReportFromTestData(extension);
    if (!report.empty()) std::filesystem::copy(report, inputs);
  }
  // The same content under a second path, and an input that cannot be read.
  std::filesystem::copy(inputs + "/report_100.html", inputs + "/copy_of_100.html");
  WriteFile(dir / "list.txt", dir / "missing.pdf");
  std::string original = dir / "original.sqlite";
  RunNianbao({"run", inputs, "--list", dir / "list.txt", "--db", original, "--no-progress"},
             dir / "run.log");
  std::string postgres = server->NewDatabase("copied");
  REQUIRE(RunNianbao({"merge", postgres, original}, dir / "merge.log") == 0);
  std::string back = dir / "back.sqlite";
  REQUIRE(RunNianbao({"merge", back, postgres}, dir / "merge.log") == 0);
  INFO(ReadFile(dir / "merge.log"));
  for (const char* format : {"jsonl", "csv-wide", "csv-long", "reports"}) {
    INFO(format);
    std::string expected = Export(dir, original, format);
    CHECK(Export(dir, postgres, format) == expected);
    CHECK(Export(dir, back, format) == expected);
  }
  // The tables themselves, timing and input error times included.
  auto rows = [](const std::string& path, const char* sql, int columns) {
    Store store(path);
    Statement statement = store.database().Prepare(sql);
    std::vector<std::string> out;
    while (statement.Step()) {
      std::string row;
      for (int column = 0; column < columns; ++column) {
        row += statement.OptionalText(column).value_or("NULL") + "|";
      }
      out.push_back(row);
    }
    return out;
  };
  const std::pair<const char*, int> tables[] = {
      {"SELECT sha256, path, status, record, processed_at, duration_ms FROM documents"
       " ORDER BY sha256",
       6},
      {"SELECT path, kind, message, at FROM input_errors ORDER BY path", 4},
      {"SELECT sha256, path, url, fetched_at FROM document_sources ORDER BY sha256, path", 4},
      {"SELECT d.sha256, v.position, v.key, v.value FROM cell_values v"
       " JOIN documents d ON d.id = v.document_id ORDER BY 1, 2",
       4}};
  for (const auto& [sql, columns] : tables) {
    INFO(sql);
    CHECK(rows(back, sql, columns) == rows(original, sql, columns));
  }
}

// Bytes as hexadecimal text, for decode(…, 'hex').
std::string Hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char byte : bytes) {
    hex.push_back(kDigits[byte >> 4]);
    hex.push_back(kDigits[byte & 15]);
  }
  return hex;
}

// The documents, input errors and sources of a SQLite dataset written into the tables of
// PostgreSQL schema version 2 as the nianbao of that version wrote them: each record whole,
// deflated; keys of values and rules of checks as text in the tables cell_values and checks.
void WriteVersion2(const std::string& sqlite, const std::string& postgres) {
  CreatePostgresTables(postgres, 2);
  PgConnection connection(postgres);
  std::unique_ptr<DatasetReader> reader = OpenReader(sqlite);
  reader->ForEachDocument([&](const StoredDocument& document) {
    const DocumentRows rows = RowsOf(
        output::OutcomeFromJson(Json::parse(document.record), document.sha256), document.meta);
    const DocumentRow& row = rows.document;
    const std::int64_t id =
        connection
            .Query(
                "INSERT INTO documents (sha256, path, format, pages, url, fetched_at, site,"
                " source_extra, title, agency, year, template, status, error_kind, error, record,"
                " processed_at, duration_ms, region_code, region_name, province, city, county,"
                " level, agency_kind, attachments, record_size) VALUES ($1,$2,$3,$4,$5,$6,$7,"
                "$8::json,$9,$10,$11,$12,$13,$14,$15,decode($16, 'hex'),$17,$18,$19,$20,$21,$22,"
                "$23,$24,$25,$26,$27) RETURNING id",
                PgParams()
                    .Add(row.sha256)
                    .Add(row.path)
                    .Add(row.format)
                    .Add(row.pages)
                    .Add(row.url)
                    .Add(row.fetched_at)
                    .Add(row.site)
                    .Add(row.source_extra)
                    .Add(row.title)
                    .Add(row.agency)
                    .Add(row.year)
                    .Add(row.template_name)
                    .Add(row.status)
                    .Add(row.error_kind)
                    .Add(row.error)
                    .Add(Hex(DeflateRecord(document.record)))
                    .Add(row.processed_at)
                    .Add(row.duration_ms)
                    .Add(row.region_code)
                    .Add(row.region_name)
                    .Add(row.province)
                    .Add(row.city)
                    .Add(row.county)
                    .Add(row.level)
                    .Add(row.agency_kind)
                    .Add(row.attachments)
                    .Add(static_cast<std::int64_t>(document.record.size())))
            .Integer(0, 0);
    std::int64_t position = 0;
    for (const ValueRow& value : rows.values) {
      connection.Query(
          "INSERT INTO cell_values (document_id, position, key, value) VALUES ($1,$2,$3,$4)",
          PgParams().Add(id).Add(position++).Add(value.key).Add(value.value));
    }
    position = 0;
    for (const CheckRow& check : rows.checks) {
      connection.Query(
          "INSERT INTO checks (document_id, position, rule, ok, lhs, rhs)"
          " VALUES ($1,$2,$3,$4,$5,$6)",
          PgParams()
              .Add(id)
              .Add(position++)
              .Add(check.rule)
              .Add(std::int64_t{check.ok ? 1 : 0})
              .Add(check.lhs)
              .Add(check.rhs));
    }
    position = 0;
    for (const WarningRow& warning : rows.warnings) {
      connection.Query(
          "INSERT INTO warnings (document_id, position, severity, code, message, location)"
          " VALUES ($1,$2,$3,$4,$5,$6::json)",
          PgParams()
              .Add(id)
              .Add(position++)
              .Add(warning.severity)
              .Add(warning.code)
              .Add(warning.message)
              .Add(warning.location));
    }
    for (const SectionRow& section : rows.sections) {
      connection.Query("INSERT INTO sections (document_id, key, text) VALUES ($1,$2,$3)",
                       PgParams().Add(id).Add(section.key).Add(section.text));
    }
  });
  reader->ForEachInputError([&](const StoredInputError& error) {
    connection.Query("INSERT INTO input_errors (path, kind, message, at) VALUES ($1,$2,$3,$4)",
                     PgParams().Add(error.path).Add(error.kind).Add(error.message).Add(error.at));
  });
  reader->ForEachSource([&](const SourceRow& source) {
    connection.Query(
        "INSERT INTO document_sources (sha256, path, url, fetched_at) VALUES ($1,$2,$3,$4)",
        PgParams().Add(source.sha256).Add(source.path).Add(source.url).Add(source.fetched_at));
  });
}

constexpr const char* kRowCounts =
    "SELECT (SELECT count(*) FROM documents) || ',' || (SELECT count(*) FROM cell_values) || ','"
    " || (SELECT count(*) FROM checks) || ',' || (SELECT count(*) FROM warnings) || ',' ||"
    " (SELECT count(*) FROM sections) || ',' || (SELECT count(*) FROM document_sources) || ','"
    " || (SELECT count(*) FROM input_errors)";

TEST_CASE("a version-2 PostgreSQL dataset is migrated: numbered keys, records stored once",
          "[dataset][postgres][migration]") {
  std::unique_ptr<PostgresServer> server = StartServer();
  if (!server) return;
  TempDir dir;
  std::string inputs = WriteReports(dir, 4);
  for (const char* extension : {".pdf", ".txt"}) {
    std::string report = testing::ReportFromTestData(extension);
    if (!report.empty()) std::filesystem::copy(report, inputs);
  }
  std::filesystem::copy(inputs + "/report_100.html", inputs + "/copy_of_100.html");
  WriteFile(dir / "list.txt", dir / "missing.pdf");
  const std::string sqlite = dir / "single.sqlite";
  RunNianbao(
      {"run", inputs, "--list", dir / "list.txt", "--db", sqlite, "-j", "1", "--no-progress"},
      dir / "run.log");
  const std::string postgres = server->NewDatabase("old");
  WriteVersion2(sqlite, postgres);
  PgConnection connection(postgres);
  const std::string counts_before = connection.Query(kRowCounts).Text(0, 0);
  const std::int64_t record_bytes_before =
      Number(connection, "SELECT sum(octet_length(record)) FROM documents");
  const char* formats[] = {"jsonl", "csv-wide", "csv-long", "reports"};
  for (const char* format : formats) {
    INFO("read as it is, " << format);
    CHECK(Export(dir, postgres, format) == Export(dir, sqlite, format));
  }
  // Any run over it migrates it (here every document is known already).
  REQUIRE(RunNianbao({"run", inputs, "--db", postgres, "--no-progress"}, dir / "migrate.log") == 0);
  CHECK_THAT(ReadFile(dir / "migrate.log"), Catch::Contains("0 documents processed"));
  CHECK(Number(connection, "SELECT max(version) FROM nianbao_schema") == PostgresSchemaVersion());
  CHECK(PostgresSchemaVersion() == 4);
  CHECK(Number(connection,
               "SELECT count(*) FROM pg_views WHERE viewname IN ('cell_values', 'checks')") == 2);
  CHECK(connection.Query(kRowCounts).Text(0, 0) == counts_before);
  CHECK(Number(connection, "SELECT sum(octet_length(record)) FROM documents") <
        record_bytes_before * 3 / 4);
  for (const char* format : formats) {
    INFO("migrated, " << format);
    CHECK(Export(dir, postgres, format) == Export(dir, sqlite, format));
  }
  // New documents go into the migrated tables with the names already there.
  WriteFile(inputs + "/report_200.html", testing::TinyHtmlReport(200));
  RunNianbao(
      {"run", inputs, "--list", dir / "list.txt", "--db", sqlite, "-j", "1", "--no-progress"},
      dir / "run.log");
  REQUIRE(RunNianbao({"run", inputs, "--db", postgres, "--no-progress"}, dir / "more.log") == 0);
  CHECK(Number(connection, "SELECT count(*) FROM names") ==
        Number(connection, "SELECT count(DISTINCT key) FROM cell_values") +
            Number(connection, "SELECT count(DISTINCT rule) FROM checks"));
  CHECK(Export(dir, postgres, "csv-wide") == Export(dir, sqlite, "csv-wide"));
  CHECK(Export(dir, postgres, "jsonl") == Export(dir, sqlite, "jsonl"));
}

TEST_CASE("a newer PostgreSQL schema and a missing database are refused", "[dataset][postgres]") {
  std::unique_ptr<PostgresServer> server = StartServer();
  if (!server) return;
  TempDir dir;
  std::string inputs = WriteReports(dir, 1);
  std::string database = server->NewDatabase("newer");
  REQUIRE(RunNianbao({"run", inputs, "--db", database, "--no-progress"}, dir / "log") == 0);
  PgConnection(database).Execute("UPDATE nianbao_schema SET version = 999");
  CHECK(RunNianbao({"run", inputs, "--db", database, "--no-progress"}, dir / "log2") == 2);
  CHECK_THAT(ReadFile(dir / "log2"), Catch::Contains("newer than this nianbao knows"));
  CHECK(RunNianbao({"export", "--db", database}, dir / "log3") == 2);
  CHECK_THAT(ReadFile(dir / "log3"), Catch::Contains("newer than this nianbao knows"));
  // A database that is not there is named as such.
  CHECK(RunNianbao({"run", inputs, "--db", server->ConnectionString("absent"), "--no-progress"},
                   dir / "log4") == 2);
  CHECK_THAT(ReadFile(dir / "log4"), Catch::Contains("database \"absent\" does not exist"));
  CHECK_THAT(ReadFile(dir / "log4"), Catch::Contains("createdb"));
}

TEST_CASE("a password on the command line is refused, and not repeated", "[dataset][postgres]") {
  TempDir dir;
  std::string inputs = WriteReports(dir, 1);
  for (const char* database :
       {"postgresql://reader:s3cret@localhost/reports", "dbname=reports password=s3cret"}) {
    CHECK(RunNianbao({"run", inputs, "--db", database, "--no-progress"}, dir / "log") == 2);
  }
  std::string log = ReadFile(dir / "log");
  CHECK_THAT(log, Catch::Contains("PGPASSWORD"));
  CHECK(log.find("s3cret") == std::string::npos);
}

}  // namespace
}  // namespace nianbao::dataset
