#include "sink.hpp"

#include <cctype>

#include "postgres_sink.hpp"
#include "store.hpp"

namespace nianbao::dataset {

bool IsPostgres(const std::string& database) {
  if (database.rfind("postgresql://", 0) == 0 || database.rfind("postgres://", 0) == 0) {
    return true;
  }
  // key=value: a keyword of letters and underscores, then '=' (a file name rarely looks so).
  std::size_t at = 0;
  while (at < database.size() && std::isspace(static_cast<unsigned char>(database[at]))) ++at;
  std::size_t start = at;
  while (at < database.size() &&
         (std::islower(static_cast<unsigned char>(database[at])) || database[at] == '_')) {
    ++at;
  }
  if (at == start) return false;
  while (at < database.size() && database[at] == ' ') ++at;
  return at < database.size() && database[at] == '=';
}

std::unique_ptr<Sink> OpenSink(const std::string& database, std::chrono::seconds claim_lease) {
  if (IsPostgres(database)) return OpenPostgresSink(database, claim_lease);
  return std::make_unique<Store>(database);
}

std::unique_ptr<DatasetReader> OpenReader(const std::string& database) {
  if (IsPostgres(database)) return OpenPostgresReader(database);
  return OpenSqliteReader(database);
}

}  // namespace nianbao::dataset
