#include "store.hpp"

#include "reports.hpp"

#include <ctime>
#include <filesystem>
#include <memory>

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
    // 2: documents.status is the record's own status (SCHEMA.md: complete, partial, no_data,
    // error) instead of one the dataset derived (ok, partial, failed). SQLite cannot change a
    // CHECK constraint, so the table is rebuilt (ids kept: the tables below reference them;
    // foreign keys are off during migrations). Old rows: see kStatusOfVersion1Row; a record
    // without a status of its own gets that status written into it.
    R"sql(
DROP VIEW IF EXISTS report_values;
CREATE TABLE documents_v2 (
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
  status TEXT NOT NULL CHECK (status IN ('complete', 'partial', 'no_data', 'error')),
  error_kind TEXT,
  error TEXT,
  record TEXT NOT NULL,
  processed_at TEXT NOT NULL,
  duration_ms INTEGER
);
INSERT INTO documents_v2
  SELECT id, sha256, path, format, pages, url, fetched_at, site, source_extra, title, agency,
         year, template, new_status, error_kind, error,
         CASE WHEN json_extract(record, '$.status') IS new_status THEN record
              ELSE json_set(record, '$.status', new_status) END,
         processed_at, duration_ms
  FROM (SELECT *, $status_of_version1_row AS new_status FROM documents);
DROP TABLE documents;
ALTER TABLE documents_v2 RENAME TO documents;
CREATE INDEX documents_agency ON documents (agency, year);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_status ON documents (status);
CREATE INDEX documents_path ON documents (path);
)sql",
};

constexpr int kSchemaVersion = static_cast<int>(std::size(kMigrations));

constexpr std::string_view kStatusPlaceholder = "$status_of_version1_row";

std::string MigrationSql(int step) {
  std::string sql = kMigrations[step];
  for (size_t at = sql.find(kStatusPlaceholder); at != std::string::npos;
       at = sql.find(kStatusPlaceholder, at)) {
    sql.replace(at, kStatusPlaceholder.size(), kStatusOfVersion1Row);
  }
  return sql;
}

// Foreign keys are off while migrating: a table rebuilt in a migration is dropped and
// recreated with the same ids, and dropping it must not cascade into the rows referencing it.
void Migrate(Database& database) {
  int version = database.UserVersion();
  if (version > kSchemaVersion) {
    throw Error(ErrorKind::kUnsupported, database.path(),
                "this dataset has schema version " + std::to_string(version) +
                    ", newer than this nianbao knows (" + std::to_string(kSchemaVersion) +
                    "): use a newer nianbao");
  }
  // The version is read again under the write lock: another nianbao opening the same file
  // may have migrated it meanwhile.
  while (version < kSchemaVersion) {
    Transaction transaction(database);
    version = database.UserVersion();
    if (version >= kSchemaVersion) break;
    database.Execute(MigrationSql(version));
    database.SetUserVersion(++version);
    transaction.Commit();
  }
}

