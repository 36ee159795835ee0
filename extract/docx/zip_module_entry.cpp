// The ZIP module's entry (libzip_functions.hpp): the table of libzip linked into it.
#include "libzip_functions.hpp"

extern "C" __attribute__((visibility("default"))) const nianbao::docx_internal::LibzipFunctions*
nianbao_zip_module() {
  return &nianbao::docx_internal::LinkedLibzip();
}
