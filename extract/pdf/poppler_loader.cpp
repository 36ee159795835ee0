// The one file that uses Poppler. PageRecorder is our own OutputDev: it records each
// page's characters (with Unicode and boxes), stroked line pieces and filled rectangles in
// a single pass, into the plain vectors of pdf_content.hpp. At the end: pages drawn to PNG
// with Poppler's Splash device, for showing a value's source (pdf_debug.hpp).
#include <cmath>
#include <memory>
#include <optional>

#include <Error.h>
#include <ErrorCodes.h>
#include <GfxFont.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <OutputDev.h>
#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <goo/PNGWriter.h>
#include <splash/SplashBitmap.h>
#include <splash/SplashErrorCodes.h>

#include <cstdio>
#include <cstdlib>

#include "nianbao/pdf_debug.hpp"
#include "pdf_content.hpp"
#include "utf8.hpp"

namespace nianbao::pdf {
namespace {

constexpr int kMaxPopplerDiagnostics = 20;  // per document; the rest are counted only
constexpr double kWhiteLevel = 0.97;        // colour components above this: white, unseen
constexpr double kDescentShare = 0.12;      // glyph box below the baseline, share of size
constexpr double kAscentShare = 0.88;       // glyph box above the baseline
constexpr double kUprightSkew = 0.1;        // |shear| / scale below this: upright text

// ---- Poppler's error callback -------------------------------------------------------
// Poppler 22.12 reports problems through one process-wide callback with no user-data
// argument (setErrorCallback(void(*)(ErrorCategory, Goffset, const char*))). To feed the
// document being read, the reading thread names its diagnostics list in a thread_local
// pointer for the duration of the read (ScopedErrorSink, RAII). This is the only
// mutable static state of the reader, forced by Poppler's interface.
struct ErrorSink {
  std::vector<Diagnostic>* diagnostics = nullptr;
  int reported = 0;
  int suppressed = 0;
  int current_page = 0;
};
thread_local ErrorSink* current_error_sink = nullptr;

const char* CategoryName(ErrorCategory category) {
  switch (category) {
    case errSyntaxWarning:
      return "syntax warning";
    case errSyntaxError:
      return "syntax error";
    case errConfig:
      return "configuration";
    case errCommandLine:
      return "usage";
    case errIO:
      return "I/O";
    case errNotAllowed:
      return "not allowed";
    case errUnimplemented:
      return "unimplemented feature";
    case errInternal:
      return "internal";
  }
  return "error";
}

void ForwardPopplerError(ErrorCategory category, Goffset offset, const char* message) {
  ErrorSink* sink = current_error_sink;
  if (sink == nullptr || sink->diagnostics == nullptr) return;
  if (sink->reported >= kMaxPopplerDiagnostics) {
    ++sink->suppressed;
    return;
  }
  ++sink->reported;
  Diagnostic diagnostic;
  diagnostic.severity = category == errSyntaxWarning ? Severity::kInfo : Severity::kWarning;
  diagnostic.code = "pdf.poppler";
  diagnostic.message = std::string("Poppler ") + CategoryName(category) + ": " + message;
  if (offset >= 0) diagnostic.location.offset = offset;
  if (sink->current_page > 0) diagnostic.location.page = sink->current_page;
  sink->diagnostics->push_back(std::move(diagnostic));
}

class ScopedErrorSink {
 public:
  explicit ScopedErrorSink(ErrorSink& sink) : previous_(current_error_sink) {
    current_error_sink = &sink;
  }
  ~ScopedErrorSink() { current_error_sink = previous_; }
  ScopedErrorSink(const ScopedErrorSink&) = delete;
  ScopedErrorSink& operator=(const ScopedErrorSink&) = delete;

