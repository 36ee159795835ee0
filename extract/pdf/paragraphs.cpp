#include <algorithm>
#include <cmath>
#include <map>
#include <regex>

#include "assembly.hpp"

namespace nianbao::pdf {
namespace {

constexpr double kIndentEm = 0.8;          // left edge this far right of the body: indented
constexpr double kShortLineEm = 1.5;       // right edge this far left of the body: line ended
constexpr double kParagraphGapEm = 1.5;    // vertical gap above this: a new paragraph
constexpr double kSizeChangeShare = 0.12;  // font size change above this share: new paragraph
constexpr double kCentredEm = 1.0;         // centre this close to the body's: centred
constexpr double kTitleSizeShare = 1.1;    // lines this much bigger than body text: display

double ModeOf(const std::vector<double>& values, double bucket) {
  std::map<long, int> counts;
  for (double value : values) ++counts[std::lround(value / bucket)];
  long best = 0;
  int best_count = -1;
  for (const auto& [key, count] : counts) {
    if (count > best_count) {
      best = key;
      best_count = count;
    }
  }
  return static_cast<double>(best) * bucket;
}

bool IsAsciiWordByte(char32_t code) {
  return (code >= '0' && code <= '9') || (code >= 'A' && code <= 'Z') ||
         (code >= 'a' && code <= 'z');
}

// The right margin: justified body lines all end there, so it is the right edge most
// lines share (on a tie the rightmost: short last lines can share an edge too).
double SharedRightEdge(const std::vector<double>& rights) {
  std::map<long, int> counts;
  for (double right : rights) ++counts[std::lround(right)];
  long best = 0;
  int best_count = 0;
  for (const auto& [edge, count] : counts) {
    if (count >= best_count) {
      best = edge;
      best_count = count;
    }
  }
  return static_cast<double>(best);
}

}  // namespace

BodyMetrics MeasureBody(const std::vector<PageLayout>& pages) {
  std::vector<double> lefts, rights, sizes;
  for (const PageLayout& page : pages) {
    for (const TextLine& line : page.lines) {
      lefts.push_back(line.box.x0);
      rights.push_back(line.box.x1);
      sizes.push_back(line.font_size);
    }
  }
  BodyMetrics body;
  if (sizes.empty()) return body;
  body.font_size = ModeOf(sizes, 0.5);
  body.left = ModeOf(lefts, 1.0);
  body.right = SharedRightEdge(rights);
  if (body.right <= body.left) body.right = *std::max_element(rights.begin(), rights.end());
  return body;
}

bool IsHeadingText(const std::string& text) {
  static const std::regex kHeading(
      "^\\s*("
      "(一|二|三|四|五|六|七|八|九|十)+(、|．|\\.)"
      "|(（|\\()(一|二|三|四|五|六|七|八|九|十)+(）|\\))"
      "|第(一|二|三|四|五|六|七|八|九|十)+(章|节|部分)"
      ")");
  return std::regex_search(text, kHeading);
}

bool StartsParagraph(const TextLine& previous, const TextLine& line, const BodyMetrics& body) {
  const std::string text = line.Text();
  if (IsHeadingText(text)) return true;
  const double em = std::max(previous.font_size, 1.0);
  const bool same_size = std::abs(line.font_size - previous.font_size) <=
                         kSizeChangeShare * std::max(line.font_size, previous.font_size);
  if (!same_size) return true;
  if (line.page == previous.page && line.box.top - previous.box.bottom > kParagraphGapEm * em) {
    return true;
  }
  const double middle = (body.left + body.right) / 2;
  auto centred = [&](const TextLine& candidate) {
    return std::abs((candidate.box.x0 + candidate.box.x1) / 2 - middle) < kCentredEm * em;
  };
  const bool display = previous.font_size > kTitleSizeShare * body.font_size ||
                       previous.box.x0 > body.left + kCentredEm * em;
  if (centred(previous) && centred(line) && line.box.x0 > body.left + kCentredEm * em && display) {
    return false;  // a centred title wrapped over two lines
  }
  if (line.box.x0 > body.left + kIndentEm * em) return true;
  // A short line ending in ASCII before an unindented line starting with a Latin letter or
  // digit: a URL or long word that did not fit, not the end of the paragraph.
  const char32_t last = LastCodePoint(previous.Text());
  if (last > 0x20 && last < 0x80 && IsAsciiWordByte(FirstCodePoint(text))) return false;
  if (previous.box.x1 < body.right - kShortLineEm * em) return true;
  return false;
}

void AppendLineText(std::string& paragraph, const std::string& line) {
  if (!paragraph.empty() && IsAsciiWordByte(LastCodePoint(paragraph)) &&
      IsAsciiWordByte(FirstCodePoint(line))) {
    paragraph += ' ';
  }
  paragraph += line;
}

}  // namespace nianbao::pdf
