// Internal: one document's page of the report.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "nianbao/review.hpp"
#include "page_images.hpp"

namespace nianbao::review {

struct DocumentPageInput {
  const ReviewedDocument* document = nullptr;
  std::vector<schema::PrintedTable> tables;                        // the record's template
  std::map<std::string, std::vector<std::string>> check_operands;  // rule → keys
  std::vector<PageImage> images;                                   // rendered source pages
  std::string image_folder;  // relative to the page ("../img/")
  std::string source_note;   // why (part of) the source cannot be shown; "" when it can
};

std::string DocumentPageHtml(const DocumentPageInput& input);

// The pages holding most values first (for bounding the images rendered).
std::vector<int> PagesByValueCount(const schema::Record& record, int at_most);

}  // namespace nianbao::review
