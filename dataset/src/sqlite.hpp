// RAII wrappers over the SQLite C API: a Database owns its sqlite3 handle, a Statement its
// sqlite3_stmt, a Transaction rolls back unless committed. Failures throw nianbao::Error.
// SQLite's functions come through a table (sqlite_functions.hpp): in the program, from a
// module opened with the first database.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "sqlite_functions.hpp"

namespace nianbao::dataset {

struct DatabaseCloser {
  const SqliteFunctions* sqlite = nullptr;
  void operator()(sqlite3* handle) const { sqlite->close_v2(handle); }
};
struct StatementFinalizer {
  const SqliteFunctions* sqlite = nullptr;
  void operator()(sqlite3_stmt* handle) const { sqlite->finalize(handle); }
};

class Statement;

class Database {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  Database(const std::string& path, Mode mode);

  // Runs one or more statements without results.
  void Execute(std::string_view sql);
  Statement Prepare(std::string_view sql);
  std::int64_t LastInsertId() const;
  int UserVersion();
  void SetUserVersion(int version);

  const std::string& path() const { return path_; }
  sqlite3* handle() const { return handle_.get(); }
  const SqliteFunctions& sqlite() const { return *sqlite_; }

 private:
  std::string path_;
  const SqliteFunctions* sqlite_;
  std::unique_ptr<sqlite3, DatabaseCloser> handle_;
};

class Statement {
 public:
  Statement(Database& database, std::string_view sql);

  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, const std::string& text) {
    return Bind(index, std::string_view(text));
  }
  Statement& Bind(int index, const char* text) { return Bind(index, std::string_view(text)); }
  Statement& Bind(int index, std::int64_t number);
  Statement& Bind(int index, double number);
  Statement& BindNull(int index);
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& Bind(int index, const std::optional<std::string>& text);
  Statement& Bind(int index, const std::optional<std::int64_t>& number);
  Statement& Bind(int index, const std::optional<double>& number);

  // Advances to the next row; false when done.
  bool Step();
  // Runs a statement that returns no rows, then resets it for reuse.
  void Run();
  void Reset();

  bool IsNull(int column) const;
  std::string Text(int column) const;
  std::string Blob(int column) const;
  std::int64_t Integer(int column) const;
  double Real(int column) const;
  std::optional<std::string> OptionalText(int column) const;
  std::optional<std::int64_t> OptionalInteger(int column) const;
  std::optional<double> OptionalReal(int column) const;

 private:
  void Check(int code, const char* what) const;
  Database* database_;
  std::unique_ptr<sqlite3_stmt, StatementFinalizer> handle_;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless Commit() ran.
class Transaction {
 public:
  explicit Transaction(Database& database);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit();

 private:
  Database& database_;
  bool done_ = false;
};

}  // namespace nianbao::dataset
