// The SQLite module's entry (sqlite_functions.hpp): the table of libsqlite3 linked into it.
#include "sqlite_functions.hpp"

extern "C" __attribute__((visibility("default"))) const nianbao::dataset::SqliteFunctions*
nianbao_sqlite_module() {
  return &nianbao::dataset::LinkedSqlite();
}
