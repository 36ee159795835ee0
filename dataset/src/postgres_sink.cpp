// The PostgreSQL dataset: the tables of the SQLite one (docs/dataset.md) plus `claims`, the
// documents being processed right now and by whom. Every write of a document is one
// transaction; a claim is one statement, so two processes never both take a document while its
// claim is alive.
#include "postgres_sink.hpp"

#include <unistd.h>

#include <fmt/core.h>

#include <random>
#include <set>
#include <unordered_map>

#include "postgres.hpp"
#include "record_blob.hpp"
#include "store.hpp"

namespace nianbao::dataset {
namespace {

// Serialises the migrations of processes that start at the same moment (any constant number
// that no other program is likely to lock: "nianbao" in ASCII).
constexpr std::int64_t kMigrationLock = 0x6e69616e62616f;
// Rows fetched at a time when a dataset is read (merge, export).
constexpr int kFetchRows = 500;

// Bytes as hexadecimal text, for decode(…, 'hex'): a stored record travels as text.
std::string HexOf(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (unsigned char byte : bytes) {
    hex.push_back(kDigits[byte >> 4]);
    hex.push_back(kDigits[byte & 15]);
  }
  return hex;
}

std::string BytesOfHex(std::string_view hex, const std::string& where) {
  auto digit = [&](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    throw Error(ErrorKind::kDamaged, where, "a stored record is not hexadecimal");
  };
  std::string bytes;
  bytes.reserve(hex.size() / 2);
  for (size_t at = 0; at + 1 < hex.size(); at += 2) {
    bytes.push_back(static_cast<char>(digit(hex[at]) << 4 | digit(hex[at + 1])));
  }
  return bytes;
}

// Migration N takes the tables from version N-1 to N. Append, never edit.
constexpr const char* kMigrations[] = {
    // 1: the tables of SQLite schema version 2 with document_sources, and claims.
    R"sql(
CREATE TABLE documents (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  format TEXT,
  pages BIGINT,
  url TEXT,
  fetched_at TEXT,
  site TEXT,
  source_extra JSON,
  title TEXT,
  agency TEXT,
  year BIGINT,
  template TEXT,
  status TEXT NOT NULL CHECK (status IN ('complete', 'partial', 'no_data', 'error')),
  error_kind TEXT,
  error TEXT,
  record JSON NOT NULL,
  processed_at TEXT NOT NULL,
  duration_ms BIGINT
);
CREATE INDEX documents_agency ON documents (agency, year);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_status ON documents (status);
CREATE INDEX documents_path ON documents (path);
CREATE TABLE cell_values (
  document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  key TEXT NOT NULL,
  value DOUBLE PRECISION,
  provenance JSON,
  PRIMARY KEY (document_id, key)
);
CREATE INDEX cell_values_key ON cell_values (key, value);
CREATE TABLE checks (
  document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  ok SMALLINT NOT NULL,
  lhs DOUBLE PRECISION,
  rhs DOUBLE PRECISION,
  PRIMARY KEY (document_id, position)
);
CREATE INDEX checks_rule ON checks (rule, ok);
CREATE TABLE warnings (
  document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  severity TEXT,
  code TEXT,
  message TEXT,
  location JSON,
  PRIMARY KEY (document_id, position)
);
CREATE INDEX warnings_code ON warnings (code);
CREATE TABLE sections (
  document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document_id, key)
);
CREATE TABLE input_errors (
  path TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE runs (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  arguments JSON NOT NULL,
  summary JSON
);
CREATE TABLE document_sources (
  sha256 TEXT NOT NULL,
  path TEXT NOT NULL,
  url TEXT,
  fetched_at TEXT,
  PRIMARY KEY (sha256, path)
);
CREATE INDEX document_sources_url ON document_sources (url);
CREATE INDEX document_sources_path ON document_sources (path);
CREATE TABLE claims (
  sha256 TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX claims_owner ON claims (owner);
)sql",
    // 2: as SQLite schema version 3 stores a record: once, deflated (zlib), with its size, its
    // place and its number of attachments in columns; no provenance JSON in cell_values. The
    // records are deflated by DeflateStoredRecords after this.
    R"sql(
ALTER TABLE documents ADD COLUMN region_code TEXT, ADD COLUMN region_name TEXT,
  ADD COLUMN province TEXT, ADD COLUMN city TEXT, ADD COLUMN county TEXT, ADD COLUMN level TEXT,
  ADD COLUMN agency_kind TEXT, ADD COLUMN attachments BIGINT, ADD COLUMN record_deflated BYTEA,
  ADD COLUMN record_size BIGINT;
UPDATE documents SET region_code = record -> 'region' ->> 'code',
  region_name = record -> 'region' ->> 'name', province = record -> 'region' ->> 'province',
  city = record -> 'region' ->> 'city', county = record -> 'region' ->> 'county',
  level = record ->> 'level', agency_kind = record ->> 'agency_kind',
  attachments = CASE WHEN json_typeof(record -> 'attachments') = 'array'
                     THEN json_array_length(record -> 'attachments') END,
  record_size = octet_length(record::text);
ALTER TABLE cell_values DROP COLUMN provenance;
)sql",
    // 3: records are written as SQLite schema version 4 stores them: without their sections,
    // values and checks where the tables give them back exactly (record_blob.hpp). Records
    // stored before stay whole (read as they are); the version keeps an older nianbao, which
    // would read the new ones as they are stored, from reading this dataset.
    R"sql(
SELECT 1;
)sql",
    // 4: as SQLite's: keys of values and rules of checks are numbers into `names` (the views
    // cell_values and checks give them by name, as the tables did), columns ordered so no
    // row pads; every record stored once, by StoreRecordsOnce after this. key_id and rule_id
    // have no foreign key: `names` only grows, and a check per row would cost ~240 lookups per
    // document written.
    R"sql(
CREATE TABLE names (
  id INTEGER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
INSERT INTO names (name) SELECT key FROM cell_values UNION SELECT rule FROM checks ORDER BY 1;
CREATE TABLE document_values (
  document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  value DOUBLE PRECISION,
  key_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (document_id, key_id)
);
INSERT INTO document_values (document_id, value, key_id, position)
  SELECT v.document_id, v.value, n.id, v.position FROM cell_values v
  JOIN names n ON n.name = v.key;
DROP TABLE cell_values;
CREATE INDEX document_values_key ON document_values (key_id, value);
CREATE VIEW cell_values AS
  SELECT v.document_id, v.position, n.name AS key, v.value
  FROM document_values v JOIN names n ON n.id = v.key_id;
CREATE TABLE document_checks (
  document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  lhs DOUBLE PRECISION,
  rhs DOUBLE PRECISION,
  rule_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  ok SMALLINT NOT NULL,
  PRIMARY KEY (document_id, position)
);
INSERT INTO document_checks (document_id, lhs, rhs, rule_id, position, ok)
  SELECT c.document_id, c.lhs, c.rhs, n.id, c.position, c.ok FROM checks c
  JOIN names n ON n.name = c.rule;
DROP TABLE checks;
CREATE INDEX document_checks_rule ON document_checks (rule_id, ok);
CREATE VIEW checks AS
  SELECT c.document_id, c.position, n.name AS rule, c.ok, c.lhs, c.rhs
  FROM document_checks c JOIN names n ON n.id = c.rule_id;
)sql",
};