 private:
  ErrorSink* previous_;
};

// Poppler needs its process-wide `globalParams` (font configuration, CMaps) set before any
// PDFDoc is made; it is Poppler's own global, not ours. A function-local static sets it
// and the error callback exactly once (thread-safe initialisation) for the process's life.
void EnsurePopplerInitialised() {
  static const bool initialised = [] {
    globalParams = std::make_unique<GlobalParams>();
    globalParams->setErrQuiet(false);
    setErrorCallback(&ForwardPopplerError);
    return true;
  }();
  (void)initialised;
}

// ---- the output device ----------------------------------------------------------------

bool IsUnreadableCodePoint(Unicode code) {
  return code == 0 || code == 0xFFFD || (code >= 0xE000 && code <= 0xF8FF) ||
         (code >= 0xF0000 && code <= 0x10FFFF) || (code >= 0xD800 && code <= 0xDFFF) ||
         code > 0x10FFFF;
}

bool IsWhite(const GfxRGB& rgb) {
  return colToDbl(rgb.r) > kWhiteLevel && colToDbl(rgb.g) > kWhiteLevel &&
         colToDbl(rgb.b) > kWhiteLevel;
}

// The writing direction of text whose font matrix in device space (y down) is
// [m11 m12; m21 m22] (baseline along (m11, m12), glyph up along -(m21, m22)): quarter turns
// clockwise as displayed, or -1 when the text is not along an axis or is mirrored.
int WritingDirection(double m11, double m12, double m21, double m22) {
  const auto near_zero = [](double small, double large) {
    return std::abs(small) < kUprightSkew * std::abs(large);
  };
  if (m11 > 0 && near_zero(m12, m11) && m22 < 0 && near_zero(m21, m22)) return 0;
  if (m12 > 0 && near_zero(m11, m12) && m21 > 0 && near_zero(m22, m21)) return 1;
  if (m11 < 0 && near_zero(m12, m11) && m22 > 0 && near_zero(m21, m22)) return 2;
  if (m12 < 0 && near_zero(m11, m12) && m21 < 0 && near_zero(m22, m21)) return 3;
  return -1;
}

// The glyph's box (advance along the baseline, ascent to descent across it) for text
// written in `direction` from the baseline point (x, y), in device space (y down).
Box TurnedGlyphBox(int direction, double x, double y, double advance, double size) {
  const double ascent = kAscentShare * size, descent = kDescentShare * size;
  switch (direction) {
    case 1:  // top to bottom, glyph tops facing right
      return {x - descent, y, x + ascent, y + advance};
    case 2:  // upside down
      return {x - advance, y - descent, x, y + ascent};
    case 3:  // bottom to top, glyph tops facing left
      return {x - ascent, y - advance, x + descent, y};
    default:
      return {x, y - ascent, x + advance, y + descent};
  }
}

class PageRecorder : public OutputDev {
 public:
  explicit PageRecorder(PageContent& page) : page_(page) {}

  bool upsideDown() override { return true; }  // device y grows downwards
  bool useDrawChar() override { return true; }
  bool interpretType3Chars() override { return false; }
  bool needNonText() override { return true; }

