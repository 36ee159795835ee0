#include "postgres.hpp"

#include <fmt/core.h>

#include <string>

#include "nianbao/error.hpp"

namespace nianbao::dataset {
namespace {

struct ConninfoFreer {
  void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

// libpq's messages end in a line break; a message is one line here.
std::string OneLine(const char* text) {
  std::string line;
  for (const char* at = text ? text : ""; *at != '\0'; ++at) {
    bool space = *at == '\n' || *at == '\t' || *at == ' ';
    if (space && (line.empty() || line.back() == ' ')) continue;
    line.push_back(space ? ' ' : *at);
  }
  if (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

}  // namespace

PgParams& PgParams::Add(std::string_view text) {
  values_.emplace_back(std::string(text));
  return *this;
}

PgParams& PgParams::Add(std::int64_t number) {
  values_.emplace_back(std::to_string(number));
  return *this;
}

PgParams& PgParams::Add(double number) {
  values_.emplace_back(fmt::format("{}", number));  // shortest text that reads back the same
  return *this;
}

PgParams& PgParams::Add(bool value) {
  values_.emplace_back(value ? "true" : "false");
  return *this;
}

PgParams& PgParams::AddNull() {
  values_.emplace_back(std::nullopt);
  return *this;
}

PgParams& PgParams::Add(const std::optional<std::string>& text) {
  return text ? Add(std::string_view(*text)) : AddNull();
}

PgParams& PgParams::Add(const std::optional<std::int64_t>& number) {
  return number ? Add(*number) : AddNull();
}

PgParams& PgParams::Add(const std::optional<double>& number) {
  return number ? Add(*number) : AddNull();
}

int PgResult::Rows() const {
  return PQntuples(handle_.get());
}

bool PgResult::IsNull(int row, int column) const {
  return PQgetisnull(handle_.get(), row, column) != 0;
}

std::string PgResult::Text(int row, int column) const {
  return std::string(PQgetvalue(handle_.get(), row, column),
                     static_cast<std::size_t>(PQgetlength(handle_.get(), row, column)));
}

std::int64_t PgResult::Integer(int row, int column) const {
  return IsNull(row, column) ? 0 : std::stoll(Text(row, column));
}

std::optional<std::string> PgResult::OptionalText(int row, int column) const {
  if (IsNull(row, column)) return std::nullopt;
  return Text(row, column);
}

std::optional<std::int64_t> PgResult::OptionalInteger(int row, int column) const {
  if (IsNull(row, column)) return std::nullopt;
  return std::stoll(Text(row, column));
}

std::optional<double> PgResult::OptionalReal(int row, int column) const {
  if (IsNull(row, column)) return std::nullopt;
  return std::stod(Text(row, column));
}

std::int64_t PgResult::Affected() const {
  const char* count = PQcmdTuples(handle_.get());
  return count && *count ? std::stoll(count) : 0;
}

PgConnection::PgConnection(const std::string& conninfo) : name_(conninfo) {
  handle_.reset(PQconnectdb(conninfo.c_str()));
  if (!handle_) throw Error(ErrorKind::kIo, name_, "PostgreSQL: out of memory connecting");
  if (PQstatus(handle_.get()) != CONNECTION_OK) {
    std::string detail = OneLine(PQerrorMessage(handle_.get()));
    if (detail.find("password") != std::string::npos) {
      detail += " (nianbao takes the password from PGPASSWORD or ~/.pgpass)";
    } else if (detail.find("does not exist") != std::string::npos) {
      detail += " (make it first, e.g. `createdb`; nianbao makes its tables itself)";
    }
    throw Error(ErrorKind::kIo, name_, "PostgreSQL: cannot connect: " + detail);
  }
  if (PQsetClientEncoding(handle_.get(), "UTF8") != 0) {
    Fail("cannot use UTF-8 with this server", nullptr);
  }
  Execute("SET client_min_messages = warning");
}

void PgConnection::Fail(const std::string& what, const PGresult* result) const {
  if (PQstatus(handle_.get()) == CONNECTION_BAD) {
    throw Error(ErrorKind::kIo, name_,
                "PostgreSQL: lost the connection to the database (" +
                    OneLine(PQerrorMessage(handle_.get())) +
                    "); what was being written was rolled back: run the same command again "
                    "to resume");
  }
  std::string detail =
      result ? OneLine(PQresultErrorMessage(result)) : OneLine(PQerrorMessage(handle_.get()));
  throw Error(ErrorKind::kIo, name_, "PostgreSQL: " + what + ": " + detail);
}

PgResult PgConnection::Check(PGresult* raw, std::string_view sql) const {
  PgResult result(raw);
  ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    std::string what = "in " + std::string(sql.substr(0, 60));
    Fail(what, raw);
  }
  return result;
}

void PgConnection::Execute(std::string_view sql) {
  std::string text(sql);
  Check(PQexec(handle_.get(), text.c_str()), sql);
}

PgResult PgConnection::Query(std::string_view sql, const PgParams& params) {
  std::string text(sql);
  std::vector<const char*> values;
  for (const std::optional<std::string>& value : params.values()) {
    values.push_back(value ? value->c_str() : nullptr);
  }
  return Check(PQexecParams(handle_.get(), text.c_str(), static_cast<int>(values.size()), nullptr,
                            values.data(), nullptr, nullptr, 0),
               sql);
}

PgTransaction::PgTransaction(PgConnection& connection) : connection_(connection) {
  connection_.Execute("BEGIN");
}

PgTransaction::~PgTransaction() {
  if (done_ || PQstatus(connection_.handle()) != CONNECTION_OK) return;
  PGresult* result = PQexec(connection_.handle(), "ROLLBACK");
  PQclear(result);
}

void PgTransaction::Commit() {
  connection_.Execute("COMMIT");
  done_ = true;
}

bool ConnectionStringHasPassword(const std::string& conninfo) {
  char* message = nullptr;
  std::unique_ptr<PQconninfoOption, ConninfoFreer> options(
      PQconninfoParse(conninfo.c_str(), &message));
  if (!options) {
    std::string detail = OneLine(message);
    PQfreemem(message);
    throw Error(ErrorKind::kIo, conninfo, "not a PostgreSQL connection string: " + detail);
  }
  for (PQconninfoOption* option = options.get(); option->keyword != nullptr; ++option) {
    if (std::string_view(option->keyword) == "password" && option->val != nullptr &&
        *option->val != '\0') {
      return true;
    }
  }
  return false;
}

}  // namespace nianbao::dataset