// After migration 2's statements: each record's text deflated into its own column, which
// then replaces the JSON one.
void DeflateStoredRecords(PgConnection& connection) {
  PgResult records = connection.Query("SELECT id, record::text FROM documents");
  for (int row = 0; row < records.Rows(); ++row) {
    connection.Query(
        "UPDATE documents SET record_deflated = decode($2, 'hex') WHERE id = $1",
        PgParams().Add(records.Integer(row, 0)).Add(HexOf(DeflateRecord(records.Text(row, 1)))));
  }
  connection.Execute(
      "ALTER TABLE documents DROP COLUMN record;"
      "ALTER TABLE documents RENAME COLUMN record_deflated TO record;"
      "ALTER TABLE documents ALTER COLUMN record SET NOT NULL;"
      "ALTER TABLE documents ALTER COLUMN record_size SET NOT NULL;");
}

// A document's rows in sections, cell_values and checks (record_blob.hpp's RecordParts) as
// three JSON arrays of arrays, in three columns (tables before version 4, views since).
constexpr const char* kPartsSql =
    "(SELECT json_agg(json_build_array(s.key, s.text)) FROM sections s"
    " WHERE s.document_id = d.id),"
    " (SELECT json_agg(json_build_array(v.key, v.value) ORDER BY v.position) FROM cell_values v"
    " WHERE v.document_id = d.id),"
    " (SELECT json_agg(json_build_array(c.rule, c.ok, c.lhs, c.rhs) ORDER BY c.position)"
    " FROM checks c WHERE c.document_id = d.id)";