void InsertRows(Database& database, const DocumentRows& rows) {
  const DocumentRow& row = rows.document;
  database
      .Prepare(
          "INSERT INTO documents (sha256, path, format, pages, url, fetched_at, site, "
          "source_extra, title, agency, year, template, status, error_kind, error, record, "
          "processed_at, duration_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
      .Bind(1, row.sha256)
      .Bind(2, row.path)
      .Bind(3, row.format)
      .Bind(4, row.pages)
      .Bind(5, row.url)
      .Bind(6, row.fetched_at)
      .Bind(7, row.site)
      .Bind(8, row.source_extra)
      .Bind(9, row.title)
      .Bind(10, row.agency)
      .Bind(11, row.year)
      .Bind(12, row.template_name)
      .Bind(13, row.status)
      .Bind(14, row.error_kind)
      .Bind(15, row.error)
      .Bind(16, row.record)
      .Bind(17, row.processed_at)
      .Bind(18, row.duration_ms)
      .Run();
  std::int64_t document_id = database.LastInsertId();
  Statement values = database.Prepare(
      "INSERT OR REPLACE INTO cell_values (document_id, position, key, value, provenance)"
      " VALUES (?,?,?,?,?)");
  std::int64_t position = 0;
  for (const ValueRow& value : rows.values) {
    values.Bind(1, document_id)
        .Bind(2, position++)
        .Bind(3, value.key)
        .Bind(4, value.value)
        .Bind(5, value.provenance)
        .Run();
  }
  Statement checks = database.Prepare(
      "INSERT INTO checks (document_id, position, rule, ok, lhs, rhs) VALUES (?,?,?,?,?,?)");
  position = 0;
  for (const CheckRow& check : rows.checks) {
    checks.Bind(1, document_id)
        .Bind(2, position++)
        .Bind(3, check.rule)
        .Bind(4, std::int64_t{check.ok ? 1 : 0})
        .Bind(5, check.lhs)
        .Bind(6, check.rhs)
        .Run();
  }
  Statement warnings = database.Prepare(
      "INSERT INTO warnings (document_id, position, severity, code, message, location)"
      " VALUES (?,?,?,?,?,?)");
  position = 0;
  for (const WarningRow& warning : rows.warnings) {
    warnings.Bind(1, document_id)
        .Bind(2, position++)
        .Bind(3, warning.severity)
        .Bind(4, warning.code)
        .Bind(5, warning.message)
        .Bind(6, warning.location)
        .Run();
  }
  Statement sections =
      database.Prepare("INSERT OR REPLACE INTO sections (document_id, key, text) VALUES (?,?,?)");
  for (const SectionRow& section : rows.sections) {
    sections.Bind(1, document_id).Bind(2, section.key).Bind(3, section.text).Run();
  }
}

Database Configure(Database database) {
  database.Execute(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;");
  Migrate(database);
  database.Execute("PRAGMA foreign_keys = ON;");
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

Store::Store(const std::string& path)
    : name_(path),
      database_(Configure(Database(path, Database::Mode::kReadWrite))),
      find_status_(database_, "SELECT status FROM documents WHERE sha256 = ?") {}

std::optional<std::string> Store::StatusOf(const std::string& sha256) {
  find_status_.Bind(1, sha256);
  std::optional<std::string> status;
  if (find_status_.Step()) status = find_status_.Text(0);
  find_status_.Reset();
  return status;
}

void Store::Put(const output::Outcome& outcome, const StoredMeta& meta) {
  DocumentRows rows = RowsOf(outcome, meta);
  Transaction transaction(database_);
  database_.Prepare("DELETE FROM documents WHERE sha256 = ?").Bind(1, rows.document.sha256).Run();
  InsertRows(database_, rows);
  InsertSource(rows.source);
  database_.Prepare("DELETE FROM input_errors WHERE path = ?").Bind(1, rows.document.path).Run();
  transaction.Commit();
}

void Store::AddSource(const SourceRow& source) {
  InsertSource(source);
}

void Store::InsertSource(const SourceRow& source) {
  database_
      .Prepare(
          "INSERT OR IGNORE INTO document_sources (sha256, path, url, fetched_at) VALUES "
          "(?,?,?,?)")
      .Bind(1, source.sha256)
      .Bind(2, source.path)
      .Bind(3, source.url)
      .Bind(4, source.fetched_at)
      .Run();
}

void Store::Finish() {
  LinkAttachments(database_);
  BuildReports(database_);
}

void Store::PutInputError(const std::string& path, const std::string& kind,
                          const std::string& message, const std::string& at) {
  database_
      .Prepare("INSERT OR REPLACE INTO input_errors (path, kind, message, at) VALUES (?,?,?,?)")
      .Bind(1, path)
      .Bind(2, kind)
      .Bind(3, message)
      .Bind(4, at)
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
  if (IsPostgres(path)) {
    throw Error(ErrorKind::kUnsupported, path,
                "this command reads a SQLite dataset: copy the PostgreSQL one into a file first "
                "(`nianbao merge OUT.sqlite '" +
                    path + "'`)");
  }
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

namespace {

class SqliteReader final : public DatasetReader {
 public:
  explicit SqliteReader(const std::string& path) : database_(OpenDatasetReadOnly(path)) {}

  void ForEachDocument(const std::function<void(const StoredDocument&)>& on_document) override {
    // A version-1 dataset's records may predate `status`: they get the one migration 2 gives.
    const std::string record =
        database_.UserVersion() < 2
            ? std::string("json_set(record, '$.status', ") + kStatusOfVersion1Row + ")"
            : std::string("record");
    Statement documents = database_.Prepare(
        "SELECT sha256, " + record + ", processed_at, duration_ms FROM documents ORDER BY id");
    while (documents.Step()) {
      on_document(StoredDocument{documents.Text(0), documents.Text(1),
                                 StoredMeta{documents.Text(2), documents.OptionalInteger(3)}});
    }
  }

  void ForEachInputError(const std::function<void(const StoredInputError&)>& on_error) override {
    Statement errors = database_.Prepare("SELECT path, kind, message, at FROM input_errors");
    while (errors.Step()) {
      on_error(StoredInputError{errors.Text(0), errors.Text(1), errors.Text(2), errors.Text(3)});
    }
  }

  void ForEachSource(const std::function<void(const SourceRow&)>& on_source) override {
    if (!HasTable(database_, "document_sources")) return;  // a dataset made before the table
    Statement rows = database_.Prepare(
        "SELECT sha256, path, url, fetched_at FROM document_sources ORDER BY sha256, path");
    while (rows.Step()) {
      on_source(SourceRow{rows.Text(0), rows.Text(1), rows.OptionalText(2), rows.OptionalText(3)});
    }
  }

 private:
  Database database_;
};

}  // namespace

std::unique_ptr<DatasetReader> OpenSqliteReader(const std::string& path) {
  return std::make_unique<SqliteReader>(path);
}

}  // namespace nianbao::dataset
