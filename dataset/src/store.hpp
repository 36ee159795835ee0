// The dataset's SQLite store, one Sink (sink.hpp): schema creation and migration
// (PRAGMA user_version), and the one write path, Put(), which stores a record and its
// long-form rows in one transaction.
#pragma once

#include <optional>
#include <string>

#include "nianbao/dataset.hpp"
#include "sink.hpp"
#include "sqlite.hpp"

namespace nianbao::dataset {

class Store final : public Sink {
 public:
  // Opens (creating if missing) and migrates to CurrentSchemaVersion(); WAL mode.
  explicit Store(const std::string& path);

  const std::string& Name() const override { return name_; }
  std::optional<std::string> StatusOf(const std::string& sha256) override;

  // The parent of `nianbao run` is the file's only writer: every claim is granted.
  bool Claim(const std::string&) override { return true; }
  void Release(const std::string&) override {}
  void RenewClaims() override {}

  void Put(const output::Outcome& outcome, const StoredMeta& meta) override;
  void AddSource(const SourceRow& source) override;
  void PutInputError(const std::string& path, const std::string& kind, const std::string& message,
                     const std::string& at) override;
  void ClearInputError(const std::string& path) override;

  std::int64_t BeginRun(const Json& arguments) override;
  void EndRun(std::int64_t run_id, const Json& summary) override;

  // Links pages to their attachments and rebuilds the table reports (reports.hpp).
  void Finish() override;

  Database& database() { return database_; }

 private:
  void InsertSource(const SourceRow& source);

  std::string name_;
  Database database_;
  Statement find_status_;
};

// Opens an existing dataset read-only, after checking its schema version is one this nianbao
// knows. Throws Error(kUnsupported) for a newer or foreign file, and for a PostgreSQL
// connection (the commands that read SQLite only say so).
Database OpenDatasetReadOnly(const std::string& path);

// Reads a SQLite dataset (opened read-only) for `nianbao merge`.
std::unique_ptr<DatasetReader> OpenSqliteReader(const std::string& path);

std::string UtcNow();

// Creates the table `nianbao check` fills, if missing (cross_year.cpp).
void EnsureYearChecksTable(Database& database);

}  // namespace nianbao::dataset
