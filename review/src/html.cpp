#include "html.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "nianbao/markup_escape.hpp"

namespace nianbao::review {

std::string PageHead(std::string_view title, std::string_view extra_css) {
  std::string head = fmt::format(
      "<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>\n",
      EscapeMarkup(title));
  head +=
      fmt::format("body{{font-family:{};margin:1.2em;color:#222;font-size:14px}}\n", kFontStack);
  head +=
      "h1{font-size:1.35em}h2{font-size:1.1em;margin-top:1.4em}\n"
      "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:2px 5px}\n"
      "th{background:#f2f2f2;font-weight:normal}\n"
      ".status-complete{color:#176b2c}.status-partial{color:#9a6100}"
      ".status-no_data{color:#555}.status-error{color:#b00020}\n"
      ".charts{display:flex;flex-wrap:wrap;gap:1.5em}\n";
  head += extra_css;
  head += "</style></head>\n<body>\n";
  return head;
}

std::string BarChart(std::string_view title, const std::vector<std::pair<std::string, int>>& bars) {
  constexpr int kBarHeight = 18;
  constexpr int kLabelWidth = 170;
  constexpr int kBarWidth = 220;
  int largest = 1;
  for (const auto& bar : bars) largest = std::max(largest, bar.second);
  const int height = static_cast<int>(std::max<size_t>(bars.size(), 1)) * kBarHeight + 24;
  std::string svg = fmt::format(
      "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" "
      "height=\"{}\" role=\"img\" aria-label=\"{}\" font-family=\"{}\" font-size=\"12\">\n"
      "<text x=\"0\" y=\"14\" font-weight=\"bold\">{}</text>\n",
      kLabelWidth + kBarWidth + 60, height, EscapeMarkup(title), EscapeMarkup(kFontStack),
      EscapeMarkup(title));
  int y = 22;
  if (bars.empty()) svg += "<text x=\"0\" y=\"34\" fill=\"#666\">none</text>\n";
  for (const auto& [label, count] : bars) {
    const double width = static_cast<double>(kBarWidth) * count / largest;
    svg += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"#4a78c2\"/>"
        "<text x=\"{:.1f}\" y=\"{}\">{}</text>\n",
        kLabelWidth - 6, y + 12, EscapeMarkup(label), kLabelWidth, y + 2, std::max(width, 1.0),
        kBarHeight - 5, kLabelWidth + width + 4, y + 12, count);
    y += kBarHeight;
  }
  svg += "</svg></figure>\n";
  return svg;
}

std::string FormatNumber(double value) {
  if (std::isfinite(value) && value == std::round(value) && std::abs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(value));
  }
  return fmt::format("{}", value);
}

}  // namespace nianbao::review
