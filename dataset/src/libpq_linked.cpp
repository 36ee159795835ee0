// libpq linked in: the table of its functions, given by the PostgreSQL module's entry and,
// in targets that link libpq (tests, benchmarks), used directly.
#include "libpq_functions.hpp"

namespace nianbao::dataset {

const LibpqFunctions& LinkedLibpq() {
  static constexpr LibpqFunctions kLinked{.connectdb = &PQconnectdb,
                                          .finish = &PQfinish,
                                          .status = &PQstatus,
                                          .error_message = &PQerrorMessage,
                                          .set_client_encoding = &PQsetClientEncoding,
                                          .exec = &PQexec,
                                          .exec_params = &PQexecParams,
                                          .result_status = &PQresultStatus,
                                          .result_error_message = &PQresultErrorMessage,
                                          .clear = &PQclear,
                                          .ntuples = &PQntuples,
                                          .getisnull = &PQgetisnull,
                                          .getvalue = &PQgetvalue,
                                          .getlength = &PQgetlength,
                                          .cmd_tuples = &PQcmdTuples,
                                          .conninfo_parse = &PQconninfoParse,
                                          .conninfo_free = &PQconninfoFree,
                                          .freemem = &PQfreemem};
  return kLinked;
}

}  // namespace nianbao::dataset
