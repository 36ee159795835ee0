// The program's Libpq() (libpq_functions.hpp): opens the embedded PostgreSQL module on the
// first connection to a PostgreSQL dataset. Runs into SQLite never open it.
#include <string>

#include "libpq_functions.hpp"
#include "nianbao/embedded_module.hpp"
#include "nianbao/error.hpp"

// The module's bytes, placed in the program by the generated postgres_module_data.cpp.
extern "C" const unsigned char nianbao_postgres_module_begin[];
extern "C" const unsigned char nianbao_postgres_module_end[];

namespace nianbao::dataset {

const LibpqFunctions& Libpq(const std::string& database) {
  // Opened once per process (never unloaded); a failure is kept too, not retried.
  static const ModuleTable<LibpqFunctions> module =
      OpenModuleTable<LibpqFunctions>({"nianbao-postgres.so", nianbao_postgres_module_begin,
                                       nianbao_postgres_module_end, NIANBAO_POSTGRES_MODULE_ENTRY});
  return RequireModuleTable(module, database, "a PostgreSQL dataset needs libpq (Debian: libpq5)",
                            "PostgreSQL");
}

}  // namespace nianbao::dataset
