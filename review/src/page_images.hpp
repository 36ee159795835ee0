// Internal: PDF pages drawn by the PDF reader's Poppler (pdf_debug.hpp), written as images.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::review {

struct PageImage {
  int page = 0;      // 1-based
  std::string file;  // name inside the image folder
  int width_px = 0;
  int height_px = 0;
  double width_pt = 0;  // the displayed page (after its /Rotate)
  double height_pt = 0;
  std::uintmax_t bytes = 0;
};

// Renders `pages` (1-based; those not in the file are skipped) of the PDF in `bytes` into
// `folder` as <prefix>-p<N>.png. Returns the images written; when the PDF cannot be drawn
// `problem` says why (the page then shows its values without images).
std::vector<PageImage> RenderPages(std::string_view bytes, const std::string& path,
                                   const std::vector<int>& pages, double dpi,
                                   const std::filesystem::path& folder, const std::string& prefix,
                                   std::string& problem);

}  // namespace nianbao::review
