// equivalent_ideographs.hpp: Unicode's Equivalent_Unified_Ideograph property
// (EquivalentUnifiedIdeograph.txt, Debian's unicode-data), compiled in at build time.
#pragma once

#include <string_view>
#include <unordered_map>

namespace nianbao::normalize {

// The file as compiled in: comment lines and data lines ("2E8C..2E8D ; 5C0F  # …").
std::string_view EquivalentIdeographsData();

// Radical or stroke code point → its visually equivalent unified ideograph. Throws
// nianbao::Error (kInternal) on a line that is not CODE[..CODE] ; CODE.
std::unordered_map<char32_t, char32_t> ParseEquivalentIdeographs(std::string_view data);

}  // namespace nianbao::normalize
