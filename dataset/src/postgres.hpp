// RAII wrappers over libpq: a PgConnection owns its PGconn, a PgResult its PGresult, a
// PgTransaction rolls back unless committed. Parameters travel as text in the extended query
// protocol ($1, $2 …). Failures throw nianbao::Error naming the database; a lost connection
// says so, and is never retried behind the caller's back. libpq is called through its table
// (libpq_functions.hpp), loaded with the first connection.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "libpq_functions.hpp"

namespace nianbao::dataset {

struct PgConnectionCloser {
  decltype(&PQfinish) finish;
  void operator()(PGconn* handle) const { finish(handle); }
};
struct PgResultClearer {
  decltype(&PQclear) clear;
  void operator()(PGresult* handle) const { clear(handle); }
};

// Query parameters, each text or NULL.
class PgParams {
 public:
  PgParams& Add(std::string_view text);
  PgParams& Add(const char* text) { return Add(std::string_view(text)); }
  PgParams& Add(const std::string& text) { return Add(std::string_view(text)); }
  PgParams& Add(std::int64_t number);
  PgParams& Add(double number);
  PgParams& Add(bool value);
  PgParams& AddNull();
  PgParams& Add(const std::optional<std::string>& text);
  PgParams& Add(const std::optional<std::int64_t>& number);
  PgParams& Add(const std::optional<double>& number);

  const std::vector<std::optional<std::string>>& values() const { return values_; }

 private:
  std::vector<std::optional<std::string>> values_;
};

class PgResult {
 public:
  PgResult(const LibpqFunctions& pq, PGresult* handle)
      : pq_(&pq), handle_(handle, PgResultClearer{pq.clear}) {}
  int Rows() const;
  bool IsNull(int row, int column) const;
  std::string Text(int row, int column) const;
  std::int64_t Integer(int row, int column) const;
  std::optional<std::string> OptionalText(int row, int column) const;
  std::optional<std::int64_t> OptionalInteger(int row, int column) const;
  std::optional<double> OptionalReal(int row, int column) const;
  // Rows changed by INSERT/UPDATE/DELETE.
  std::int64_t Affected() const;

 private:
  const LibpqFunctions* pq_;
  std::unique_ptr<PGresult, PgResultClearer> handle_;
};

class PgConnection {
 public:
  // `conninfo` as libpq reads it: a postgresql:// URI or key=value pairs; the password from
  // PGPASSWORD or ~/.pgpass. Throws Error(kIo) when the server cannot be reached.
  explicit PgConnection(const std::string& conninfo);

  // Runs one or more statements without parameters or results (simple query protocol).
  void Execute(std::string_view sql);
  // Runs one statement with parameters; its rows, if any.
  PgResult Query(std::string_view sql, const PgParams& params = {});

  const std::string& name() const { return name_; }
  // False once the connection is lost.
  bool IsOpen() const;
  // Sends ROLLBACK, ignoring its outcome (PgTransaction's destructor).
  void RollBackQuietly();

 private:
  [[noreturn]] void Fail(const std::string& what, const PGresult* result) const;
  PgResult Check(PGresult* result, std::string_view sql) const;

  std::string name_;
  const LibpqFunctions& pq_;
  std::unique_ptr<PGconn, PgConnectionCloser> handle_;
};

// BEGIN on construction; ROLLBACK on destruction unless Commit() ran (a lost connection
// rolls back on the server by itself).
class PgTransaction {
 public:
  explicit PgTransaction(PgConnection& connection);
  ~PgTransaction();
  PgTransaction(const PgTransaction&) = delete;
  PgTransaction& operator=(const PgTransaction&) = delete;
  void Commit();

 private:
  PgConnection& connection_;
  bool done_ = false;
};

// The password keyword in a connection string, if it has one (refused: the password belongs
// in PGPASSWORD or ~/.pgpass, never on a command line). Throws Error(kIo) when libpq cannot
// parse the string.
bool ConnectionStringHasPassword(const std::string& conninfo);

}  // namespace nianbao::dataset
