// The dataset's SQLite store, one Sink (sink.hpp): schema creation and migration
// (PRAGMA user_version), and the one write path, Put(), which stores a record and its
// long-form rows whole or not at all. Documents are committed in groups (kGroupDocuments, or
// kGroupTime, whichever comes first): a run that is killed or fails loses at most its last
// group, never part of a document, and the same command again redoes it.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

#include "nianbao/dataset.hpp"
#include "record_blob.hpp"
#include "sink.hpp"
#include "sqlite.hpp"

namespace nianbao::dataset {

class Store final : public Sink {
 public:
  // Opens (creating if missing) and migrates to CurrentSchemaVersion(); WAL mode.
  explicit Store(const std::string& path);
  // Commits the documents stored since the last commit.
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& Name() const override { return name_; }
  std::optional<std::string> StatusOf(const std::string& sha256) override;

  // The parent of `nianbao run` is the file's only writer: every claim is granted.
  bool Claim(const std::string&) override { return true; }
  void Release(const std::string&) override {}
  void RenewClaims() override {}

  void PutRows(const DocumentRows& rows) override;
  void AddSource(const SourceRow& source) override;
  void PutInputError(const std::string& path, const std::string& kind, const std::string& message,
                     const std::string& at) override;
  void ClearInputError(const std::string& path) override;

  std::int64_t BeginRun(const Json& arguments) override;
  void EndRun(std::int64_t run_id, const Json& summary) override;

  // Commits, then links pages to their attachments and rebuilds the table reports
  // (reports.hpp).
  void Finish() override;

  // The database, for reading and for writes of its own (commits the open group first).
  Database& database() {
    CommitGroup();
    return database_;
  }

 private:
  // A commit writes every page the group changed to the WAL, and the index of values by key
  // has a page changed per key: groups of a few hundred documents write each such page once
  // for all of them.
  static constexpr int kGroupDocuments = 256;
  static constexpr std::chrono::milliseconds kGroupTime{2000};

  void InGroup();      // opens the group's transaction if none is open
  void CommitGroup();  // commits it, if open
  void RollBackGroup();
  void InsertRows(const DocumentRows& rows);
  void InsertSource(const SourceRow& source);
  std::int64_t NameId(const std::string& name);  // the id in `names`, added when new

  std::string name_;
  Database database_;
  Statement find_status_;
  Statement delete_document_;
  Statement insert_document_;
  Statement insert_value_;
  Statement insert_check_;
  Statement insert_warning_;
  Statement insert_section_;
  Statement insert_source_;
  Statement clear_input_error_;
  Statement insert_name_;
  Statement find_name_;
  std::unordered_map<std::string, std::int64_t> name_ids_;
  bool in_group_ = false;
  int documents_in_group_ = 0;
  std::chrono::steady_clock::time_point group_started_;
};

// A temporary folder (in TMPDIR), removed with what it holds.
class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  std::string operator/(const char* name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// A SQLite dataset opened read-only at the current schema version: the file itself, or for an
// older file a migrated copy in TMPDIR (removed with this object), the file left as it is.
class ReadableDataset {
 public:
  explicit ReadableDataset(const std::string& path);
  Database& database() { return database_; }

 private:
  std::optional<TempFolder> copy_;  // outlives the handle on the copy
  Database database_;
};

// Reads stored records back whole (record_blob.hpp): inflated, with the parts stored only in
// the long tables put back.
class RecordReader {
 public:
  explicit RecordReader(Database& database);
  // The rows of document `document_id` in sections, document_values and document_checks.
  RecordParts Parts(std::int64_t document_id);
  // The record JSON text of document `document_id`, whose stored form is in `column` of `row`
  // (documents.record); `where` names the document in errors.
  std::string Text(std::int64_t document_id, const Statement& row, int column,
                   const std::string& where);

 private:
  Statement sections_;
  Statement values_;
  Statement checks_;
};

// Opens an existing dataset read-only, as it is, after checking its schema version is one this
// nianbao knows (ReadableDataset reads an older one as the current version). Throws
// Error(kUnsupported) for a newer or foreign file, and for a PostgreSQL connection (the commands
// that read SQLite only say so).
Database OpenDatasetReadOnly(const std::string& path);

// Reads a SQLite dataset (opened read-only) for `nianbao merge`.
std::unique_ptr<DatasetReader> OpenSqliteReader(const std::string& path);

std::string UtcNow();

// Creates the table `nianbao check` fills, if missing (cross_year.cpp).
void EnsureYearChecksTable(Database& database);

}  // namespace nianbao::dataset
