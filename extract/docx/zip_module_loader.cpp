// The program's Libzip() (libzip_functions.hpp): opens the embedded ZIP module on the first
// DOCX package. PDF, HTML and text files never open it.
#include <string>

#include "libzip_functions.hpp"
#include "nianbao/embedded_module.hpp"
#include "nianbao/error.hpp"

// The module's bytes, placed in the program by the generated nianbao_zip_module_data.cpp.
extern "C" const unsigned char nianbao_zip_module_begin[];
extern "C" const unsigned char nianbao_zip_module_end[];

namespace nianbao::docx_internal {

const LibzipFunctions& Libzip(const std::string& path) {
  // Opened once per process (never unloaded); a failure is kept too, not retried.
  static const ModuleTable<LibzipFunctions> module =
      OpenModuleTable<LibzipFunctions>({"nianbao-zip.so", nianbao_zip_module_begin,
                                        nianbao_zip_module_end, NIANBAO_ZIP_MODULE_ENTRY});
  return RequireModuleTable(module, path, "a DOCX package needs libzip (Debian: libzip4)", "ZIP");
}

}  // namespace nianbao::docx_internal
