// nianbao/markup_escape.hpp: text made safe for XML, SVG and HTML content and attribute values
// (the debug drawings and the review report write markup by hand).
#pragma once

#include <string>
#include <string_view>

namespace nianbao {

// < > & " ' as character references; everything else unchanged.
std::string EscapeMarkup(std::string_view text);

}  // namespace nianbao
