// The program's Sqlite() (sqlite_functions.hpp): opens the embedded SQLite module when the
// first dataset is opened. `nianbao extract` never opens it.
#include <string>

#include "nianbao/embedded_module.hpp"
#include "nianbao/error.hpp"
#include "sqlite_functions.hpp"

// The module's bytes, placed in the program by the generated sqlite_module_data.cpp.
extern "C" const unsigned char nianbao_sqlite_module_begin[];
extern "C" const unsigned char nianbao_sqlite_module_end[];

namespace nianbao::dataset {

const SqliteFunctions& Sqlite(const std::string& database) {
  // Opened once per process (never unloaded); a failure is kept too, not retried.
  static const ModuleTable<SqliteFunctions> module =
      OpenModuleTable<SqliteFunctions>({"nianbao-sqlite.so", nianbao_sqlite_module_begin,
                                        nianbao_sqlite_module_end, NIANBAO_SQLITE_MODULE_ENTRY});
  return RequireModuleTable(module, database,
                            "a SQLite dataset needs libsqlite3 (Debian: libsqlite3-0)", "SQLite");
}

}  // namespace nianbao::dataset
