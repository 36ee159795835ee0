// libzip linked in: the table of its functions, given by the ZIP module's entry and, in
// targets that link libzip (tests, benchmarks), used directly.
#include "libzip_functions.hpp"

namespace nianbao::docx_internal {

const LibzipFunctions& LinkedLibzip() {
  static constexpr LibzipFunctions kLinked{.error_init = &zip_error_init,
                                           .error_fini = &zip_error_fini,
                                           .error_strerror = &zip_error_strerror,
                                           .source_buffer_create = &zip_source_buffer_create,
                                           .source_free = &zip_source_free,
                                           .open_from_source = &zip_open_from_source,
                                           .discard = &zip_discard,
                                           .name_locate = &zip_name_locate,
                                           .stat_init = &zip_stat_init,
                                           .stat_index = &zip_stat_index,
                                           .strerror = &zip_strerror,
                                           .fopen_index = &zip_fopen_index,
                                           .fread = &zip_fread,
                                           .fclose = &zip_fclose,
                                           .file_strerror = &zip_file_strerror};
  return kLinked;
}

}  // namespace nianbao::docx_internal
