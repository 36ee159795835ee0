// From analysed pages to the document's blocks in reading order: paragraphs joined from
// body lines, and tables, a table continued on the next page joined into one.
#pragma once

#include <string>
#include <vector>

#include "page_layout.hpp"

namespace nianbao::pdf {

// Typical body geometry, measured over the whole document.
struct BodyMetrics {
  double left = 0;       // most common left edge of lines
  double right = 0;      // most common right edge of lines
  double font_size = 0;  // most common font size
};

BodyMetrics MeasureBody(const std::vector<PageLayout>& pages);

// 一、… / （一）… / (一)… / 第一章…: a numbered heading of these reports.
bool IsHeadingText(const std::string& text);

// Whether `line` begins a new paragraph after `previous` (the line before it in reading
// order, possibly on the previous page).
bool StartsParagraph(const TextLine& previous, const TextLine& line, const BodyMetrics& body);

// Joins a wrapped line onto a paragraph: no space between CJK characters, one between
// two Latin words.
void AppendLineText(std::string& paragraph, const std::string& line);

// Whether `lower` (first on its page) continues `upper` (last on the previous page):
// same origin and the column boundaries line up.
bool ColumnsLineUp(const PlacedTable& upper, const PlacedTable& lower);

// Appends `lower` to `upper`: columns united, a repeated header row dropped, a row split
// by the page break joined back into one.
void AppendContinuation(PlacedTable& upper, PlacedTable lower);

std::vector<Block> AssembleBlocks(std::vector<PageLayout>& pages);

}  // namespace nianbao::pdf
