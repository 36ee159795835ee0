// Internal to the text reader: lines of a text dump into paragraphs and tables.
#pragma once

#include <string_view>
#include <vector>

#include "nianbao/extract.hpp"

namespace nianbao::extract_internal {

// Splits UTF-8 text (any line endings) into Paragraph and Table blocks, as described at the
// top of text_reader.cpp. Never fails: text without tab lines gives paragraphs only.
std::vector<Block> LayOutTextDump(std::string_view text);

}  // namespace nianbao::extract_internal
