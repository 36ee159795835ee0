// code_points.hpp: UTF-8 <-> code points, and the small character classes the normalize
// stage shares (white space, width folding of the full-width ASCII block).
#pragma once

#include <string>
#include <string_view>

namespace nianbao::normalize {

// Decodes UTF-8; every malformed sequence becomes U+FFFD, so hostile bytes never stop us.
std::u32string DecodeUtf8(std::string_view text);

// Encodes code points as UTF-8.
std::string EncodeUtf8(std::u32string_view code_points);
void AppendUtf8(char32_t code_point, std::string& out);

// Every kind of white space a report cell or label can carry: ASCII space, tab, line
// breaks, U+3000, NBSP and the other Unicode spaces, plus the invisible zero-width
// characters and the byte-order mark that copy-paste leaves behind.
bool IsWhiteSpace(char32_t code_point);

// Line breaks: \n, \r, U+0085, U+2028, U+2029, vertical tab and form feed.
bool IsLineBreak(char32_t code_point);

// Width folding of one code point: the full-width ASCII block U+FF01..U+FF5E to ASCII,
// U+3000 to a space, and the minus look-alikes (U+2212 minus sign, U+FE63 small
// hyphen-minus) to '-'. Everything else is returned unchanged.
char32_t FoldWidth(char32_t code_point);

bool IsAsciiDigit(char32_t code_point);

// Prose clean-up: each white-space run becomes one ASCII space, or, when it holds line
// breaks, those line breaks as '\n' (\r\n counts once) without the spaces around them.
// White space at the start and end of the text is dropped.
std::string CollapseWhiteSpace(std::u32string_view text);

}  // namespace nianbao::normalize
