// RAII owners for Leptonica's C objects (each freed by its own *Destroy(&ptr) function).
#pragma once

#include <memory>

#include <leptonica/allheaders.h>

namespace nianbao::pdf::ocr {

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
struct BoxDeleter {
  void operator()(BOX* box) const { boxDestroy(&box); }
};
struct BoxaDeleter {
  void operator()(BOXA* boxa) const { boxaDestroy(&boxa); }
};
struct PixaDeleter {
  void operator()(PIXA* pixa) const { pixaDestroy(&pixa); }
};

using PixPtr = std::unique_ptr<PIX, PixDeleter>;
using BoxPtr = std::unique_ptr<BOX, BoxDeleter>;
using BoxaPtr = std::unique_ptr<BOXA, BoxaDeleter>;
using PixaPtr = std::unique_ptr<PIXA, PixaDeleter>;
struct NumaDeleter {
  void operator()(NUMA* numa) const { numaDestroy(&numa); }
};
using NumaPtr = std::unique_ptr<NUMA, NumaDeleter>;

}  // namespace nianbao::pdf::ocr