  void drawChar(GfxState* state, double x, double y, double dx, double dy, double /*origin_x*/,
                double /*origin_y*/, CharCode /*code*/, int /*byte_count*/, const Unicode* unicode,
                int unicode_length) override {
    if (state->getRender() == 3) return;  // invisible text (OCR layers and the like)
    PdfChar glyph;
    glyph.garbled = unicode_length == 0;
    for (int idx = 0; idx < unicode_length; ++idx) {
      if (IsUnreadableCodePoint(unicode[idx])) {
        glyph.garbled = true;
        continue;
      }
      extract_internal::AppendUtf8(glyph.text, static_cast<char32_t>(unicode[idx]));
    }
    // The advance without character and word spacing: the glyph's own width.
    double extra = state->getCharSpace();
    if (unicode_length == 1 && unicode[0] == ' ') extra += state->getWordSpace();
    extra *= state->getHorizScaling();
    double extra_x = 0, extra_y = 0;
    state->textTransformDelta(extra, 0, &extra_x, &extra_y);
    double device_x = 0, device_y = 0, advance_x = 0, advance_y = 0;
    state->transform(x, y, &device_x, &device_y);
    state->transformDelta(dx - extra_x, dy - extra_y, &advance_x, &advance_y);

    double m11 = 0, m12 = 0, m21 = 0, m22 = 0;
    state->getFontTransMat(&m11, &m12, &m21, &m22);
    const double size = std::hypot(m21, m22);
    glyph.font_size = size;
    glyph.direction = WritingDirection(m11, m12, m21, m22);
    glyph.upright = glyph.direction == 0;
    if (glyph.direction >= 0) {
      glyph.box = TurnedGlyphBox(glyph.direction, device_x, device_y,
                                 std::hypot(advance_x, advance_y), size);
    } else {
      const double end_x = device_x + advance_x, end_y = device_y + advance_y;
      glyph.box = {std::min(device_x, end_x) - size / 2, std::min(device_y, end_y) - size / 2,
                   std::max(device_x, end_x) + size / 2, std::max(device_y, end_y) + size / 2};
    }
    page_.chars.push_back(std::move(glyph));
  }

  void stroke(GfxState* state) override {
    if (state->getStrokeOpacity() <= 0) return;
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    if (IsWhite(rgb)) return;
    const double width = state->getTransformedLineWidth();
    const GfxPath* path = state->getPath();
    for (int sub_idx = 0; sub_idx < path->getNumSubpaths(); ++sub_idx) {
      const GfxSubpath* subpath = path->getSubpath(sub_idx);
      const int count = subpath->getNumPoints();
      for (int point_idx = 1; point_idx < count; ++point_idx) {
        if (subpath->getCurve(point_idx)) continue;
        AddSegment(state, subpath->getX(point_idx - 1), subpath->getY(point_idx - 1),
                   subpath->getX(point_idx), subpath->getY(point_idx), width);
      }
      if (subpath->isClosed() && count > 2) {
        AddSegment(state, subpath->getX(count - 1), subpath->getY(count - 1), subpath->getX(0),
                   subpath->getY(0), width);
      }
    }
  }

  void fill(GfxState* state) override { RecordFill(state); }
  void eoFill(GfxState* state) override { RecordFill(state); }

  void drawImage(GfxState* state, Object* /*ref*/, Stream* /*str*/, int width, int height,
                 GfxImageColorMap* /*color_map*/, bool /*interpolate*/, const int* /*mask_colors*/,
                 bool /*inline_image*/) override {
    RecordImage(state, width, height);
  }
  void drawImageMask(GfxState* state, Object* /*ref*/, Stream* /*str*/, int width, int height,
                     bool /*invert*/, bool /*interpolate*/, bool /*inline_image*/) override {
    RecordImage(state, width, height);
  }

 private:
  // The image's drawn size (its unit square through the CTM) gives its resolution.
  void RecordImage(GfxState* state, int width, int height) {
    ++page_.images;
    const double* ctm = state->getCTM();
    const double drawn_width = std::hypot(ctm[0], ctm[1]);
    const double drawn_height = std::hypot(ctm[2], ctm[3]);
    const double page_area = page_.width * page_.height;
    if (drawn_width <= 0 || drawn_height <= 0 || page_area <= 0) return;
    const double share = drawn_width * drawn_height / page_area;
    if (share <= page_.image_share) return;
    page_.image_share = share;
    page_.image_dpi = 72.0 * std::max(width / drawn_width, height / drawn_height);
  }

  void AddSegment(GfxState* state, double x0, double y0, double x1, double y1, double width) {
    Segment segment;
    state->transform(x0, y0, &segment.x0, &segment.y0);
    state->transform(x1, y1, &segment.x1, &segment.y1);
    segment.line_width = width;
    page_.segments.push_back(segment);
  }

