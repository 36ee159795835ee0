// Libzip() in targets that link libzip (every target but the nianbao program).
#include "libzip_functions.hpp"

namespace nianbao::docx_internal {

const LibzipFunctions& Libzip(const std::string&) {
  return LinkedLibzip();
}

}  // namespace nianbao::docx_internal
