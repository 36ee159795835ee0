// The PostgreSQL module's entry (libpq_functions.hpp): the table of libpq linked into it.
#include "libpq_functions.hpp"

extern "C" __attribute__((visibility("default"))) const nianbao::dataset::LibpqFunctions*
nianbao_postgres_module() {
  return &nianbao::dataset::LinkedLibpq();
}
