// Poppler's Splash rasteriser: pages to 8-bit grey images (the one use of Poppler outside
// poppler_loader.cpp, which has already set Poppler's globals up when this runs).
#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <splash/SplashBitmap.h>

#include "nianbao/error.hpp"
#include "steps.hpp"

namespace nianbao::pdf::ocr {

struct PageRenderer::Poppler {
  std::unique_ptr<PDFDoc> document;
  std::unique_ptr<SplashOutputDev> device;
};

PageRenderer::PageRenderer(std::string_view bytes, const std::string& path)
    : poppler_(std::make_unique<Poppler>()) {
  // MemStream borrows the bytes (they outlive the renderer); PDFDoc owns the stream.
  auto* stream =
      new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  poppler_->document = std::make_unique<PDFDoc>(stream);
  if (!poppler_->document->isOk()) {
    throw Error(ErrorKind::kDamaged, path, "the PDF cannot be opened again to render its scans");
  }
  SplashColor white{255, 255, 255, 255};
  poppler_->device = std::make_unique<SplashOutputDev>(splashModeMono8, 4, false, white);
  poppler_->device->startDoc(poppler_->document.get());
}

PageRenderer::~PageRenderer() = default;

PixPtr PageRenderer::RenderGrey(int page_number, double dpi) {
  poppler_->document->displayPage(poppler_->device.get(), page_number, dpi, dpi, 0, false, true,
                                  false);
  SplashBitmap* bitmap = poppler_->device->getBitmap();
  const int width = bitmap->getWidth();
  const int height = bitmap->getHeight();
  PixPtr pix(pixCreate(width, height, 8));
  if (!pix) return pix;
  pixSetResolution(pix.get(), static_cast<int>(dpi), static_cast<int>(dpi));
  const unsigned char* data = bitmap->getDataPtr();
  l_uint32* pix_data = pixGetData(pix.get());
  const int words_per_line = pixGetWpl(pix.get());
  for (int y = 0; y < height; ++y) {
    const unsigned char* row = data + static_cast<ptrdiff_t>(y) * bitmap->getRowSize();
    l_uint32* line = pix_data + static_cast<ptrdiff_t>(y) * words_per_line;
    for (int x = 0; x < width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  return pix;
}

}  // namespace nianbao::pdf::ocr
