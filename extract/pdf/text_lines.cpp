#include "text_lines.hpp"

#include <algorithm>
#include <cmath>

namespace nianbao::pdf {
namespace {

bool IsWhitespace(const std::string& text) {
  if (text.empty()) return false;
  return text == " " || text == "\t" || text == "\xE3\x80\x80" /* U+3000 */ ||
         text == "\xC2\xA0" /* NBSP */;
}

bool IsAsciiWordChar(char32_t code) {
  return code > 0x20 && code < 0x80;
}

Box Union(const Box& a, const Box& b) {
  return {std::min(a.x0, b.x0), std::min(a.top, b.top), std::max(a.x1, b.x1),
          std::max(a.bottom, b.bottom)};
}

}  // namespace

char32_t FirstCodePoint(const std::string& text) {
  if (text.empty()) return 0;
  const auto lead = static_cast<unsigned char>(text[0]);
  if (lead < 0x80) return lead;
  int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
  char32_t code = lead & (0x3F >> extra);
  for (int idx = 1; idx <= extra && idx < static_cast<int>(text.size()); ++idx) {
    code = (code << 6) | (static_cast<unsigned char>(text[idx]) & 0x3F);
  }
  return code;
}

std::vector<char32_t> CodePoints(const std::string& text) {
  std::vector<char32_t> codes;
  size_t idx = 0;
  while (idx < text.size()) {
    const auto lead = static_cast<unsigned char>(text[idx]);
    const size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    codes.push_back(FirstCodePoint(text.substr(idx, length)));
    idx += length;
  }
  return codes;
}

bool IsIdeograph(char32_t code) {
  return (code >= 0x3400 && code <= 0x9FFF) || (code >= 0xF900 && code <= 0xFAFF);
}

char32_t LastCodePoint(const std::string& text) {
  if (text.empty()) return 0;
  size_t start = text.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return FirstCodePoint(text.substr(start));
}

std::string TextLine::Text() const {
  std::string text;
  for (const TextRun& run : runs) {
    if (!text.empty()) text += ' ';
    text += run.text;
  }
  return text;
}

size_t CountCodePoints(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  }));
}

std::vector<float> TextLine::OcrConfidence() const {
  const bool any = std::any_of(runs.begin(), runs.end(),
                               [](const TextRun& run) { return !run.ocr_confidence.empty(); });
  std::vector<float> confidence;
  if (!any) return confidence;
  for (const TextRun& run : runs) {
    if (!confidence.empty()) confidence.push_back(1.0f);
    if (run.ocr_confidence.empty()) {
      confidence.insert(confidence.end(), CountCodePoints(run.text), 1.0f);
    } else {
      confidence.insert(confidence.end(), run.ocr_confidence.begin(), run.ocr_confidence.end());
    }
  }
  return confidence;
}

JoinedText JoinLineCharsWithConfidence(const std::vector<const PdfChar*>& chars,
                                       double space_gap_em) {
  JoinedText joined;
  std::string& text = joined.text;
  std::vector<float>& confidence = joined.ocr_confidence;
  bool pending_space = false;
  const PdfChar* previous = nullptr;
  for (const PdfChar* glyph : chars) {
    if (IsWhitespace(glyph->text)) {
      pending_space = true;
      continue;
    }
    const std::string shown = glyph->garbled && glyph->text.empty() ? "\xEF\xBF\xBD" : glyph->text;
    if (previous != nullptr && !text.empty()) {
      const double gap = glyph->box.x0 - previous->box.x1;
      const bool gap_reads_as_space = gap > space_gap_em * std::max(glyph->font_size, 1.0);
      if ((pending_space || gap_reads_as_space) && IsAsciiWordChar(LastCodePoint(text)) &&
          IsAsciiWordChar(FirstCodePoint(shown))) {
        text += ' ';
        confidence.push_back(1.0f);
      }
    }
    text += shown;
    confidence.insert(confidence.end(), CountCodePoints(shown),
                      glyph->ocr_confidence.value_or(1.0f));
    pending_space = false;
    previous = glyph;
  }
  const bool any_ocr = std::any_of(chars.begin(), chars.end(), [](const PdfChar* glyph) {
    return glyph->ocr_confidence.has_value();
  });
  if (!any_ocr) confidence.clear();
  return joined;
}

std::string JoinLineChars(const std::vector<const PdfChar*>& chars, double space_gap_em) {
  return JoinLineCharsWithConfidence(chars, space_gap_em).text;
}

std::vector<TextLine> BuildLines(const std::vector<const PdfChar*>& chars, int page,
                                 const TextLineSettings& settings) {
  std::vector<const PdfChar*> ordered;
  ordered.reserve(chars.size());
  for (const PdfChar* glyph : chars) {
    if (glyph->upright) ordered.push_back(glyph);
  }
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const PdfChar* a, const PdfChar* b) { return a->CentreY() < b->CentreY(); });

  // Cluster by vertical centre.
  std::vector<std::vector<const PdfChar*>> clusters;
  double cluster_centre = 0;
  for (const PdfChar* glyph : ordered) {
    const double tolerance = settings.same_line_share * std::max(glyph->font_size, 1.0);
    if (clusters.empty() || glyph->CentreY() - cluster_centre > tolerance) {
      clusters.emplace_back();
      cluster_centre = glyph->CentreY();
    }
    clusters.back().push_back(glyph);
  }

  std::vector<TextLine> lines;
  lines.reserve(clusters.size());
  for (auto& cluster : clusters) {
    std::stable_sort(cluster.begin(), cluster.end(),
                     [](const PdfChar* a, const PdfChar* b) { return a->box.x0 < b->box.x0; });
    TextLine line;
    line.page = page;
    std::vector<const PdfChar*> run_chars;
    auto flush_run = [&] {
      std::vector<const PdfChar*> visible;
      for (const PdfChar* glyph : run_chars) {
        if (!IsWhitespace(glyph->text)) visible.push_back(glyph);
      }
      run_chars.clear();
      if (visible.empty()) return;
      TextRun run;
      JoinedText joined = JoinLineCharsWithConfidence(visible, settings.space_gap_em);
      run.text = std::move(joined.text);
      run.ocr_confidence = std::move(joined.ocr_confidence);
      run.box = visible.front()->box;
      for (const PdfChar* glyph : visible) run.box = Union(run.box, glyph->box);
      line.box = line.runs.empty() ? run.box : Union(line.box, run.box);
      line.runs.push_back(std::move(run));
    };
    const PdfChar* last_visible = nullptr;
    for (const PdfChar* glyph : cluster) {
      line.font_size = std::max(line.font_size, glyph->font_size);
      if (IsWhitespace(glyph->text)) {
        run_chars.push_back(glyph);
        continue;
      }
      if (last_visible != nullptr && glyph->box.x0 - last_visible->box.x1 >
                                         settings.run_gap_em * std::max(glyph->font_size, 1.0)) {
        flush_run();
      }
      run_chars.push_back(glyph);
      last_visible = glyph;
    }
    flush_run();
    if (!line.runs.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace nianbao::pdf
