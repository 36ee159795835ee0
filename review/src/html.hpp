// Internal: what the report's pages share: escaping, the style sheet, SVG bar charts.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nianbao/markup_escape.hpp"

namespace nianbao::review {

// The CJK font stack every page and chart names.
inline constexpr const char* kFontStack =
    "'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', sans-serif";

// <!doctype html> … <body>, with the shared style sheet; `extra_css` appended.
std::string PageHead(std::string_view title, std::string_view extra_css = {});

// A horizontal bar chart as inline SVG: one bar per (label, count), in the given order.
std::string BarChart(std::string_view title, const std::vector<std::pair<std::string, int>>& bars);

// "1234.5" without a trailing ".0" for whole numbers.
std::string FormatNumber(double value);

}  // namespace nianbao::review
