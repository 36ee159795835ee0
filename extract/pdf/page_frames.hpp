// Text written sideways or upside down as displayed (a page a viewer or scanner rotated
// after the fact with /Rotate, a landscape table drawn with a rotated text matrix on a
// portrait page) is read along its own writing direction, as pdftotext does: the page's
// content is turned so that text is upright, analysed as any page, and the boxes the
// document reports are turned back to the page as displayed.
#pragma once

#include <vector>

#include "pdf_content.hpp"

namespace nianbao::pdf {

// How a turned view of a page relates to the page as displayed.
struct PageFrame {
  int quarter_turns = 0;  // the text's writing direction turned back to upright
  double width = 0;       // the page as displayed
  double height = 0;

  // A box of the turned view on the page as displayed (top-left origin).
  Box ToDisplay(const Box& box) const;
};

// A view of one page: its characters of one writing direction, upright, with all of the
// page's graphics, turned the same way.
struct FramedPage {
  PageContent content;
  PageFrame frame;
  bool primary = false;  // the view with most text; it also keeps skewed characters
};

// One view per writing direction the page's text uses, in reading order (by where their
// text starts on the displayed page). None for a page whose text is all upright (or that has
// no text): it is read as it is.
std::vector<FramedPage> SplitByDirection(const PageContent& page);

}  // namespace nianbao::pdf
