// The characters ICU's Traditional-Simplified transliterator changes, generated at build time
// from the ICU the program links (normalize/tools/make_traditional_set.cpp).
#pragma once

#include <cstddef>
#include <iterator>

namespace nianbao::normalize {

struct CodePointRange {
  char32_t first;
  char32_t last;
};

extern const CodePointRange kTraditionalChars[];
extern const std::size_t kTraditionalCharRanges;

}  // namespace nianbao::normalize
