#include "store.hpp"

#include "reports.hpp"

#include <ctime>
#include <filesystem>

namespace nianbao::dataset {
namespace {

// Migration N takes a database from user_version N-1 to N. Append, never edit.
constexpr const char* kMigrations[] = {
    // 1: the first dataset schema (docs/dataset.md).
    R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  format TEXT,
  pages INTEGER,
  url TEXT,
  fetched_at TEXT,
  site TEXT,
  source_extra TEXT,
  title TEXT,
  agency TEXT,
  year INTEGER,
  template TEXT,
  status TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'failed')),
  error_kind TEXT,
  error TEXT,
  record TEXT NOT NULL,
  processed_at TEXT NOT NULL,
  duration_ms INTEGER
);
CREATE INDEX documents_agency ON documents (agency, year);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_status ON documents (status);
CREATE INDEX documents_path ON documents (path);
CREATE TABLE cell_values (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  key TEXT NOT NULL,
  value REAL,
  provenance TEXT,
  PRIMARY KEY (document_id, key)
) WITHOUT ROWID;
CREATE INDEX cell_values_key ON cell_values (key, value);
CREATE TABLE checks (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  ok INTEGER NOT NULL,
  lhs REAL,
  rhs REAL,
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
CREATE INDEX checks_rule ON checks (rule, ok);
CREATE TABLE warnings (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  severity TEXT,
  code TEXT,
  message TEXT,
  location TEXT,
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
CREATE INDEX warnings_code ON warnings (code);
CREATE TABLE sections (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document_id, key)
) WITHOUT ROWID;
CREATE TABLE input_errors (
  path TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  arguments TEXT NOT NULL,
  summary TEXT
);
)sql",
};

constexpr int kSchemaVersion = static_cast<int>(std::size(kMigrations));

// Source fields with their own columns; the rest of `source` goes to source_extra.
constexpr const char* kSourceColumns[] = {"path", "sha256",     "format", "pages",
                                          "url",  "fetched_at", "site"};

void Migrate(Database& database) {
  int version = database.UserVersion();
  if (version > kSchemaVersion) {
    throw Error(ErrorKind::kUnsupported, database.path(),
                "this dataset has schema version " + std::to_string(version) +
                    ", newer than this nianbao knows (" + std::to_string(kSchemaVersion) +
                    "): use a newer nianbao");
  }
  for (int step = version; step < kSchemaVersion; ++step) {
    Transaction transaction(database);
    database.Execute(kMigrations[step]);
    database.SetUserVersion(step + 1);
    transaction.Commit();
  }
}

std::optional<std::string> OptionalString(const Json& object, const char* key) {
  auto found = object.find(key);
  if (found == object.end() || found->is_null()) return std::nullopt;
  return found->is_string() ? found->get<std::string>() : found->dump();
}

std::optional<std::int64_t> OptionalInteger(const Json& object, const char* key) {
  auto found = object.find(key);
  if (found == object.end() || !found->is_number()) return std::nullopt;
  return found->get<std::int64_t>();
}

std::optional<double> OptionalNumber(const Json& json) {
  if (!json.is_number()) return std::nullopt;
  return json.get<double>();
}

std::optional<std::string> SourceExtra(const Json& source) {
  Json extra = Json::object();
  for (const auto& [key, value] : source.items()) {
    bool has_column = false;
    for (const char* column : kSourceColumns) has_column = has_column || key == column;
    if (!has_column) extra[key] = value;
  }
  if (extra.empty()) return std::nullopt;
  return extra.dump();
}

const Json& MemberOrEmpty(const Json& object, const char* key) {
  static const Json kEmpty = Json::object();
  auto found = object.find(key);
  return found == object.end() ? kEmpty : *found;
}