std::optional<double> OptionalNumber(const Json& number) {
  return number.is_number() ? std::optional<double>(number.get<double>()) : std::nullopt;
}

RecordParts PartsOf(const PgResult& rows, int row, int column, const std::string& where) {
  auto array = [&](int at) {
    Json json =
        rows.IsNull(row, at) ? Json::array() : Json::parse(rows.Text(row, at), nullptr, false);
    if (!json.is_array()) {
      throw Error(ErrorKind::kDamaged, where, "a document's rows are not JSON");
    }
    return json;
  };
  RecordParts parts;
  for (const Json& section : array(column)) {
    parts.sections.push_back(
        SectionRow{section.at(0).get<std::string>(), section.at(1).get<std::string>()});
  }
  for (const Json& value : array(column + 1)) {
    parts.values.push_back(ValueRow{value.at(0).get<std::string>(), OptionalNumber(value.at(1))});
  }
  for (const Json& check : array(column + 2)) {
    parts.checks.push_back(CheckRow{check.at(0).get<std::string>(), check.at(1).get<int>() != 0,
                                    OptionalNumber(check.at(2)), OptionalNumber(check.at(3))});
  }
  return parts;
}

// After migration 4's statements: each record stored again without the parts its rows hold.
void StoreRecordsOnce(PgConnection& connection) {
  PgResult records = connection.Query(std::string("SELECT id, sha256, encode(record, 'hex'), ") +
                                      kPartsSql + " FROM documents d");
  for (int row = 0; row < records.Rows(); ++row) {
    const std::string sha256 = records.Text(row, 1);
    const std::string text = InflateRecord(BytesOfHex(records.Text(row, 2), sha256), sha256);
    const Json record = Json::parse(text, nullptr, false);
    if (record.is_discarded()) {
      throw Error(ErrorKind::kDamaged, sha256, "a stored record is not JSON");
    }
    const std::string stored = StoredRecordJson(record, PartsOf(records, row, 3, sha256));
    if (stored == text) continue;
    connection.Query(
        "UPDATE documents SET record = decode($2, 'hex'), record_size = $3 WHERE id = $1",
        PgParams()
            .Add(records.Integer(row, 0))
            .Add(HexOf(DeflateRecord(stored)))
            .Add(static_cast<std::int64_t>(stored.size())));
  }
}

constexpr int kSchemaVersion = static_cast<int>(std::size(kMigrations));

std::string ConnectionString(const std::string& conninfo) {
  if (ConnectionStringHasPassword(conninfo)) {
    throw Error(ErrorKind::kUnsupported, "--db",
                "the PostgreSQL connection string holds a password: leave it out and put it "
                "in PGPASSWORD or ~/.pgpass (a command line is visible to every user)");
  }
  return conninfo;
}

// The version of the tables, 0 when there are none yet.
int StoredVersion(PgConnection& connection) {
  PgResult exists = connection.Query("SELECT to_regclass('nianbao_schema') IS NOT NULL");
  if (exists.Text(0, 0) != "t") return 0;
  PgResult version = connection.Query("SELECT max(version) FROM nianbao_schema");
  return static_cast<int>(version.Integer(0, 0));
}

