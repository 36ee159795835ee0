// What the fuzz targets assert about a Document, beyond "no crash": the model's own promises.
// The targets abort on a broken promise (libFuzzer keeps the input as a finding); the
// regression test (tests/fuzz/) replays past findings and checks the same promises.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <variant>

#include "nianbao/extract.hpp"
#include "utf8.hpp"  // extract/src: internal to the stage, shared with its tests

namespace nianbao::fuzz {

using extract_internal::IsValidUtf8;  // the readers' own definition of well-formed

[[noreturn]] inline void Fail(const char* what) {
  std::fprintf(stderr, "fuzz check failed: %s\n", what);
  std::abort();
}

// The first broken promise, or nullptr: text is valid UTF-8 (the JSON writer needs it) and
// every cell lies inside its table.
inline const char* BrokenPromise(const Document& document) {
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      if (!IsValidUtf8(paragraph->text)) return "paragraph text is not UTF-8";
      continue;
    }
    const auto& table = std::get<Table>(block);
    for (const Cell& cell : table.cells) {
      if (!IsValidUtf8(cell.text)) return "cell text is not UTF-8";
      if (cell.row < 0 || cell.col < 0 || cell.rowspan < 1 || cell.colspan < 1 ||
          cell.EndRow() > table.rows || cell.EndCol() > table.cols) {
        return "cell outside its table";
      }
    }
  }
  for (const Diagnostic& diagnostic : document.diagnostics) {
    if (!IsValidUtf8(diagnostic.message)) return "diagnostic is not UTF-8";
  }
  return nullptr;
}

inline void CheckDocument(const Document& document) {
  if (const char* broken = BrokenPromise(document)) Fail(broken);
}

}  // namespace nianbao::fuzz
