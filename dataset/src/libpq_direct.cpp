// Libpq() in targets that link libpq (every target but the nianbao program).
#include "libpq_functions.hpp"

namespace nianbao::dataset {

const LibpqFunctions& Libpq(const std::string&) {
  return LinkedLibpq();
}

}  // namespace nianbao::dataset