[[noreturn]] void NewerSchema(const std::string& name, int version) {
  throw Error(ErrorKind::kUnsupported, name,
              fmt::format("this dataset has PostgreSQL schema version {}, newer than this "
                          "nianbao knows ({}): use a newer nianbao",
                          version, kSchemaVersion));
}

// Takes the tables to version `target` (kSchemaVersion but in tests of the migrations).
void Migrate(PgConnection& connection, int target = kSchemaVersion) {
  PgTransaction transaction(connection);
  connection.Query("SELECT pg_advisory_xact_lock($1)", PgParams().Add(kMigrationLock));
  connection.Execute("CREATE TABLE IF NOT EXISTS nianbao_schema (version INTEGER NOT NULL)");
  int version = StoredVersion(connection);
  if (version > kSchemaVersion) NewerSchema(connection.name(), version);
  for (int step = version; step < target; ++step) {
    connection.Execute(kMigrations[step]);
    if (step == 1) DeflateStoredRecords(connection);
    if (step == 3) StoreRecordsOnce(connection);
  }
  if (version < target) {
    connection.Execute("DELETE FROM nianbao_schema");
    connection.Query("INSERT INTO nianbao_schema (version) VALUES ($1)",
                     PgParams().Add(std::int64_t{target}));
  }
  transaction.Commit();
}

// Who holds a claim: host, process and a random number (a pid is reused after a reboot).
std::string OwnerName() {
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  std::random_device random;
  return fmt::format("{}:{}:{:08x}", host, getpid(), random());
}

Json NullOr(const std::optional<std::string>& text) {
  return text ? Json(*text) : Json(nullptr);
}

Json NullOr(const std::optional<double>& number) {
  return number ? Json(*number) : Json(nullptr);
}

// The long-form rows of a document as JSON arrays, inserted by json_to_recordset: one
// statement for all of a document's values, checks, warnings and sections.
// A name's id in the table names.
using NameIds = std::unordered_map<std::string, std::int64_t>;

std::string ValuesJson(const DocumentRows& rows, const NameIds& ids) {
  Json out = Json::array();
  std::int64_t position = 0;
  for (const ValueRow& value : rows.values) {
    out.push_back({{"p", position++}, {"k", ids.at(value.key)}, {"v", NullOr(value.value)}});
  }
  return out.dump();
}

std::string ChecksJson(const DocumentRows& rows, const NameIds& ids) {
  Json out = Json::array();
  std::int64_t position = 0;
  for (const CheckRow& check : rows.checks) {
    out.push_back({{"p", position++},
                   {"r", ids.at(check.rule)},
                   {"o", check.ok ? 1 : 0},
                   {"l", NullOr(check.lhs)},
                   {"h", NullOr(check.rhs)}});
  }
  return out.dump();
}

std::string WarningsJson(const DocumentRows& rows) {
  Json out = Json::array();
  std::int64_t position = 0;
  for (const WarningRow& warning : rows.warnings) {
    out.push_back({{"p", position++},
                   {"s", NullOr(warning.severity)},
                   {"c", NullOr(warning.code)},
                   {"m", NullOr(warning.message)},
                   {"l", NullOr(warning.location)}});
  }
  return out.dump();
}

std::string SectionsJson(const DocumentRows& rows) {
  Json out = Json::array();
  for (const SectionRow& section : rows.sections) {
    out.push_back({{"k", section.key}, {"t", section.text}});
  }
  return out.dump();
}

constexpr const char* kInsertDocument =
    "INSERT INTO documents (sha256, path, format, pages, url, fetched_at, site, source_extra,"
    " title, agency, year, template, status, error_kind, error, record, processed_at,"
    " duration_ms, region_code, region_name, province, city, county, level, agency_kind,"
    " attachments, record_size) VALUES ($1,$2,$3,$4,$5,$6,$7,$8::json,$9,$10,$11,$12,$13,$14,"
    "$15,decode($16, 'hex'),$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27) RETURNING id";

