#include "page_images.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "nianbao/error.hpp"
#include "nianbao/pdf_debug.hpp"

namespace nianbao::review {

std::vector<PageImage> RenderPages(std::string_view bytes, const std::string& path,
                                   const std::vector<int>& pages, double dpi,
                                   const std::filesystem::path& folder, const std::string& prefix,
                                   std::string& problem) {
  std::vector<PageImage> images;
  if (pages.empty()) return images;
  std::vector<pdf_debug::PageImage> drawn;
  try {
    drawn = pdf_debug::RenderPagesPng(bytes, path, pages, dpi);
  } catch (const Error& error) {
    problem = std::string("the pages cannot be drawn: ") + error.what();
    return images;
  }
  for (const pdf_debug::PageImage& page : drawn) {
    PageImage image;
    image.page = page.page;
    image.file = prefix + "-p" + std::to_string(page.page) + ".png";
    image.width_px = page.width_px;
    image.height_px = page.height_px;
    image.width_pt = page.width_pt;
    image.height_pt = page.height_pt;
    image.bytes = page.png.size();
    errno = 0;
    std::ofstream out(folder / image.file, std::ios::binary | std::ios::trunc);
    out << page.png;
    out.close();
    if (!out) {
      std::string cause = "cannot write the page image: ";
      cause.append(errno != 0 ? std::strerror(errno) : "the write failed");
      throw Error(ErrorKind::kIo, (folder / image.file).string(), cause);
    }
    images.push_back(std::move(image));
  }
  return images;
}

}  // namespace nianbao::review
