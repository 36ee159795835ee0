// Page furniture: page numbers, running headers and footers. They are not body text.
#include <algorithm>
#include <map>
#include <regex>
#include <set>

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

}  // namespace

bool IsPageNumberText(const std::string& text) {
  static const std::regex kPattern(
      "^([0-9]+|\xE7\xAC\xAC[0-9]+\xE9\xA1\xB5(\xE5\x85\xB1[0-9]+\xE9\xA1\xB5)?|[0-9]+/[0-9]+|"
      "[Pp]age[0-9]+(of[0-9]+)?)$");  // N, 第N页(共M页), N/M, Page N (of M)
  const std::string core = TrimDashes(WithoutSpaces(text));
  return !core.empty() && std::regex_match(core, kPattern);
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