constexpr const char* kInsertLongRows = R"sql(
WITH v AS (
  INSERT INTO document_values (document_id, position, key_id, value)
  SELECT $1, r.p, r.k, r.v FROM json_to_recordset($2::json)
    AS r(p INTEGER, k INTEGER, v DOUBLE PRECISION)
  ON CONFLICT (document_id, key_id) DO UPDATE SET position = EXCLUDED.position,
    value = EXCLUDED.value),
c AS (
  INSERT INTO document_checks (document_id, position, rule_id, ok, lhs, rhs)
  SELECT $1, r.p, r.r, r.o, r.l, r.h FROM json_to_recordset($3::json)
    AS r(p INTEGER, r INTEGER, o SMALLINT, l DOUBLE PRECISION, h DOUBLE PRECISION)),
w AS (
  INSERT INTO warnings (document_id, position, severity, code, message, location)
  SELECT $1, r.p, r.s, r.c, r.m, r.l::json FROM json_to_recordset($4::json)
    AS r(p INTEGER, s TEXT, c TEXT, m TEXT, l TEXT)),
s AS (
  INSERT INTO sections (document_id, key, text)
  SELECT $1, r.k, r.t FROM json_to_recordset($5::json) AS r(k TEXT, t TEXT)
  ON CONFLICT (document_id, key) DO UPDATE SET text = EXCLUDED.text),
f AS (
  INSERT INTO document_sources (sha256, path, url, fetched_at) VALUES ($6, $7, $8, $9)
  ON CONFLICT DO NOTHING),
e AS (DELETE FROM input_errors WHERE path = $7)
DELETE FROM claims WHERE sha256 = $6
)sql";

class PostgresSink final : public Sink {
 public:
  PostgresSink(const std::string& conninfo, std::chrono::seconds lease)
      : connection_(ConnectionString(conninfo)), lease_(lease), owner_(OwnerName()) {
    // A commit does not wait for its WAL to reach the disk (as SQLite's synchronous=NORMAL in
    // WAL mode): a server that crashes may lose the last fraction of a second of documents and
    // claims, never half of one, and a run stored again redoes exactly those. Waiting cost
    // three disk flushes per document.
    connection_.Execute("SET synchronous_commit = off");
    Migrate(connection_);
  }

  ~PostgresSink() override {
    // Claims this process still holds (a run that stopped on an error) go back at once;
    // when the connection is gone they lapse with their lease.
    if (!connection_.IsOpen()) return;
    try {
      connection_.Query("DELETE FROM claims WHERE owner = $1", PgParams().Add(owner_));
    } catch (const Error&) {
    }
  }

  const std::string& Name() const override { return connection_.name(); }

  std::optional<std::string> StatusOf(const std::string& sha256) override {
    PgResult result =
        connection_.Query("SELECT status FROM documents WHERE sha256 = $1", PgParams().Add(sha256));
    if (result.Rows() == 0) return std::nullopt;
    return result.Text(0, 0);
  }

  bool Claim(const std::string& sha256) override {
    PgResult result = connection_.Query(
        "INSERT INTO claims (sha256, owner, expires_at)"
        " VALUES ($1, $2, now() + make_interval(secs => $3))"
        " ON CONFLICT (sha256) DO UPDATE SET owner = EXCLUDED.owner,"
        " expires_at = EXCLUDED.expires_at"
        " WHERE claims.expires_at < now() OR claims.owner = EXCLUDED.owner RETURNING 1",
        PgParams().Add(sha256).Add(owner_).Add(static_cast<std::int64_t>(lease_.count())));
    return result.Rows() == 1;
  }

  void Release(const std::string& sha256) override {
    connection_.Query("DELETE FROM claims WHERE sha256 = $1 AND owner = $2",
                      PgParams().Add(sha256).Add(owner_));
  }

  void RenewClaims() override {
    auto now = std::chrono::steady_clock::now();
    if (now - last_renewal_ < lease_ / 4) return;
    connection_.Query(
        "UPDATE claims SET expires_at = now() + make_interval(secs => $2) WHERE owner = $1",
        PgParams().Add(owner_).Add(static_cast<std::int64_t>(lease_.count())));
    last_renewal_ = now;
  }