void InsertDocumentRow(Database& database, const Json& record, const StoredMeta& meta) {
  const Json& source = record.at("source");
  const Json& error = MemberOrEmpty(record, "error");
  Statement insert = database.Prepare(
      "INSERT INTO documents (sha256, path, format, pages, url, fetched_at, site, source_extra,"
      " title, agency, year, template, status, error_kind, error, record, processed_at,"
      " duration_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  insert.Bind(1, source.at("sha256").get<std::string>())
      .Bind(2, source.at("path").get<std::string>())
      .Bind(3, OptionalString(source, "format"))
      .Bind(4, OptionalInteger(source, "pages"))
      .Bind(5, OptionalString(source, "url"))
      .Bind(6, OptionalString(source, "fetched_at"))
      .Bind(7, OptionalString(source, "site"))
      .Bind(8, SourceExtra(source))
      .Bind(9, OptionalString(record, "title"))
      .Bind(10, OptionalString(record, "agency"))
      .Bind(11, OptionalInteger(record, "year"))
      .Bind(12, OptionalString(record, "template"))
      .Bind(13, RecordStatus(record))
      .Bind(14, OptionalString(error, "kind"))
      .Bind(15, OptionalString(error, "message"))
      .Bind(16, record.dump())
      .Bind(17, meta.processed_at)
      .Bind(18, meta.duration_ms);
  insert.Run();
}

void InsertValues(Database& database, std::int64_t document_id, const Json& record) {
  const Json& provenance = MemberOrEmpty(record, "provenance");
  Statement insert = database.Prepare(
      "INSERT OR REPLACE INTO cell_values (document_id, position, key, value, provenance)"
      " VALUES (?,?,?,?,?)");
  std::int64_t position = 0;
  for (const auto& [key, value] : MemberOrEmpty(record, "values").items()) {
    auto where = provenance.find(key);
    insert.Bind(1, document_id)
        .Bind(2, position++)
        .Bind(3, key)
        .Bind(4, OptionalNumber(value))
        .Bind(5, where == provenance.end() ? std::nullopt : std::optional(where->dump()));
    insert.Run();
  }
}

void InsertChecks(Database& database, std::int64_t document_id, const Json& record) {
  auto checks = record.find("checks");
  if (checks == record.end() || !checks->is_array()) return;
  Statement insert = database.Prepare(
      "INSERT INTO checks (document_id, position, rule, ok, lhs, rhs) VALUES (?,?,?,?,?,?)");
  std::int64_t position = 0;
  for (const Json& check : *checks) {
    insert.Bind(1, document_id)
        .Bind(2, position++)
        .Bind(3, check.value("rule", std::string()))
        .Bind(4, std::int64_t{check.value("ok", false) ? 1 : 0})
        .Bind(5, OptionalNumber(MemberOrEmpty(check, "lhs")))
        .Bind(6, OptionalNumber(MemberOrEmpty(check, "rhs")));
    insert.Run();
  }
}

void InsertWarnings(Database& database, std::int64_t document_id, const Json& record) {
  auto warnings = record.find("warnings");
  if (warnings == record.end() || !warnings->is_array()) return;
  Statement insert = database.Prepare(
      "INSERT INTO warnings (document_id, position, severity, code, message, location)"
      " VALUES (?,?,?,?,?,?)");
  std::int64_t position = 0;
  for (const Json& warning : *warnings) {
    auto location = warning.find("location");
    insert.Bind(1, document_id)
        .Bind(2, position++)
        .Bind(3, OptionalString(warning, "severity"))
        .Bind(4, OptionalString(warning, "code"))
        .Bind(5, OptionalString(warning, "message"))
        .Bind(6, location == warning.end() ? std::nullopt : std::optional(location->dump()));
    insert.Run();
  }
}

void InsertSections(Database& database, std::int64_t document_id, const Json& record) {
  Statement insert =
      database.Prepare("INSERT OR REPLACE INTO sections (document_id, key, text) VALUES (?,?,?)");
  for (const auto& [key, text] : MemberOrEmpty(record, "sections").items()) {
    if (!text.is_string()) continue;
    insert.Bind(1, document_id).Bind(2, key).Bind(3, text.get<std::string>());
    insert.Run();
  }
}

Database Configure(Database database) {
  database.Execute(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
  Migrate(database);
  EnsureReportTables(database);
  return database;
}

}  // namespace

int CurrentSchemaVersion() {
  return kSchemaVersion;
}

std::string UtcNow() {
  std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

std::string RecordStatus(const Json& record) {
  if (record.contains("error")) return "failed";
  auto warnings = record.find("warnings");
  if (warnings != record.end() && warnings->is_array() && !warnings->empty()) return "partial";
  for (const auto& [key, value] : MemberOrEmpty(record, "values").items()) {
    if (value.is_null()) return "partial";
  }
  return "ok";
}

Store::Store(const std::string& path)
    : database_(Configure(Database(path, Database::Mode::kReadWrite))),
      find_status_(database_, "SELECT status FROM documents WHERE sha256 = ?") {}

std::optional<std::string> Store::StatusOf(const std::string& sha256) {
  find_status_.Bind(1, sha256);
  std::optional<std::string> status;
  if (find_status_.Step()) status = find_status_.Text(0);
  find_status_.Reset();
  return status;
}

void Store::Put(const Json& record, const StoredMeta& meta) {
  Transaction transaction(database_);
  const std::string sha256 = record.at("source").at("sha256").get<std::string>();
  database_.Prepare("DELETE FROM documents WHERE sha256 = ?").Bind(1, sha256).Run();
  InsertDocumentRow(database_, record, meta);
  std::int64_t document_id = database_.LastInsertId();
  InsertValues(database_, document_id, record);
  InsertChecks(database_, document_id, record);
  InsertWarnings(database_, document_id, record);
  InsertSections(database_, document_id, record);
  database_.Prepare("DELETE FROM input_errors WHERE path = ?")
      .Bind(1, record.at("source").at("path").get<std::string>())
      .Run();
  transaction.Commit();
}

void Store::PutInputError(const std::string& path, const std::string& kind,
                          const std::string& message) {
  database_
      .Prepare("INSERT OR REPLACE INTO input_errors (path, kind, message, at) VALUES (?,?,?,?)")
      .Bind(1, path)
      .Bind(2, kind)
      .Bind(3, message)
      .Bind(4, UtcNow())
      .Run();
}

void Store::ClearInputError(const std::string& path) {
  database_.Prepare("DELETE FROM input_errors WHERE path = ?").Bind(1, path).Run();
}

std::int64_t Store::BeginRun(const Json& arguments) {
  database_.Prepare("INSERT INTO runs (started_at, arguments) VALUES (?, ?)")
      .Bind(1, UtcNow())
      .Bind(2, arguments.dump())
      .Run();
  return database_.LastInsertId();
}

void Store::EndRun(std::int64_t run_id, const Json& summary) {
  database_.Prepare("UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?")
      .Bind(1, UtcNow())
      .Bind(2, summary.dump())
      .Bind(3, run_id)
      .Run();
}

Database OpenDatasetReadOnly(const std::string& path) {
  if (!std::filesystem::exists(path)) {
    throw Error(ErrorKind::kIo, path, "no such dataset (make one with `nianbao run --db`)");
  }
  Database database(path, Database::Mode::kReadOnly);
  int version = database.UserVersion();
  if (version < 1 || version > kSchemaVersion) {
    throw Error(ErrorKind::kUnsupported, path,
                version < 1 ? "not a nianbao dataset (no schema version)"
                            : "schema version " + std::to_string(version) +
                                  " is newer than this nianbao knows: use a newer nianbao");
  }
  return database;
}

}  // namespace nianbao::dataset