  // Axis-aligned rectangles of a filled path (the way many writers draw table rulings).
  void RecordFill(GfxState* state) {
    if (state->getFillOpacity() <= 0) return;
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    if (IsWhite(rgb)) return;
    const GfxPath* path = state->getPath();
    for (int sub_idx = 0; sub_idx < path->getNumSubpaths(); ++sub_idx) {
      const GfxSubpath* subpath = path->getSubpath(sub_idx);
      if (auto box = AxisAlignedBox(state, *subpath)) page_.rects.push_back(*box);
    }
  }

  static std::optional<Box> AxisAlignedBox(GfxState* state, const GfxSubpath& subpath) {
    const int count = subpath.getNumPoints();
    if (count < 4 || count > 5) return std::nullopt;
    double xs[5], ys[5];
    for (int idx = 0; idx < count; ++idx) {
      if (subpath.getCurve(idx)) return std::nullopt;
      state->transform(subpath.getX(idx), subpath.getY(idx), &xs[idx], &ys[idx]);
    }
    constexpr double kCornerTolerance = 0.01;
    for (int idx = 0; idx < 4; ++idx) {
      const int next = (idx + 1) % 4;
      const bool vertical = std::abs(xs[idx] - xs[next]) < kCornerTolerance;
      const bool horizontal = std::abs(ys[idx] - ys[next]) < kCornerTolerance;
      if (!vertical && !horizontal) return std::nullopt;
    }
    Box box{xs[0], ys[0], xs[0], ys[0]};
    for (int idx = 1; idx < 4; ++idx) {
      box.x0 = std::min(box.x0, xs[idx]);
      box.x1 = std::max(box.x1, xs[idx]);
      box.top = std::min(box.top, ys[idx]);
      box.bottom = std::max(box.bottom, ys[idx]);
    }
    return box;
  }

  PageContent& page_;
};

std::unique_ptr<PDFDoc> OpenDocument(std::string_view bytes, const std::string& path) {
  // MemStream borrows the bytes (they outlive the PDFDoc); PDFDoc owns the stream.
  auto* stream =
      new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  auto document = std::make_unique<PDFDoc>(stream);
  if (document->isOk()) return document;
  const int code = document->getErrorCode();
  if (code == errEncrypted) {
    throw Error(ErrorKind::kEncrypted, path,
                "the PDF is password-protected; remove the password (e.g. qpdf --decrypt) and "
                "read it again");
  }
  throw Error(ErrorKind::kDamaged, path,
              "the PDF is damaged or truncated (Poppler error code " + std::to_string(code) +
                  "): it has no readable page catalog; re-export or re-download it");
}

}  // namespace

PdfContent LoadPdfContent(std::string_view bytes, const std::string& path, int max_pages,
                          std::vector<Diagnostic>& diagnostics) {
  EnsurePopplerInitialised();
  ErrorSink sink;
  sink.diagnostics = &diagnostics;
  ScopedErrorSink scoped_sink(sink);

  std::unique_ptr<PDFDoc> document = OpenDocument(bytes, path);
  PdfContent content;
  content.page_count = document->getNumPages();
  if (content.page_count <= 0) {
    throw Error(ErrorKind::kDamaged, path, "the PDF has no pages (damaged or empty file)");
  }
  const int pages_to_read = std::min(content.page_count, std::max(max_pages, 0));
  if (pages_to_read < content.page_count) {
    diagnostics.push_back({Severity::kWarning,
                           "pdf.max_pages",
                           "only the first " + std::to_string(pages_to_read) + " of " +
                               std::to_string(content.page_count) +
                               " pages were read (ReadOptions::max_pages)",
                           {}});
  }
  content.pages.reserve(static_cast<size_t>(pages_to_read));
  int missing_pages = 0;
  for (int page_number = 1; page_number <= pages_to_read; ++page_number) {
    sink.current_page = page_number;
    if (document->getPage(page_number) == nullptr) {  // a broken or looping page tree
      ++missing_pages;
      diagnostics.push_back({Severity::kWarning, "pdf.missing_page",
                             "page " + std::to_string(page_number) +
                                 " is listed but cannot be loaded (damaged page tree)",
                             Location{.page = page_number}});
      continue;
    }
    PageContent page;
    page.number = page_number;
    const bool sideways = document->getPageRotate(page_number) % 180 != 0;
    page.width = sideways ? document->getPageCropHeight(page_number)
                          : document->getPageCropWidth(page_number);
    page.height = sideways ? document->getPageCropWidth(page_number)
                           : document->getPageCropHeight(page_number);
    PageRecorder recorder(page);
    document->displayPage(&recorder, page_number, 72, 72, 0, false, true, false);
    content.pages.push_back(std::move(page));
  }
  sink.current_page = 0;
  if (missing_pages == pages_to_read) {
    throw Error(ErrorKind::kDamaged, path,
                "none of the PDF's pages can be loaded: its page tree is damaged (it may loop "
                "back on itself); re-save the file from a PDF viewer");
  }
  if (sink.suppressed > 0) {
    diagnostics.push_back({Severity::kInfo,
                           "pdf.poppler",
                           std::to_string(sink.suppressed) + " further Poppler messages omitted",
                           {}});
  }
  return content;
}

}  // namespace nianbao::pdf

