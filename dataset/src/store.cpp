#include "store.hpp"

#include "record_blob.hpp"
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
    // 3: a sixth of the room per document. The record is stored deflated (record_blob.hpp;
    // record_size: its JSON text's length, for the sqlite3 shell's sqlar_uncompress) and only
    // there (no JSON copy in the long tables: cell_values loses `provenance`, the
    // record has it); keys of values and rules of checks are numbers into `names`, with the
    // views cell_values and checks giving them by name as before; the record's place
    // (region, level, agency_kind) and its number of attachments get columns of their own;
    // sections is a table with row ids (long texts no longer spill into overflow pages).
    R"sql(
DROP VIEW IF EXISTS report_values;
CREATE TABLE documents_v3 (
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
  region_code TEXT,
  region_name TEXT,
  province TEXT,
  city TEXT,
  county TEXT,
  level TEXT,
  agency_kind TEXT,
  attachments INTEGER,
  status TEXT NOT NULL CHECK (status IN ('complete', 'partial', 'no_data', 'error')),
  error_kind TEXT,
  error TEXT,
  record BLOB NOT NULL,
  record_size INTEGER NOT NULL,
  processed_at TEXT NOT NULL,
  duration_ms INTEGER
);
INSERT INTO documents_v3
  SELECT id, sha256, path, format, pages, url, fetched_at, site, source_extra, title, agency,
         year, template, json_extract(record, '$.region.code'),
         json_extract(record, '$.region.name'), json_extract(record, '$.region.province'),
         json_extract(record, '$.region.city'), json_extract(record, '$.region.county'),
         json_extract(record, '$.level'), json_extract(record, '$.agency_kind'),
         CASE WHEN json_type(record, '$.attachments') = 'array'
              THEN json_array_length(record, '$.attachments') END,
         status, error_kind, error, nianbao_deflate(record),
         length(CAST(record AS BLOB)), processed_at, duration_ms
  FROM documents ORDER BY id;
DROP TABLE documents;
ALTER TABLE documents_v3 RENAME TO documents;
CREATE INDEX documents_agency ON documents (agency, year);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_status ON documents (status);
CREATE INDEX documents_path ON documents (path);
CREATE TABLE names (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
INSERT INTO names (name) SELECT key FROM cell_values UNION SELECT rule FROM checks;
CREATE TABLE document_values (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  key_id INTEGER NOT NULL REFERENCES names (id),
  value REAL,
  PRIMARY KEY (document_id, key_id)
) WITHOUT ROWID;
INSERT INTO document_values
  SELECT v.document_id, v.position, n.id, v.value FROM cell_values v JOIN names n ON n.name = v.key;
DROP TABLE cell_values;
CREATE INDEX document_values_key ON document_values (key_id, value);
CREATE VIEW cell_values AS
  SELECT v.document_id, v.position, n.name AS key, v.value
  FROM document_values v JOIN names n ON n.id = v.key_id;
CREATE TABLE document_checks (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rule_id INTEGER NOT NULL REFERENCES names (id),
  ok INTEGER NOT NULL,
  lhs REAL,
  rhs REAL,
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
INSERT INTO document_checks
  SELECT c.document_id, c.position, n.id, c.ok, c.lhs, c.rhs FROM checks c
  JOIN names n ON n.name = c.rule;
DROP TABLE checks;
CREATE INDEX document_checks_rule ON document_checks (rule_id, ok);
CREATE VIEW checks AS
  SELECT c.document_id, c.position, n.name AS rule, c.ok, c.lhs, c.rhs
  FROM document_checks c JOIN names n ON n.id = c.rule_id;
CREATE TABLE sections_v3 (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (document_id, key)
);
INSERT INTO sections_v3 (document_id, key, text)
  SELECT document_id, key, text FROM sections ORDER BY document_id, key;
DROP TABLE sections;
ALTER TABLE sections_v3 RENAME TO sections;
)sql",
    // 4: each record stored once: its sections, values and checks are left out of the stored
    // text where the tables give them back byte for byte (record_blob.hpp), by
    // StoreRecordsOnce after this step (the tables are as they were).
    R"sql(
SELECT 1;
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

// Migration 4's records: each stored again without the parts its rows hold.
void StoreRecordsOnce(Database& database) {
  RecordReader reader(database);
  Statement documents = database.Prepare("SELECT id, sha256, record FROM documents ORDER BY id");
  Statement update =
      database.Prepare("UPDATE documents SET record = ?, record_size = ? WHERE id = ?");
  while (documents.Step()) {
    const std::int64_t id = documents.Integer(0);
    const std::string sha256 = documents.Text(1);
    const std::string text = InflateRecord(documents.Blob(2), sha256);
    const Json record = Json::parse(text, nullptr, false);
    if (record.is_discarded())
      throw Error(ErrorKind::kDamaged, sha256, "a stored record is not JSON");
    const std::string stored = StoredRecordJson(record, reader.Parts(id));
    if (stored == text) continue;
    update.BindBlob(1, DeflateRecord(stored))
        .Bind(2, static_cast<std::int64_t>(stored.size()))
        .Bind(3, id)
        .Run();
  }
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
    if (version == 3) StoreRecordsOnce(database);
    database.SetUserVersion(++version);
    transaction.Commit();
  }
}

