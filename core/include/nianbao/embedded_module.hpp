// nianbao/embedded_module.hpp: shared modules embedded in the program, opened on first use.
//
// Some dependencies bring dozens of shared libraries that few runs need: Tesseract and
// Leptonica (~35 libraries) only for scanned pages, libpq (~21) only for a PostgreSQL dataset.
// Linked into the program, the dynamic loader would map and relocate them at every start. So
// the code that calls them is built as a shared module whose bytes are placed in the program's
// file (cmake/NianbaoModules.cmake: nianbao_embedded_module) and opened with dlopen when first
// needed; the program stays one file. A module exports one function, its entry, returning a
// pointer to a table of what it offers (a static object; the module is never unloaded).
#pragma once

#include <string>
#include <string_view>

#include "nianbao/error.hpp"

namespace nianbao {

// A module as the program holds it: the bytes between `begin` and `end` (the symbols
// SYMBOL_begin and SYMBOL_end of cmake/embed_module.cmake) and its entry's name.
struct EmbeddedModule {
  std::string_view file_name;  // "nianbao-ocr.so": the memory file's name, for messages
  const unsigned char* begin = nullptr;
  const unsigned char* end = nullptr;
  const char* entry = nullptr;
};

struct OpenedModule {
  void* entry = nullptr;  // the entry function's address; null when the module did not open
  std::string problem;    // why it did not
};

// Writes the module to an anonymous in-memory file (or, where that is refused, a temporary
// file removed once open), opens it with dlopen and finds its entry. Each call opens it anew:
// keep the result (a function-local static) to open it once per process.
OpenedModule OpenEmbeddedModule(const EmbeddedModule& module);

// The module's table: its entry is `const Table* entry()`. Null with `problem` set when the
// module could not be opened, or when the table has a member `size` (sizeof(Table) where the
// module was built) that is not the program's: a module built from other sources.
template <typename Table>
struct ModuleTable {
  const Table* table = nullptr;
  std::string problem;
};

template <typename Table>
ModuleTable<Table> OpenModuleTable(const EmbeddedModule& module) {
  OpenedModule opened = OpenEmbeddedModule(module);
  if (opened.entry == nullptr) return {nullptr, std::move(opened.problem)};
  auto* entry = reinterpret_cast<const Table* (*)()>(opened.entry);
  const Table* table = entry();
  if constexpr (requires { table->size; }) {
    if (table->size != sizeof(Table)) {
      return {nullptr,
              std::string(module.file_name) + " was built from other sources than the program"};
    }
  }
  return {table, ""};
}

// The opened table, or an Error (kUnsupported) about `path`: `needs` says what the document
// needs and from which Debian package, `name` which module could not be loaded.
template <typename Table>
const Table& RequireModuleTable(const ModuleTable<Table>& module, const std::string& path,
                                std::string_view needs, std::string_view name) {
  if (module.table == nullptr) {
    throw Error(ErrorKind::kUnsupported, path,
                std::string(needs) + "; the " + std::string(name) +
                    " module could not be loaded: " + module.problem);
  }
  return *module.table;
}

}  // namespace nianbao
