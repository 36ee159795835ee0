// The libpq functions the PostgreSQL dataset calls (postgres.cpp), as a table. libpq brings
// some 21 shared libraries (Kerberos, LDAP, gnutls …) that only `--db postgresql://…` needs,
// so the nianbao program does not link it: the table comes from a module embedded in the
// program (nianbao-postgres.so, nianbao/embedded_module.hpp), opened on the first connection.
// Which table a target gets is chosen at link time (dataset/CMakeLists.txt): the program gets
// the module's (postgres_module_loader.cpp), every other target (tests, benchmarks) libpq
// linked as usual (libpq_linked.cpp).
#pragma once

#include <libpq-fe.h>

#include <cstddef>
#include <string>

namespace nianbao::dataset {

struct LibpqFunctions {
  // sizeof(LibpqFunctions) where the table was built: a module from other sources than the
  // program is refused (they are built together, so this is a sanity check).
  std::size_t size = sizeof(LibpqFunctions);
  decltype(&PQconnectdb) connectdb = nullptr;
  decltype(&PQfinish) finish = nullptr;
  decltype(&PQstatus) status = nullptr;
  decltype(&PQerrorMessage) error_message = nullptr;
  decltype(&PQsetClientEncoding) set_client_encoding = nullptr;
  decltype(&PQexec) exec = nullptr;
  decltype(&PQexecParams) exec_params = nullptr;
  decltype(&PQresultStatus) result_status = nullptr;
  decltype(&PQresultErrorMessage) result_error_message = nullptr;
  decltype(&PQclear) clear = nullptr;
  decltype(&PQntuples) ntuples = nullptr;
  decltype(&PQgetisnull) getisnull = nullptr;
  decltype(&PQgetvalue) getvalue = nullptr;
  decltype(&PQgetlength) getlength = nullptr;
  decltype(&PQcmdTuples) cmd_tuples = nullptr;
  decltype(&PQconninfoParse) conninfo_parse = nullptr;
  decltype(&PQconninfoFree) conninfo_free = nullptr;
  decltype(&PQfreemem) freemem = nullptr;
};

// The table; throws Error(kUnsupported) naming `database` when libpq cannot be loaded.
const LibpqFunctions& Libpq(const std::string& database);

// libpq linked in (libpq_linked.cpp): the table the module gives and linked targets use.
const LibpqFunctions& LinkedLibpq();

}  // namespace nianbao::dataset

// The PostgreSQL module's one exported symbol: returns &LinkedLibpq().
#define NIANBAO_POSTGRES_MODULE_ENTRY "nianbao_postgres_module"
