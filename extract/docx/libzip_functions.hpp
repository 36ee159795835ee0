// The libzip functions the DOCX reader calls (zip_archive.cpp), as a table. libzip brings
// libcrypto (OpenSSL, ~3,400 symbols bound at load) and libbz2, which only DOCX and DOC files
// need, so the nianbao program does not link it: the table comes from a module embedded in the
// program (nianbao-zip.so, nianbao/embedded_module.hpp), opened on the first DOCX package.
// Which table a target gets is chosen at link time (CMakeLists.txt here): the program gets the
// module's (zip_module_loader.cpp), every other target libzip linked (libzip_linked.cpp).
#pragma once

#include <zip.h>

#include <cstddef>
#include <string>

namespace nianbao::docx_internal {

struct LibzipFunctions {
  // sizeof(LibzipFunctions) where the table was built: a module from other sources than the
  // program is refused (they are built together, so this is a sanity check).
  std::size_t size = sizeof(LibzipFunctions);
  decltype(&zip_error_init) error_init = nullptr;
  decltype(&zip_error_fini) error_fini = nullptr;
  decltype(&zip_error_strerror) error_strerror = nullptr;
  decltype(&zip_source_buffer_create) source_buffer_create = nullptr;
  decltype(&zip_source_free) source_free = nullptr;
  decltype(&zip_open_from_source) open_from_source = nullptr;
  decltype(&zip_discard) discard = nullptr;
  decltype(&zip_name_locate) name_locate = nullptr;
  decltype(&zip_stat_init) stat_init = nullptr;
  decltype(&zip_stat_index) stat_index = nullptr;
  decltype(&zip_strerror) strerror = nullptr;
  decltype(&zip_fopen_index) fopen_index = nullptr;
  decltype(&zip_fread) fread = nullptr;
  decltype(&zip_fclose) fclose = nullptr;
  decltype(&zip_file_strerror) file_strerror = nullptr;
};

// The table; throws Error(kUnsupported) naming `path` when libzip cannot be loaded.
const LibzipFunctions& Libzip(const std::string& path);

// libzip linked in (libzip_linked.cpp): the table the module gives and linked targets use.
const LibzipFunctions& LinkedLibzip();

}  // namespace nianbao::docx_internal

// The ZIP module's one exported symbol: returns &LinkedLibzip().
#define NIANBAO_ZIP_MODULE_ENTRY "nianbao_zip_module"