// nianbao_deflate(text): the stored form of a record (record_blob.hpp), for migration 3.
void DeflateFunction(sqlite3_context* context, int, sqlite3_value** arguments) {
  const SqliteFunctions& sqlite = Sqlite("nianbao_deflate");  // open: a database called it
  const unsigned char* text = sqlite.value_text(arguments[0]);
  int size = sqlite.value_bytes(arguments[0]);
  try {
    std::string stored = DeflateRecord(
        std::string_view(reinterpret_cast<const char*>(text), static_cast<size_t>(size)));
    sqlite.result_blob(context, stored.data(), static_cast<int>(stored.size()), SQLITE_TRANSIENT);
  } catch (const Error& error) {
    sqlite.result_error(context, error.what(), -1);
  }
}

void AddDeflateFunction(Database& database) {
  int code = database.sqlite().create_function_v2(database.handle(), "nianbao_deflate", 1,
                                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                                  DeflateFunction, nullptr, nullptr, nullptr);
  if (code != SQLITE_OK) {
    throw Error(ErrorKind::kIo, database.path(), "SQLite: cannot add the function nianbao_deflate");
  }
}

Database Configure(Database database) {
  database.Execute(
      // For a new file only (an existing one keeps its pages): a documents row, its record
      // stored once (~2.5 KB), takes a 4 KiB page of its own, ~40 % of it left empty; 8 KiB
      // pages hold three. Measured on 400 documents: 14,469 bytes per document with 4 KiB
      // pages, 13,271 with 8, 13,516 with 16, 14,499 with 32.
      "PRAGMA page_size = 8192;"
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;"
      // A group of documents (Store::kGroupDocuments) is held in memory until its commit
      // rather than spilled into the WAL page by page (64 MiB).
      "PRAGMA cache_size = -65536;"
      // A statement that may fail halfway (an INSERT under a UNIQUE constraint) inside the
      // group's transaction keeps the pages it changes in a statement journal; past 64 KiB
      // (eight 8 KiB pages: a documents row and its five indexes) that went into a temporary
      // file, ~2.5 MB written per document. In memory it stays a few pages.
      "PRAGMA temp_store = MEMORY;");
  AddDeflateFunction(database);
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
      find_status_(database_, "SELECT status FROM documents WHERE sha256 = ?"),
      delete_document_(database_, "DELETE FROM documents WHERE sha256 = ?"),
      insert_document_(
          database_,
          "INSERT INTO documents (sha256, path, format, pages, url, fetched_at, site, "
          "source_extra, title, agency, year, template, region_code, region_name, province, city, "
          "county, level, agency_kind, attachments, status, error_kind, error, record, "
          "record_size, processed_at, duration_ms) VALUES "
          "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      insert_value_(database_,
                    "INSERT OR REPLACE INTO document_values (document_id, position, key_id, value)"
                    " VALUES (?,?,?,?)"),
      insert_check_(database_,
                    "INSERT INTO document_checks (document_id, position, rule_id, ok, lhs, rhs)"
                    " VALUES (?,?,?,?,?,?)"),
      insert_warning_(database_,
                      "INSERT INTO warnings (document_id, position, severity, code, message, "
                      "location) VALUES (?,?,?,?,?,?)"),
      insert_section_(database_,
                      "INSERT OR REPLACE INTO sections (document_id, key, text) VALUES (?,?,?)"),
      insert_source_(database_,
                     "INSERT OR IGNORE INTO document_sources (sha256, path, url, fetched_at) "
                     "VALUES (?,?,?,?)"),
      clear_input_error_(database_, "DELETE FROM input_errors WHERE path = ?"),
      insert_name_(database_, "INSERT OR IGNORE INTO names (name) VALUES (?)"),
      find_name_(database_, "SELECT id FROM names WHERE name = ?") {}

Store::~Store() {
  try {
    CommitGroup();  // every document in it is whole (a failed Put rolled its group back)
  } catch (const Error&) {
  }
}

std::optional<std::string> Store::StatusOf(const std::string& sha256) {
  find_status_.Bind(1, sha256);
  std::optional<std::string> status;
  if (find_status_.Step()) status = find_status_.Text(0);
  find_status_.Reset();
  return status;
}

void Store::PutRows(const DocumentRows& rows) {
  InGroup();
  try {
    delete_document_.Bind(1, rows.document.sha256).Run();
    InsertRows(rows);
    InsertSource(rows.source);
    clear_input_error_.Bind(1, rows.document.path).Run();
  } catch (...) {
    // The whole group goes, not only this document: a savepoint per document would copy every
    // page it changes into a statement journal first. The run stops here; the same command
    // again stores the group's documents.
    RollBackGroup();
    throw;
  }
  ++documents_in_group_;
  if (documents_in_group_ >= kGroupDocuments ||
      std::chrono::steady_clock::now() - group_started_ >= kGroupTime) {
    CommitGroup();
  }
}

void Store::RollBackGroup() {
  database_.sqlite().exec(database_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  in_group_ = false;
  name_ids_.clear();  // ids given in the group are gone
}

void Store::InGroup() {
  if (in_group_) return;
  database_.Execute("BEGIN IMMEDIATE");
  in_group_ = true;
  documents_in_group_ = 0;
  group_started_ = std::chrono::steady_clock::now();
}

void Store::CommitGroup() {
  if (!in_group_) return;
  in_group_ = false;
  database_.Execute("COMMIT");
}

std::int64_t Store::NameId(const std::string& name) {
  auto found = name_ids_.find(name);
  if (found != name_ids_.end()) return found->second;
  insert_name_.Bind(1, name).Run();
  find_name_.Bind(1, name);
  find_name_.Step();
  std::int64_t id = find_name_.Integer(0);
  find_name_.Reset();
  name_ids_.emplace(name, id);
  return id;
}

void Store::InsertRows(const DocumentRows& rows) {
  const DocumentRow& row = rows.document;
  insert_document_.Bind(1, row.sha256)
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
      .Bind(13, row.region_code)
      .Bind(14, row.region_name)
      .Bind(15, row.province)
      .Bind(16, row.city)
      .Bind(17, row.county)
      .Bind(18, row.level)
      .Bind(19, row.agency_kind)
      .Bind(20, row.attachments)
      .Bind(21, row.status)
      .Bind(22, row.error_kind)
      .Bind(23, row.error)
      .BindBlob(24, row.record)
      .Bind(25, row.record_size)
      .Bind(26, row.processed_at)
      .Bind(27, row.duration_ms)
      .Run();
  std::int64_t document_id = database_.LastInsertId();
  std::int64_t position = 0;
  for (const ValueRow& value : rows.values) {
    insert_value_.Bind(1, document_id)
        .Bind(2, position++)
        .Bind(3, NameId(value.key))
        .Bind(4, value.value)
        .Run();
  }
  position = 0;
  for (const CheckRow& check : rows.checks) {
    insert_check_.Bind(1, document_id)
        .Bind(2, position++)
        .Bind(3, NameId(check.rule))
        .Bind(4, std::int64_t{check.ok ? 1 : 0})
        .Bind(5, check.lhs)
        .Bind(6, check.rhs)
        .Run();
  }
  position = 0;
  for (const WarningRow& warning : rows.warnings) {
    insert_warning_.Bind(1, document_id)
        .Bind(2, position++)
        .Bind(3, warning.severity)
        .Bind(4, warning.code)
        .Bind(5, warning.message)
        .Bind(6, warning.location)
        .Run();
  }
  for (const SectionRow& section : rows.sections) {
    insert_section_.Bind(1, document_id).Bind(2, section.key).Bind(3, section.text).Run();
  }
}

void Store::AddSource(const SourceRow& source) {
  InGroup();
  InsertSource(source);
}

void Store::InsertSource(const SourceRow& source) {
  insert_source_.Bind(1, source.sha256)
      .Bind(2, source.path)
      .Bind(3, source.url)
      .Bind(4, source.fetched_at)
      .Run();
}

void Store::Finish() {
  CommitGroup();
  LinkAttachments(database_);
  BuildReports(database_);
}

void Store::PutInputError(const std::string& path, const std::string& kind,
                          const std::string& message, const std::string& at) {
  InGroup();
  database_
      .Prepare("INSERT OR REPLACE INTO input_errors (path, kind, message, at) VALUES (?,?,?,?)")
      .Bind(1, path)
      .Bind(2, kind)
      .Bind(3, message)
      .Bind(4, at)
      .Run();
}

void Store::ClearInputError(const std::string& path) {
  InGroup();
  clear_input_error_.Bind(1, path).Run();
}

std::int64_t Store::BeginRun(const Json& arguments) {
  CommitGroup();
  database_.Prepare("INSERT INTO runs (started_at, arguments) VALUES (?, ?)")
      .Bind(1, UtcNow())
      .Bind(2, arguments.dump())
      .Run();
  return database_.LastInsertId();
}

void Store::EndRun(std::int64_t run_id, const Json& summary) {
  CommitGroup();
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

TempFolder::TempFolder() {
  std::string pattern = (std::filesystem::temp_directory_path() / "nianbao-dataset.XXXXXX");
  if (mkdtemp(pattern.data()) == nullptr) {
    throw Error(ErrorKind::kIo, pattern, "cannot make a temporary folder");
  }
  path_ = pattern;
}

TempFolder::~TempFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

ReadableDataset::ReadableDataset(const std::string& path) : database_(OpenDatasetReadOnly(path)) {
  if (database_.UserVersion() == kSchemaVersion) return;
  // An older dataset is read as the migration would make it: from a migrated copy (TMPDIR),
  // the file itself untouched (it may be read-only, or in use by an older nianbao).
  copy_.emplace();
  const std::string copy = *copy_ / "dataset.sqlite";
  database_.Prepare("VACUUM INTO ?").Bind(1, copy).Run();
  { Store migrated(copy); }
  database_ = Database(copy, Database::Mode::kReadOnly);
}

RecordReader::RecordReader(Database& database)
    : sections_(database, "SELECT key, text FROM sections WHERE document_id = ?"),
      values_(database,
              "SELECT n.name, v.value FROM document_values v JOIN names n ON n.id = v.key_id"
              " WHERE v.document_id = ? ORDER BY v.position"),
      checks_(database,
              "SELECT n.name, c.ok, c.lhs, c.rhs FROM document_checks c"
              " JOIN names n ON n.id = c.rule_id WHERE c.document_id = ? ORDER BY c.position") {}

RecordParts RecordReader::Parts(std::int64_t document_id) {
  RecordParts parts;
  sections_.Bind(1, document_id);
  while (sections_.Step())
    parts.sections.push_back(SectionRow{sections_.Text(0), sections_.Text(1)});
  sections_.Reset();
  values_.Bind(1, document_id);
  while (values_.Step()) parts.values.push_back(ValueRow{values_.Text(0), values_.OptionalReal(1)});
  values_.Reset();
  checks_.Bind(1, document_id);
  while (checks_.Step()) {
    parts.checks.push_back(CheckRow{checks_.Text(0), checks_.Integer(1) != 0,
                                    checks_.OptionalReal(2), checks_.OptionalReal(3)});
  }
  checks_.Reset();
  return parts;
}

std::string RecordReader::Text(std::int64_t document_id, const Statement& row, int column,
                               const std::string& where) {
  return RestoredRecordJson(InflateRecord(row.Blob(column), where), Parts(document_id), where);
}

namespace {

class SqliteReader final : public DatasetReader {
 public:
  explicit SqliteReader(const std::string& path) : dataset_(path) {}

  void ForEachDocument(const std::function<void(const StoredDocument&)>& on_document) override {
    Statement documents = dataset_.database().Prepare(
        "SELECT sha256, record, processed_at, duration_ms, id FROM documents ORDER BY id");
    RecordReader records(dataset_.database());
    while (documents.Step()) {
      const std::string sha256 = documents.Text(0);
      on_document(StoredDocument{sha256, records.Text(documents.Integer(4), documents, 1, sha256),
                                 StoredMeta{documents.Text(2), documents.OptionalInteger(3)}});
    }
  }

  void ForEachInputError(const std::function<void(const StoredInputError&)>& on_error) override {
    Statement errors =
        dataset_.database().Prepare("SELECT path, kind, message, at FROM input_errors");
    while (errors.Step()) {
      on_error(StoredInputError{errors.Text(0), errors.Text(1), errors.Text(2), errors.Text(3)});
    }
  }

  void ForEachSource(const std::function<void(const SourceRow&)>& on_source) override {
    Statement rows = dataset_.database().Prepare(
        "SELECT sha256, path, url, fetched_at FROM document_sources ORDER BY sha256, path");
    while (rows.Step()) {
      on_source(SourceRow{rows.Text(0), rows.Text(1), rows.OptionalText(2), rows.OptionalText(3)});
    }
  }

 private:
  ReadableDataset dataset_;
};

}  // namespace

std::unique_ptr<DatasetReader> OpenSqliteReader(const std::string& path) {
  return std::make_unique<SqliteReader>(path);
}

}  // namespace nianbao::dataset
