// What the PDF reader keeps of one read when ReadOptions::keep_trace asks: per page, the
// content loaded from Poppler, the lattice steps, the tables handed to assembly and the
// lines set apart as furniture (decided over all pages). Drawings (page_svg.cpp) use only
// this, so they show the read the document came from.
#pragma once

#include <memory>
#include <vector>

#include "page_layout.hpp"

namespace nianbao {

struct ReadTrace {
  struct Page {
    pdf::PageContent content;
    pdf::lattice::LatticeTrace lattice;
    std::vector<pdf::PlacedTable> tables;        // lattice and stream, before joining across pages
    std::vector<pdf::TextLine> furniture;        // page numbers, running headers and footers
    std::shared_ptr<const pdf::ScanTrace> scan;  // a page read by OCR: its image and readings
  };
  std::vector<Page> pages;  // the pages read, in order (page i + 1 at index i)
};

}  // namespace nianbao
