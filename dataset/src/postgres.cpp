#include "postgres.hpp"

#include <fmt/core.h>

#include <string>

#include "nianbao/error.hpp"

namespace nianbao::dataset {
namespace {

struct ConninfoFreer {
  decltype(&PQconninfoFree) conninfo_free;
  void operator()(PQconninfoOption* options) const { conninfo_free(options); }
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
  return pq_->ntuples(handle_.get());
}

bool PgResult::IsNull(int row, int column) const {
  return pq_->getisnull(handle_.get(), row, column) != 0;
}

std::string PgResult::Text(int row, int column) const {
  return std::string(pq_->getvalue(handle_.get(), row, column),
                     static_cast<std::size_t>(pq_->getlength(handle_.get(), row, column)));
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
  const char* count = pq_->cmd_tuples(handle_.get());
  return count && *count ? std::stoll(count) : 0;
}

PgConnection::PgConnection(const std::string& conninfo)
    : name_(conninfo),
      pq_(Libpq(conninfo)),
      handle_(pq_.connectdb(conninfo.c_str()), PgConnectionCloser{pq_.finish}) {
  if (!handle_) throw Error(ErrorKind::kIo, name_, "PostgreSQL: out of memory connecting");
  if (pq_.status(handle_.get()) != CONNECTION_OK) {
    std::string detail = OneLine(pq_.error_message(handle_.get()));
    if (detail.find("password") != std::string::npos) {
      detail += " (nianbao takes the password from PGPASSWORD or ~/.pgpass)";
    } else if (detail.find("does not exist") != std::string::npos) {
      detail += " (make it first, e.g. `createdb`; nianbao makes its tables itself)";
    }
    throw Error(ErrorKind::kIo, name_, "PostgreSQL: cannot connect: " + detail);
  }
  if (pq_.set_client_encoding(handle_.get(), "UTF8") != 0) {
    Fail("cannot use UTF-8 with this server", nullptr);
  }
  Execute("SET client_min_messages = warning");
}

void PgConnection::Fail(const std::string& what, const PGresult* result) const {
  if (pq_.status(handle_.get()) == CONNECTION_BAD) {
    throw Error(ErrorKind::kIo, name_,
                "PostgreSQL: lost the connection to the database (" +
                    OneLine(pq_.error_message(handle_.get())) +
                    "); what was being written was rolled back: run the same command again "
                    "to resume");
  }
  std::string detail = result ? OneLine(pq_.result_error_message(result))
                              : OneLine(pq_.error_message(handle_.get()));
  throw Error(ErrorKind::kIo, name_, "PostgreSQL: " + what + ": " + detail);
}

PgResult PgConnection::Check(PGresult* raw, std::string_view sql) const {
  PgResult result(pq_, raw);
  ExecStatusType status = raw ? pq_.result_status(raw) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    std::string what = "in " + std::string(sql.substr(0, 60));
    Fail(what, raw);
  }
  return result;
}

void PgConnection::Execute(std::string_view sql) {
  std::string text(sql);
  Check(pq_.exec(handle_.get(), text.c_str()), sql);
}

PgResult PgConnection::Query(std::string_view sql, const PgParams& params) {
  std::string text(sql);
  std::vector<const char*> values;
  for (const std::optional<std::string>& value : params.values()) {
    values.push_back(value ? value->c_str() : nullptr);
  }
  return Check(pq_.exec_params(handle_.get(), text.c_str(), static_cast<int>(values.size()),
                               nullptr, values.data(), nullptr, nullptr, 0),
               sql);
}

bool PgConnection::IsOpen() const {
  return pq_.status(handle_.get()) == CONNECTION_OK;
}

void PgConnection::RollBackQuietly() {
  if (IsOpen()) pq_.clear(pq_.exec(handle_.get(), "ROLLBACK"));
}

PgTransaction::PgTransaction(PgConnection& connection) : connection_(connection) {
  connection_.Execute("BEGIN");
}

PgTransaction::~PgTransaction() {
  if (!done_) connection_.RollBackQuietly();
}

void PgTransaction::Commit() {
  connection_.Execute("COMMIT");
  done_ = true;
}

bool ConnectionStringHasPassword(const std::string& conninfo) {
  const LibpqFunctions& pq = Libpq(conninfo);
  char* message = nullptr;
  std::unique_ptr<PQconninfoOption, ConninfoFreer> options(
      pq.conninfo_parse(conninfo.c_str(), &message), ConninfoFreer{pq.conninfo_free});
  if (!options) {
    std::string detail = OneLine(message);
    pq.freemem(message);
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