  void PutRows(const DocumentRows& rows) override {
    const DocumentRow& row = rows.document;
    AddNames(rows);
    PgTransaction transaction(connection_);
    connection_.Query("DELETE FROM documents WHERE sha256 = $1", PgParams().Add(row.sha256));
    PgResult inserted = connection_.Query(kInsertDocument, PgParams()
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
                                                               .Add(HexOf(row.record))
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
                                                               .Add(row.record_size));
    connection_.Query(kInsertLongRows, PgParams()
                                           .Add(inserted.Integer(0, 0))
                                           .Add(ValuesJson(rows, name_ids_))
                                           .Add(ChecksJson(rows, name_ids_))
                                           .Add(WarningsJson(rows))
                                           .Add(SectionsJson(rows))
                                           .Add(rows.source.sha256)
                                           .Add(rows.source.path)
                                           .Add(rows.source.url)
                                           .Add(rows.source.fetched_at));
    transaction.Commit();
  }

  void AddSource(const SourceRow& source) override {
    connection_.Query(
        "INSERT INTO document_sources (sha256, path, url, fetched_at) VALUES ($1, $2, $3, $4)"
        " ON CONFLICT DO NOTHING",
        PgParams().Add(source.sha256).Add(source.path).Add(source.url).Add(source.fetched_at));
  }

  void PutInputError(const std::string& path, const std::string& kind, const std::string& message,
                     const std::string& at) override {
    connection_.Query(
        "INSERT INTO input_errors (path, kind, message, at) VALUES ($1, $2, $3, $4)"
        " ON CONFLICT (path) DO UPDATE SET kind = EXCLUDED.kind, message = EXCLUDED.message,"
        " at = EXCLUDED.at",
        PgParams().Add(path).Add(kind).Add(message).Add(at));
  }

  void ClearInputError(const std::string& path) override {
    connection_.Query("DELETE FROM input_errors WHERE path = $1", PgParams().Add(path));
  }

  std::int64_t BeginRun(const Json& arguments) override {
    PgResult result = connection_.Query(
        "INSERT INTO runs (started_at, arguments) VALUES ($1, $2::json) RETURNING id",
        PgParams().Add(UtcNow()).Add(arguments.dump()));
    return result.Integer(0, 0);
  }

  void EndRun(std::int64_t run_id, const Json& summary) override {
    connection_.Query("UPDATE runs SET finished_at = $1, summary = $2::json WHERE id = $3",
                      PgParams().Add(UtcNow()).Add(summary.dump()).Add(run_id));
  }

  // Attachments are linked and the table reports made when the dataset is copied into SQLite
  // (merge, export): several processes end their runs at different times.
  void Finish() override {
    connection_.Query("DELETE FROM claims WHERE owner = $1", PgParams().Add(owner_));
  }

 private:
  // The ids of the document's keys and rules not known yet, added to `names` when new. Outside
  // the document's transaction: a name is never removed, and concurrent runs adding the same
  // names (in the same order) wait for each other only for this statement.
  void AddNames(const DocumentRows& rows) {
    std::set<std::string> unknown;
    for (const ValueRow& value : rows.values) {
      if (!name_ids_.count(value.key)) unknown.insert(value.key);
    }
    for (const CheckRow& check : rows.checks) {
      if (!name_ids_.count(check.rule)) unknown.insert(check.rule);
    }
    if (unknown.empty()) return;
    const std::string names = Json(unknown).dump();
    // A name another run is adding at the same time is waited for, then left to it: the
    // second statement (a snapshot of its own) sees it.
    connection_.Query(
        "INSERT INTO names (name) SELECT json_array_elements_text($1::json) ORDER BY 1"
        " ON CONFLICT (name) DO NOTHING",
        PgParams().Add(names));
    PgResult ids = connection_.Query(
        "SELECT id, name FROM names WHERE name IN (SELECT json_array_elements_text($1::json))",
        PgParams().Add(names));
    for (int row = 0; row < ids.Rows(); ++row) name_ids_[ids.Text(row, 1)] = ids.Integer(row, 0);
  }