namespace nianbao::pdf_debug {
namespace {

constexpr double kPointsPerInch = 72.0;

// A FILE* writing into memory (open_memstream), closed and freed by RAII.
class MemoryFile {
 public:
  MemoryFile() : file_(open_memstream(&buffer_, &size_)) {}
  ~MemoryFile() {
    if (file_ != nullptr) std::fclose(file_);
    std::free(buffer_);
  }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;
  FILE* get() const { return file_; }
  std::string Take() {  // closes the stream; its bytes
    if (file_ != nullptr) std::fclose(file_);
    file_ = nullptr;
    return buffer_ == nullptr ? std::string() : std::string(buffer_, size_);
  }

 private:
  char* buffer_ = nullptr;
  size_t size_ = 0;
  FILE* file_ = nullptr;
};

}  // namespace

std::vector<PageImage> RenderPagesPng(std::string_view bytes, const std::string& path,
                                      const std::vector<int>& pages, double dpi) {
  pdf::EnsurePopplerInitialised();
  std::vector<Diagnostic> ignored;  // the reading reported them already
  pdf::ErrorSink sink;
  sink.diagnostics = &ignored;
  pdf::ScopedErrorSink scoped_sink(sink);
  std::unique_ptr<PDFDoc> document = pdf::OpenDocument(bytes, path);
  SplashColor paper;
  paper[0] = paper[1] = paper[2] = 0xff;
  SplashOutputDev device(splashModeMono8, 4, false, paper);
  device.setFontAntialias(true);
  device.setVectorAntialias(true);
  device.startDoc(document.get());
  std::vector<PageImage> images;
  for (const int number : pages) {
    if (number < 1 || number > document->getNumPages() || document->getPage(number) == nullptr) {
      continue;
    }
    // The crop box, as the reader measures pages: image pixels map onto its coordinates.
    document->displayPage(&device, number, dpi, dpi, 0, false, true, false);
    SplashBitmap* bitmap = device.getBitmap();
    if (bitmap == nullptr) continue;
    MemoryFile file;
    if (file.get() == nullptr) throw Error(ErrorKind::kLimit, path, "no memory for a page image");
    PNGWriter writer(PNGWriter::GRAY);
    if (bitmap->writeImgFile(&writer, file.get(), dpi, dpi, splashModeMono8) != splashOk) {
      continue;
    }
    PageImage image;
    image.page = number;
    image.width_px = bitmap->getWidth();
    image.height_px = bitmap->getHeight();
    image.width_pt = image.width_px * kPointsPerInch / dpi;
    image.height_pt = image.height_px * kPointsPerInch / dpi;
    image.png = file.Take();
    images.push_back(std::move(image));
  }
  return images;
}

}  // namespace nianbao::pdf_debug
