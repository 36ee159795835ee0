#include "sqlite.hpp"

#include "nianbao/error.hpp"

namespace nianbao::dataset {
namespace {

constexpr int kBusyTimeoutMs = 10000;

[[noreturn]] void Fail(const SqliteFunctions& sqlite, const std::string& path, sqlite3* handle,
                       const std::string& what) {
  std::string detail = handle ? sqlite.errmsg(handle) : "out of memory";
  throw Error(ErrorKind::kIo, path, "SQLite: " + what + ": " + detail);
}

}  // namespace

Database::Database(const std::string& path, Mode mode)
    : path_(path), sqlite_(&Sqlite(path)), handle_(nullptr, DatabaseCloser{sqlite_}) {
  sqlite3* raw = nullptr;
  int flags =
      mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int code = sqlite_->open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  handle_.reset(raw);
  if (code != SQLITE_OK) {
    Fail(*sqlite_, path, raw,
         mode == Mode::kReadOnly ? "cannot open the database"
                                 : "cannot open or create the database");
  }
  sqlite_->busy_timeout(raw, kBusyTimeoutMs);
  sqlite_->extended_result_codes(raw, 1);
}

void Database::Execute(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  int code = sqlite_->exec(handle_.get(), text.c_str(), nullptr, nullptr, &message);
  if (code != SQLITE_OK) {
    std::string detail = message ? message : sqlite_->errstr(code);
    sqlite_->free(message);
    throw Error(ErrorKind::kIo, path_, "SQLite: " + detail + " (in: " + text.substr(0, 80) + ")");
  }
}

Statement Database::Prepare(std::string_view sql) {
  return Statement(*this, sql);
}

std::int64_t Database::LastInsertId() const {
  return sqlite_->last_insert_rowid(handle_.get());
}

int Database::UserVersion() {
  Statement statement(*this, "PRAGMA user_version");
  statement.Step();
  return static_cast<int>(statement.Integer(0));
}

void Database::SetUserVersion(int version) {
  Execute("PRAGMA user_version = " + std::to_string(version));
}

Statement::Statement(Database& database, std::string_view sql)
    : database_(&database), handle_(nullptr, StatementFinalizer{&database.sqlite()}) {
  sqlite3_stmt* raw = nullptr;
  int code = database_->sqlite().prepare_v2(database.handle(), sql.data(),
                                            static_cast<int>(sql.size()), &raw, nullptr);
  handle_.reset(raw);
  if (code != SQLITE_OK) {
    Fail(database.sqlite(), database.path(), database.handle(),
         "cannot prepare " + std::string(sql.substr(0, 80)));
  }
}

void Statement::Check(int code, const char* what) const {
  if (code != SQLITE_OK) Fail(database_->sqlite(), database_->path(), database_->handle(), what);
}

Statement& Statement::Bind(int index, std::string_view text) {
  Check(database_->sqlite().bind_text(handle_.get(), index, text.data(),
                                      static_cast<int>(text.size()), SQLITE_TRANSIENT),
        "bind text");
  return *this;
}

Statement& Statement::Bind(int index, std::int64_t number) {
  Check(database_->sqlite().bind_int64(handle_.get(), index, number), "bind integer");
  return *this;
}

Statement& Statement::Bind(int index, double number) {
  Check(database_->sqlite().bind_double(handle_.get(), index, number), "bind real");
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  Check(database_->sqlite().bind_blob(handle_.get(), index, bytes.data(),
                                      static_cast<int>(bytes.size()), SQLITE_TRANSIENT),
        "bind blob");
  return *this;
}

Statement& Statement::BindNull(int index) {
  Check(database_->sqlite().bind_null(handle_.get(), index), "bind null");
  return *this;
}

Statement& Statement::Bind(int index, const std::optional<std::string>& text) {
  return text ? Bind(index, std::string_view(*text)) : BindNull(index);
}

Statement& Statement::Bind(int index, const std::optional<std::int64_t>& number) {
  return number ? Bind(index, *number) : BindNull(index);
}

Statement& Statement::Bind(int index, const std::optional<double>& number) {
  return number ? Bind(index, *number) : BindNull(index);
}

bool Statement::Step() {
  int code = database_->sqlite().step(handle_.get());
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  Fail(database_->sqlite(), database_->path(), database_->handle(), "statement failed");
}

void Statement::Run() {
  while (Step()) {
  }
  Reset();
}

void Statement::Reset() {
  database_->sqlite().reset(handle_.get());
  database_->sqlite().clear_bindings(handle_.get());
}

bool Statement::IsNull(int column) const {
  return database_->sqlite().column_type(handle_.get(), column) == SQLITE_NULL;
}

std::string Statement::Text(int column) const {
  const unsigned char* text = database_->sqlite().column_text(handle_.get(), column);
  int size = database_->sqlite().column_bytes(handle_.get(), column);
  return text ? std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(size)) : "";
}

std::string Statement::Blob(int column) const {
  const void* bytes = database_->sqlite().column_blob(handle_.get(), column);
  int size = database_->sqlite().column_bytes(handle_.get(), column);
  return bytes ? std::string(static_cast<const char*>(bytes), static_cast<size_t>(size)) : "";
}

std::int64_t Statement::Integer(int column) const {
  return database_->sqlite().column_int64(handle_.get(), column);
}

double Statement::Real(int column) const {
  return database_->sqlite().column_double(handle_.get(), column);
}

std::optional<std::string> Statement::OptionalText(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Text(column);
}

std::optional<std::int64_t> Statement::OptionalInteger(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Integer(column);
}

std::optional<double> Statement::OptionalReal(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Real(column);
}

Transaction::Transaction(Database& database) : database_(database) {
  database_.Execute("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (done_) return;
  database_.sqlite().exec(database_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::Commit() {
  database_.Execute("COMMIT");
  done_ = true;
}

}  // namespace nianbao::dataset
