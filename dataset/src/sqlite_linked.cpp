// libsqlite3 linked in: the table of its functions, given by the SQLite module's entry and, in
// targets that link libsqlite3 (tests, benchmarks), used directly.
#include "sqlite_functions.hpp"

namespace nianbao::dataset {

const SqliteFunctions& LinkedSqlite() {
  static constexpr SqliteFunctions kLinked{.open_v2 = &sqlite3_open_v2,
                                           .close_v2 = &sqlite3_close_v2,
                                           .errmsg = &sqlite3_errmsg,
                                           .errstr = &sqlite3_errstr,
                                           .busy_timeout = &sqlite3_busy_timeout,
                                           .extended_result_codes = &sqlite3_extended_result_codes,
                                           .exec = &sqlite3_exec,
                                           .free = &sqlite3_free,
                                           .last_insert_rowid = &sqlite3_last_insert_rowid,
                                           .prepare_v2 = &sqlite3_prepare_v2,
                                           .finalize = &sqlite3_finalize,
                                           .step = &sqlite3_step,
                                           .reset = &sqlite3_reset,
                                           .clear_bindings = &sqlite3_clear_bindings,
                                           .bind_text = &sqlite3_bind_text,
                                           .bind_int64 = &sqlite3_bind_int64,
                                           .bind_double = &sqlite3_bind_double,
                                           .bind_blob = &sqlite3_bind_blob,
                                           .bind_null = &sqlite3_bind_null,
                                           .column_type = &sqlite3_column_type,
                                           .column_text = &sqlite3_column_text,
                                           .column_blob = &sqlite3_column_blob,
                                           .column_bytes = &sqlite3_column_bytes,
                                           .column_int64 = &sqlite3_column_int64,
                                           .column_double = &sqlite3_column_double,
                                           .create_function_v2 = &sqlite3_create_function_v2,
                                           .value_text = &sqlite3_value_text,
                                           .value_bytes = &sqlite3_value_bytes,
                                           .result_blob = &sqlite3_result_blob,
                                           .result_error = &sqlite3_result_error};
  return kLinked;
}

}  // namespace nianbao::dataset
