// Page furniture: page numbers, running headers and footers. They are not body text.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "page_layout.hpp"

namespace nianbao::pdf {
namespace {

constexpr const char* kDashes[] = {
    "-", "\xE2\x80\x94", "\xE2\x80\x93", "\xEF\xBC\x8D", "\xE2\x80\x95",
    "~", "\xC2\xB7",     "\xE2\x80\xA2"};
// A running header or footer is on at least this share of the pages (and two of them).
constexpr double kRunningShare = 0.5;

std::string WithoutSpaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

std::string TrimDashes(std::string text) {
  bool trimmed = true;
  while (trimmed && !text.empty()) {
    trimmed = false;
    for (const char* dash : kDashes) {
      const std::string dash_text(dash);
      if (text.starts_with(dash_text)) {
        text.erase(0, dash_text.size());
        trimmed = true;
      }
      if (text.ends_with(dash_text)) {
        text.erase(text.size() - dash_text.size());
        trimmed = true;
      }
    }
  }
  return text;
}

// The line's text with digits as '#': page 3's footer and page 4's have the same key.
std::string RunningKey(const std::string& text) {
  std::string key;
  for (char c : WithoutSpaces(text)) key += (c >= '0' && c <= '9') ? '#' : c;
  return key;
}

bool InBand(const TextLine& line, const PageLayout& page, double band) {
  return line.box.bottom <= page.height * band || line.box.top >= page.height * (1 - band);
}

// Moves `at` past a run of ASCII digits; false when there is none.
bool SkipDigits(std::string_view text, size_t& at) {
  const size_t start = at;
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
  return at > start;
}

// Moves `at` past `word` when the text goes on with it.
bool SkipText(std::string_view text, size_t& at, std::string_view word) {
  if (!text.substr(at).starts_with(word)) return false;
  at += word.size();
  return true;
}

}  // namespace

bool IsPageNumberText(const std::string& text) {
  // N, 第N页(共M页), N/M, Page N (of M), spaces and dashes around taken off. (Read by hand:
  // compiling the same std::regex cost ~1% of a one-file `nianbao extract`.)
  const std::string core = TrimDashes(WithoutSpaces(text));
  const std::string_view rest = core;
  size_t at = 0;
  bool read = false;
  if (SkipText(rest, at, "第")) {
    read = SkipDigits(rest, at) && SkipText(rest, at, "页") &&
           (at == rest.size() ||
            (SkipText(rest, at, "共") && SkipDigits(rest, at) && SkipText(rest, at, "页")));
  } else if (SkipText(rest, at, "Page") || SkipText(rest, at, "page")) {
    read = SkipDigits(rest, at) &&
           (at == rest.size() || (SkipText(rest, at, "of") && SkipDigits(rest, at)));
  } else {
    read = SkipDigits(rest, at) &&
           (at == rest.size() || (SkipText(rest, at, "/") && SkipDigits(rest, at)));
  }
  return read && at == rest.size();
}

void SetFurnitureApart(std::vector<PageLayout>& pages, const PageLayoutSettings& settings) {
  std::map<std::string, std::set<int>> pages_by_key;
  for (const PageLayout& page : pages) {
    for (const TextLine& line : page.lines) {
      if (InBand(line, page, settings.furniture_band)) {
        pages_by_key[RunningKey(line.Text())].insert(page.page);
      }
    }
  }
  std::set<int> page_numbers;  // a page read in several views (page_frames.hpp) counts once
  for (const PageLayout& page : pages) page_numbers.insert(page.page);
  const size_t running_minimum = std::max<size_t>(
      2, static_cast<size_t>(kRunningShare * static_cast<double>(page_numbers.size())));
  for (PageLayout& page : pages) {
    std::vector<TextLine> body;
    for (TextLine& line : page.lines) {
      const bool furniture = InBand(line, page, settings.furniture_band) &&
                             (IsPageNumberText(line.Text()) ||
                              pages_by_key[RunningKey(line.Text())].size() >= running_minimum);
      (furniture ? page.furniture : body).push_back(std::move(line));
    }
    page.lines = std::move(body);
  }
}

}  // namespace nianbao::pdf
