// Two readings of the same running text compared character by character.
#include <algorithm>
#include <functional>
#include <string>

#include "steps.hpp"

namespace nianbao::pdf::ocr {
namespace {

using Glyph = Recogniser::Glyph;

// The page's reading with less than this share of the lines' characters lost text (a title
// read as one mark): the lines' reading is taken instead.
constexpr double kMinShareKept = 0.8;
// The lines' reading with less than this share of the page's characters lost the text
// rather than read it otherwise: it is no evidence on the characters.
constexpr double kMinShareCompared = 0.5;

// A character is sure at this confidence: the lines' reading replaces the page's only where
// it is sure and the page's is not (彭 at 0.79 is not replaced by 豆 at 0.82; at 300 dpi
// chi_sim also reads 县 as 具 surely), and a character one reading alone has is kept only
// where it is sure.
constexpr float kSureReading = 0.95f;

bool IsGap(const Glyph& glyph) {
  return glyph.text == " ";
}

std::vector<size_t> Characters(const std::vector<Glyph>& glyphs) {
  std::vector<size_t> characters;
  for (size_t idx = 0; idx < glyphs.size(); ++idx) {
    if (!IsGap(glyphs[idx])) characters.push_back(idx);
  }
  return characters;
}

// One step of the edit-distance alignment of the page's characters with the lines'.
struct Step {
  size_t page = std::string::npos;   // index into the page's characters, or npos
  size_t lines = std::string::npos;  // index into the lines' characters, or npos
};

std::vector<Step> Align(const std::vector<Glyph>& page, const std::vector<size_t>& page_chars,
                        const std::vector<Glyph>& lines, const std::vector<size_t>& line_chars) {
  const size_t rows = page_chars.size(), cols = line_chars.size();
  const auto same = [&](size_t row, size_t col) {
    return page[page_chars[row]].text == lines[line_chars[col]].text;
  };
  std::vector<std::vector<size_t>> cost(rows + 1, std::vector<size_t>(cols + 1, 0));
  for (size_t row = 0; row <= rows; ++row) cost[row][0] = row;
  for (size_t col = 0; col <= cols; ++col) cost[0][col] = col;
  for (size_t row = 1; row <= rows; ++row) {
    for (size_t col = 1; col <= cols; ++col) {
      cost[row][col] = std::min({cost[row - 1][col - 1] + (same(row - 1, col - 1) ? 0 : 1),
                                 cost[row - 1][col] + 1, cost[row][col - 1] + 1});
    }
  }
  std::vector<Step> steps;
  size_t row = rows, col = cols;
  while (row > 0 || col > 0) {
    if (row > 0 && col > 0 &&
        cost[row][col] == cost[row - 1][col - 1] + (same(row - 1, col - 1) ? 0 : 1)) {
      steps.push_back({--row, --col});
    } else if (row > 0 && cost[row][col] == cost[row - 1][col] + 1) {
      steps.push_back({--row, std::string::npos});
    } else {
      steps.push_back({std::string::npos, --col});
    }
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

bool Sure(const Glyph& glyph) {
  return glyph.confidence >= kSureReading;
}

}  // namespace

std::vector<Glyph> MergeReadings(const std::vector<Glyph>& page, const std::vector<Glyph>& lines,
                                 const std::function<bool(const Glyph&)>& inked) {
  const std::vector<size_t> page_chars = Characters(page), line_chars = Characters(lines);
  if (static_cast<double>(page_chars.size()) < kMinShareKept * line_chars.size()) return lines;
  if (static_cast<double>(line_chars.size()) < kMinShareCompared * page_chars.size()) return page;
  std::vector<Glyph> merged;
  bool doubt_next = false;  // a character was left out: the one after it is uncertain too
  const auto doubt = [](Glyph& glyph) {
    glyph.confidence = std::min(glyph.confidence, kDisagreeingReadings);
  };
  const auto keep = [&](Glyph glyph, bool uncertain) {
    if (uncertain || doubt_next) doubt(glyph);
    doubt_next = false;
    merged.push_back(std::move(glyph));
  };
  const auto leave_out = [&] {
    if (!merged.empty()) doubt(merged.back());
    doubt_next = true;
  };
  size_t next_page_glyph = 0;
  for (const Step& step : Align(page, page_chars, lines, line_chars)) {
    if (step.page != std::string::npos) {
      // The page's spaces between words come along with its characters.
      for (; next_page_glyph < page_chars[step.page]; ++next_page_glyph) {
        merged.push_back(page[next_page_glyph]);
      }
      next_page_glyph = page_chars[step.page] + 1;
    }
    if (step.page != std::string::npos && step.lines != std::string::npos) {
      Glyph glyph = page[page_chars[step.page]];
      const Glyph& read_otherwise = lines[line_chars[step.lines]];
      if (read_otherwise.text == glyph.text) {
        keep(std::move(glyph), false);
        continue;
      }
      const float confidence = std::min(glyph.confidence, read_otherwise.confidence);
      if (!Sure(glyph) && Sure(read_otherwise)) glyph = read_otherwise;  // its box too
      glyph.confidence = confidence;
      keep(std::move(glyph), true);
    } else if (step.page != std::string::npos) {
      const Glyph& glyph = page[page_chars[step.page]];
      if (Sure(glyph) && inked(glyph)) {
        keep(glyph, true);
      } else {
        leave_out();  // read by the page alone unsurely or over blank paper: grain
      }
    } else {
      const Glyph& glyph = lines[line_chars[step.lines]];
      if (Sure(glyph) && inked(glyph)) {
        keep(glyph, true);  // a character the page's layout lost
      } else {
        leave_out();
      }
    }
  }
  for (; next_page_glyph < page.size(); ++next_page_glyph) merged.push_back(page[next_page_glyph]);
  return merged;
}

}  // namespace nianbao::pdf::ocr