  PgConnection connection_;
  NameIds name_ids_;
  std::chrono::seconds lease_;
  std::string owner_;
  std::chrono::steady_clock::time_point last_renewal_ = std::chrono::steady_clock::now();
};

class PostgresReader final : public DatasetReader {
 public:
  explicit PostgresReader(const std::string& conninfo) : connection_(ConnectionString(conninfo)) {
    version_ = StoredVersion(connection_);
    const int version = version_;
    if (version < 1) {
      throw Error(ErrorKind::kUnsupported, connection_.name(),
                  "no nianbao dataset in this database (make one with `nianbao run --db`)");
    }
    if (version > kSchemaVersion) NewerSchema(connection_.name(), version);
    // One snapshot for the whole read, while other processes may still be writing.
    connection_.Execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }

  void ForEachDocument(const std::function<void(const StoredDocument&)>& on_document) override {
    // A version-1 dataset (read as it is: a reader does not migrate) holds the record as json.
    const bool deflated = version_ >= 2;
    ForEachRow(std::string("SELECT sha256, ") +
                   (deflated ? "encode(record, 'hex')" : "record::text") +
                   ", processed_at, duration_ms, " + kPartsSql + " FROM documents d ORDER BY id",
               [&](const PgResult& rows, int row) {
                 const std::string sha256 = rows.Text(row, 0);
                 const std::string stored =
                     deflated ? InflateRecord(BytesOfHex(rows.Text(row, 1), sha256), sha256)
                              : rows.Text(row, 1);
                 on_document(StoredDocument{
                     sha256, RestoredRecordJson(stored, PartsOf(rows, row, 4, sha256), sha256),
                     StoredMeta{rows.Text(row, 2), rows.OptionalInteger(row, 3)}});
               });
  }

  void ForEachInputError(const std::function<void(const StoredInputError&)>& on_error) override {
    ForEachRow("SELECT path, kind, message, at FROM input_errors ORDER BY path",
               [&](const PgResult& rows, int row) {
                 on_error(StoredInputError{rows.Text(row, 0), rows.Text(row, 1), rows.Text(row, 2),
                                           rows.Text(row, 3)});
               });
  }

  void ForEachSource(const std::function<void(const SourceRow&)>& on_source) override {
    ForEachRow("SELECT sha256, path, url, fetched_at FROM document_sources ORDER BY sha256, path",
               [&](const PgResult& rows, int row) {
                 on_source(SourceRow{rows.Text(row, 0), rows.Text(row, 1),
                                     rows.OptionalText(row, 2), rows.OptionalText(row, 3)});
               });
  }

 private:
  // A cursor, so a dataset of millions of documents is never held in memory at once.
  void ForEachRow(const std::string& sql, const std::function<void(const PgResult&, int)>& on_row) {
    connection_.Execute("DECLARE rows NO SCROLL CURSOR FOR " + sql);
    for (;;) {
      PgResult rows = connection_.Query(fmt::format("FETCH {} FROM rows", kFetchRows));
      for (int row = 0; row < rows.Rows(); ++row) on_row(rows, row);
      if (rows.Rows() < kFetchRows) break;
    }
    connection_.Execute("CLOSE rows");
  }

  PgConnection connection_;
  int version_ = 0;
};

}  // namespace

std::unique_ptr<Sink> OpenPostgresSink(const std::string& conninfo,
                                       std::chrono::seconds claim_lease) {
  return std::make_unique<PostgresSink>(conninfo, claim_lease);
}

std::unique_ptr<DatasetReader> OpenPostgresReader(const std::string& conninfo) {
  return std::make_unique<PostgresReader>(conninfo);
}

int PostgresSchemaVersion() {
  return kSchemaVersion;
}

void CreatePostgresTables(const std::string& conninfo, int version) {
  PgConnection connection(ConnectionString(conninfo));
  Migrate(connection, version);
}

}  // namespace nianbao::dataset
