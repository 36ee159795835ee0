// Internal: UTF-8 helpers for matching names in Chinese text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nianbao::region {

// Byte offsets where each code point of `text` starts, plus text.size() at the end.
std::vector<std::size_t> CodePointStarts(std::string_view text);

bool IsHan(std::string_view text);  // every code point a CJK ideograph (and not empty)

// `text` without spaces and line breaks (NormalizeText's output made contiguous).
std::string WithoutWhiteSpace(std::string_view text);

}  // namespace nianbao::region
