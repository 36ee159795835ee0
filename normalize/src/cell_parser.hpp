// cell_parser.hpp: one table cell's text to a CellValue. The rules are documented on
// Normalizer::ParseCell in nianbao/normalize.hpp.
#pragma once

#include <string_view>

#include "nianbao/normalize.hpp"

namespace nianbao::normalize {

CellValue ParseCellText(std::string_view text);

}  // namespace nianbao::normalize
