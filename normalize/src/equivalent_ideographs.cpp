#include "equivalent_ideographs.hpp"

#include <fmt/format.h>

#include <charconv>
#include <optional>

#include "nianbao/error.hpp"

namespace nianbao::normalize {
namespace {

constexpr const char* kFileName = "EquivalentUnifiedIdeograph.txt";

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return text;
}

std::optional<char32_t> HexCodePoint(std::string_view text) {
  text = Trim(text);
  unsigned value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
  if (error != std::errc() || end != text.data() + text.size() || text.size() < 4 ||
      value > 0x10FFFF) {
    return std::nullopt;
  }
  return static_cast<char32_t>(value);
}

[[noreturn]] void ThrowBadLine(int line_number, std::string_view line) {
  Location location;
  location.line = line_number;
  throw Error(ErrorKind::kInternal, kFileName,
              fmt::format("data line {} is not CODE[..CODE] ; CODE: '{}'", line_number, line),
              location);
}

}  // namespace

std::unordered_map<char32_t, char32_t> ParseEquivalentIdeographs(std::string_view data) {
  std::unordered_map<char32_t, char32_t> table;
  int line_number = 0;
  while (!data.empty()) {
    const size_t newline = data.find('\n');
    std::string_view line = data.substr(0, newline);
    data.remove_prefix(newline == std::string_view::npos ? data.size() : newline + 1);
    ++line_number;
    line = Trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    const size_t semicolon = line.find(';');
    if (semicolon == std::string_view::npos) ThrowBadLine(line_number, line);
    const std::string_view range = line.substr(0, semicolon);
    const size_t dots = range.find("..");
    const auto first = HexCodePoint(range.substr(0, dots));
    const auto last = dots == std::string_view::npos ? first : HexCodePoint(range.substr(dots + 2));
    const auto unified = HexCodePoint(line.substr(semicolon + 1));
    if (!first || !last || !unified || *last < *first) ThrowBadLine(line_number, line);
    for (char32_t code_point = *first; code_point <= *last; ++code_point) {
      table.emplace(code_point, *unified);
    }
  }
  return table;
}

}  // namespace nianbao::normalize
