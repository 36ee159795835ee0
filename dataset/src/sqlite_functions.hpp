// The SQLite functions the dataset calls (sqlite.cpp, store.cpp), as a table. libsqlite3 binds
// some 1,500 symbols of its own when it is loaded, and only the dataset commands use it, so the
// nianbao program does not link it: the table comes from a module embedded in the program
// (nianbao-sqlite.so, nianbao/embedded_module.hpp), opened when the first dataset is opened;
// `nianbao extract` never loads it. Which table a target gets is chosen at link time
// (dataset/CMakeLists.txt): the program gets the module's (sqlite_module_loader.cpp), every
// other target (tests, benchmarks) libsqlite3 linked as usual (sqlite_linked.cpp).
#pragma once

#include <sqlite3.h>

#include <cstddef>
#include <string>

namespace nianbao::dataset {

struct SqliteFunctions {
  // sizeof(SqliteFunctions) where the table was built: a module from other sources than the
  // program is refused (they are built together, so this is a sanity check).
  std::size_t size = sizeof(SqliteFunctions);
  decltype(&sqlite3_open_v2) open_v2 = nullptr;
  decltype(&sqlite3_close_v2) close_v2 = nullptr;
  decltype(&sqlite3_errmsg) errmsg = nullptr;
  decltype(&sqlite3_errstr) errstr = nullptr;
  decltype(&sqlite3_busy_timeout) busy_timeout = nullptr;
  decltype(&sqlite3_extended_result_codes) extended_result_codes = nullptr;
  decltype(&sqlite3_exec) exec = nullptr;
  decltype(&sqlite3_free) free = nullptr;
  decltype(&sqlite3_last_insert_rowid) last_insert_rowid = nullptr;
  decltype(&sqlite3_prepare_v2) prepare_v2 = nullptr;
  decltype(&sqlite3_finalize) finalize = nullptr;
  decltype(&sqlite3_step) step = nullptr;
  decltype(&sqlite3_reset) reset = nullptr;
  decltype(&sqlite3_clear_bindings) clear_bindings = nullptr;
  decltype(&sqlite3_bind_text) bind_text = nullptr;
  decltype(&sqlite3_bind_int64) bind_int64 = nullptr;
  decltype(&sqlite3_bind_double) bind_double = nullptr;
  decltype(&sqlite3_bind_blob) bind_blob = nullptr;
  decltype(&sqlite3_bind_null) bind_null = nullptr;
  decltype(&sqlite3_column_type) column_type = nullptr;
  decltype(&sqlite3_column_text) column_text = nullptr;
  decltype(&sqlite3_column_blob) column_blob = nullptr;
  decltype(&sqlite3_column_bytes) column_bytes = nullptr;
  decltype(&sqlite3_column_int64) column_int64 = nullptr;
  decltype(&sqlite3_column_double) column_double = nullptr;
  decltype(&sqlite3_create_function_v2) create_function_v2 = nullptr;
  decltype(&sqlite3_value_text) value_text = nullptr;
  decltype(&sqlite3_value_bytes) value_bytes = nullptr;
  decltype(&sqlite3_result_blob) result_blob = nullptr;
  decltype(&sqlite3_result_error) result_error = nullptr;
};

// The table; throws Error(kUnsupported) naming `database` when libsqlite3 cannot be loaded.
const SqliteFunctions& Sqlite(const std::string& database);

// libsqlite3 linked in (sqlite_linked.cpp): the table the module gives and linked targets use.
const SqliteFunctions& LinkedSqlite();

}  // namespace nianbao::dataset

// The SQLite module's one exported symbol: returns &LinkedSqlite().
#define NIANBAO_SQLITE_MODULE_ENTRY "nianbao_sqlite_module"
