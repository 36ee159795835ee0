// Where the records of a run go: a Sink. The SQLite dataset (Store, store.hpp) is one, a
// PostgreSQL database (postgres_sink.hpp) the other; `--db` says which (IsPostgres). Both hold
// the same tables (docs/dataset.md). A DatasetReader reads a dataset back, whichever kind, for
// `nianbao merge` and `nianbao export`.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "document_rows.hpp"
#include "nianbao/dataset.hpp"

namespace nianbao::dataset {

class Sink {
 public:
  virtual ~Sink() = default;

  // The database as the user named it, for messages.
  virtual const std::string& Name() const = 0;

  // The status (SCHEMA.md: "complete", "partial", "no_data", "error") of the document with
  // this content, if stored.
  virtual std::optional<std::string> StatusOf(const std::string& sha256) = 0;

  // Takes the document with this content for this process until it is stored (Put) or
  // released: false when another process holds it. A claim lapses after a lease unless
  // renewed (RenewClaims), so a process that dies loses it. A database with one writer
  // grants every claim.
  virtual bool Claim(const std::string& sha256) = 0;
  virtual void Release(const std::string& sha256) = 0;
  virtual void RenewClaims() = 0;

  // Stores a document's rows (RowsOf its outcome): its record, with its values, checks,
  // warnings, sections and the place it was read from, replacing any document with the same
  // content, and ends its claim. One transaction.
  virtual void PutRows(const DocumentRows& rows) = 0;
  // The same for the document's outcome (source.sha256 and source.path set).
  void Put(const output::Outcome& outcome, const StoredMeta& meta) {
    PutRows(RowsOf(outcome, meta));
  }

  // Records that the content `sha256` was found at `path` (url, fetched_at from the crawl's
  // fields). Idempotent.
  virtual void AddSource(const SourceRow& source) = 0;

  // An input that could not be opened (`at`: UTC, ISO 8601); cleared when its path is stored.
  virtual void PutInputError(const std::string& path, const std::string& kind,
                             const std::string& message, const std::string& at) = 0;
  virtual void ClearInputError(const std::string& path) = 0;

  // The table runs: one row per run, its arguments at the start and its summary at the end.
  virtual std::int64_t BeginRun(const Json& arguments) = 0;
  virtual void EndRun(std::int64_t run_id, const Json& summary) = 0;

  // After the documents of a run or merge: pages linked to their attachments and the table
  // reports rebuilt, where the database does that itself (SQLite; a PostgreSQL dataset has
  // them made when it is copied or exported).
  virtual void Finish() = 0;
};

// A stored document as a merge copies it.
struct StoredDocument {
  std::string sha256;
  std::string record;  // JSON text
  StoredMeta meta;
};

struct StoredInputError {
  std::string path;
  std::string kind;
  std::string message;
  std::string at;
};

class DatasetReader {
 public:
  virtual ~DatasetReader() = default;
  // In the order they were stored.
  virtual void ForEachDocument(const std::function<void(const StoredDocument&)>& on_document) = 0;
  virtual void ForEachInputError(const std::function<void(const StoredInputError&)>& on_error) = 0;
  virtual void ForEachSource(const std::function<void(const SourceRow&)>& on_source) = 0;
};

// Whether `--db` names a PostgreSQL database: a postgresql:// or postgres:// URI, or libpq's
// key=value form ("dbname=reports host=/run/postgresql"). Anything else is a SQLite file.
bool IsPostgres(const std::string& database);

// How long a claim on a PostgreSQL dataset lives unless renewed (RunOptions::claim_lease).
constexpr std::chrono::seconds kDefaultClaimLease{60};

// Opens (creating and migrating if needed) the dataset `--db` names.
std::unique_ptr<Sink> OpenSink(const std::string& database,
                               std::chrono::seconds claim_lease = kDefaultClaimLease);

// Opens an existing dataset of either kind to read it; throws Error when it is missing, foreign
// or from a newer nianbao.
std::unique_ptr<DatasetReader> OpenReader(const std::string& database);

}  // namespace nianbao::dataset
