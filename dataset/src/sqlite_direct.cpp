// Sqlite() in targets that link libsqlite3 (every target but the nianbao program).
#include "sqlite_functions.hpp"

namespace nianbao::dataset {

const SqliteFunctions& Sqlite(const std::string&) {
  return LinkedSqlite();
}

}  // namespace nianbao::dataset
