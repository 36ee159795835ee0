// The dataset's SQLite store: schema creation and migration (PRAGMA user_version), and the
// one write path, Put(), which stores a record and its long-form rows in one transaction.
#pragma once

#include <optional>
#include <string>

#include "nianbao/dataset.hpp"
#include "sqlite.hpp"

namespace nianbao::dataset {

// Facts about a stored document that are not in its record.
struct StoredMeta {
  std::string processed_at;  // UTC, ISO 8601
  std::optional<std::int64_t> duration_ms;
};

class Store {
 public:
  // Opens (creating if missing) and migrates to CurrentSchemaVersion(); WAL mode.
  explicit Store(const std::string& path);

  // The status ("ok", "partial", "failed") of the document with this content, if stored.
  std::optional<std::string> StatusOf(const std::string& sha256);

  // Stores the record (SCHEMA.md JSON; source.sha256 required), replacing any document with
  // the same content. One transaction.
  void Put(const Json& record, const StoredMeta& meta);

  void PutInputError(const std::string& path, const std::string& kind, const std::string& message);
  void ClearInputError(const std::string& path);

  std::int64_t BeginRun(const Json& arguments);
  void EndRun(std::int64_t run_id, const Json& summary);

  Database& database() { return database_; }

 private:
  Database database_;
  Statement find_status_;
};

// Opens an existing dataset read-only, after checking its schema version is one this nianbao
// knows. Throws Error(kUnsupported) for a newer or foreign file.
Database OpenDatasetReadOnly(const std::string& path);

// "ok", "partial" or "failed", from the record's error, warnings and null values.
std::string RecordStatus(const Json& record);

std::string UtcNow();

// Creates the table `nianbao check` fills, if missing (cross_year.cpp).
void EnsureYearChecksTable(Database& database);

}  // namespace nianbao::dataset
