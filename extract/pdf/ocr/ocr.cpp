// One scanned page: render → deskew → clean → rulings → lattice tables → cells → text.
#include "ocr.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <string_view>

#include <fmt/format.h>

#include "../text_lines.hpp"
#include "steps.hpp"

namespace nianbao::pdf::ocr {
namespace {

constexpr double kPointsPerInch = 72.0;
// Cells are read as if scanned at this resolution at least (small text read better).
constexpr double kReadingDpi = 300;
constexpr int kCellBorder = 12;  // white margin around a cell image (pixels)
// Specks up to this size (inches, both ways) are noise, not ink.
constexpr double kSpeckInches = 0.007;  // 1 px at 150 dpi, 2 at 300: never a decimal point
// A cell with less ink than this (square inches) is blank, unless faint grey there makes
// as much; faint grey of this share of it makes the blank uncertain.
constexpr double kMinInkSquareInches = 0.0004;
constexpr double kFaintShareOfInk = 0.34;
// The cell's edge trimmed off before reading (inches): what remains of the rulings.
constexpr double kCellInsetInches = 0.007;
// A piece of ink touching a cell's edge, at most this large both ways (inches), is a remnant
// of the rulings.
constexpr double kEdgeSpeckInches = 0.025;
// A piece of ink at most this thick (inches) lying along a cell's top or bottom edge is a
// ruling's remnant.
constexpr double kRemnantInches = 0.01;
// A cell is read with its paper white: grey is kept only this close to its strokes (inches).
constexpr double kInkMarginInches = 0.004;

// A band of ink lower than this share of the tallest in its cell is no line of its own (a
// stroke of 二 or 三 alone across the line, a remnant): it joins the nearer band.
constexpr double kLineBandShare = 0.5;
// A label line is read with this margin above and below it (inches, at most half the gap).
constexpr double kLineMarginInches = 0.02;

// The confidence given to a value whose digits chi_sim and eng read differently.
constexpr double kDisagreementConfidence = 0.5;
// A piece of ink at least this share of the tallest one's height is a digit.
constexpr double kTallShare = 0.75;
// A minus sign: at least this many times as wide as thick, at most this share of a digit's
// height thick.
constexpr double kMinusAspect = 1.5;
constexpr double kMinusMaxHeightShare = 0.35;
// A reading the mapper trusts (its threshold, schema's kMinReadingConfidence).
constexpr double kTrustedReading = 0.9;

// A dash alone in a cell: one stroke at least this many times as wide as it is tall, at
// most this thick and at least this long (inches). Read as 0 with this confidence.
constexpr double kDashAspect = 3;
constexpr double kDashMaxThicknessInches = 0.035;
constexpr double kDashMinLengthInches = 0.04;
constexpr double kDashConfidence = 0.95;
// A mark for none (-, —, /, 无) is at most this many pieces of ink.
constexpr size_t kMaxMarkPieces = 6;

// The running text is read at this resolution at most. Tesseract's page analysis, its
// thresholding and the line images it makes cost by the pixel, while its LSTM sees each line
// scaled to the network's height anyway; on our 200 and 300 dpi scans, reading at 150 dpi
// found every section heading (at 300 dpi grain read as marks and 六、… was lost).
constexpr double kRunningTextDpi = 150;

// The title at the top of a document's first page is read again (RereadHeading): the lines
// above the first line of body text (one of this many characters or more) where one is at
// least this many times as tall as the body's lines, within this height (inches).
constexpr size_t kMinBodyLineCharacters = 5;
constexpr double kHeadingHeightShare = 1.3;
constexpr double kMaxHeadingInches = 3;

// The straightened page kept for drawing (OcrSettings::keep_trace) at this resolution at most.
constexpr double kTraceDpi = 120;

// Tolerances of the lattice steps for lines found in a raster: a pixel or two of
// thickness, residual skew and breaks from noise.
lattice::LatticeSettings RasterLatticeSettings() {
  lattice::LatticeSettings settings;
  settings.axis_tolerance = 1.0;
  settings.snap_tolerance = 2.5;
  settings.join_tolerance = 3.0;
  settings.intersection_tolerance = 3.0;
  settings.min_ruling_length = 8.0;
  settings.min_cell_size = 4.0;
  return settings;
}

// Maps points of the straightened image back to the page as scanned (rotation about the
// image centre by the angle that was removed).
struct Unrotate {
  double angle_radians = 0;
  double centre_x = 0, centre_y = 0;  // points

  Box operator()(const Box& box) const {
    if (angle_radians == 0) return box;
    const double cos_a = std::cos(-angle_radians), sin_a = std::sin(-angle_radians);
    Box result{1e9, 1e9, -1e9, -1e9};
    for (double x : {box.x0, box.x1}) {
      for (double y : {box.top, box.bottom}) {
        const double dx = x - centre_x, dy = y - centre_y;
        const double px = centre_x + dx * cos_a - dy * sin_a;
        const double py = centre_y + dx * sin_a + dy * cos_a;
        result = {std::min(result.x0, px), std::min(result.top, py), std::max(result.x1, px),
                  std::max(result.bottom, py)};
      }
    }
    return result;
  }
};

// 无 and 一 (a misread dash) are signs for zero; a cell of Chinese numerals alone is a
// misread number, never a label.
bool IsZeroOrNumeral(char32_t code) {
  static constexpr std::u32string_view kSigns = U"无一二三四五六七八九十〇零";
  return kSigns.find(code) != std::u32string_view::npos;
}

std::string Digits(const std::string& text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

bool IsWordIdeograph(char32_t code) {
  return IsIdeograph(code) && !IsZeroOrNumeral(code);
}

// After chi_sim read a cell: whether it holds a number (or a zero sign) rather than a
// label. Labels of these tables are Chinese; a reading without other ideographs (digits,
// or the letters chi_sim makes of digits it does not know) is a value.
bool LooksLikeValue(const std::string& text) {
  const std::vector<char32_t> codes = CodePoints(text);
  return std::none_of(codes.begin(), codes.end(), IsWordIdeograph);
}

// chi_sim's reading of a cell that may be figures misread: one character alone, or one
// ideograph other than a number sign beside ASCII digits or signs (和 for 1, 人4 for 4).
bool MayBeMisreadFigures(const std::string& text) {
  const std::vector<char32_t> codes = CodePoints(text);
  const auto ideographs = std::count_if(codes.begin(), codes.end(), IsWordIdeograph);
  const bool other_signs = std::any_of(codes.begin(), codes.end(), [](char32_t code) {
    return code >= 0x80 && !IsWordIdeograph(code);
  });
  return codes.size() == 1 || (ideographs <= 1 && !other_signs);
}

class ScannedPageReader {
 public:
  ScannedPageReader(PageRenderer& renderer, Recogniser& recogniser, const OcrSettings& settings,
                    std::vector<Diagnostic>& diagnostics)
      : renderer_(renderer),
        recogniser_(recogniser),
        settings_(settings),
        diagnostics_(diagnostics) {}

  PageLayout Read(const PageContent& page) {
    start_ = std::clock();
    timed_out_ = false;
    dpi_ = std::clamp(std::round(page.image_dpi), settings_.min_dpi, settings_.max_dpi);
    PageLayout layout;
    layout.page = page.number;
    layout.width = page.width;
    layout.height = page.height;
    layout.frame = {0, page.width, page.height};

    PixPtr rendered = renderer_.RenderGrey(page.number, dpi_);
    if (!rendered) {
      Warn(page.number, "ocr.render_failed", "the scanned page could not be rendered");
      return layout;
    }
    Straightened straight = Deskew(*rendered);
    rendered.reset();
    unrotate_ = {straight.angle_degrees * M_PI / 180, page.width / 2, page.height / 2};
    const int speck = std::max(1, static_cast<int>(std::lround(kSpeckInches * dpi_)));
    PixPtr binary = Binarise(*straight.grey, speck);
    PixPtr faint = BinariseFaint(*straight.grey);
    RasterRulings rulings = FindRasterRulings(*faint, dpi_);

    PageContent lines_only;
    lines_only.number = page.number;
    lines_only.width = page.width;
    lines_only.height = page.height;
    lines_only.segments = std::move(rulings.segments);
    layout.trace = lattice::FindLatticeTables(lines_only, RasterLatticeSettings());

    // Only lines inside found tables are erased: elsewhere long strokes are characters.
    // The halo is erased only where it is lighter than ink: digits touching a line keep
    // their strokes.
    PixPtr light_halo(pixSubtract(nullptr, rulings.halo.get(), binary.get()));
    PixPtr erased(pixOr(nullptr, rulings.mask.get(), light_halo.get()));
    PixPtr table_rulings = RulingsInTables(*erased, layout.trace.tables);
    text_image_ = WithoutSpecks(*straight.grey, speck);
    cell_image_.reset(pixCopy(nullptr, text_image_.get()));
    pixSetMasked(cell_image_.get(), table_rulings.get(), 255);
    ink_.reset(pixSubtract(nullptr, binary.get(), table_rulings.get()));
    PixPtr faint_clean(pixSelectBySize(faint.get(), speck + 1, speck + 1, 8, L_SELECT_IF_EITHER,
                                       L_SELECT_IF_GTE, nullptr));
    PixPtr faint_erased(pixOr(nullptr, rulings.halo.get(), rulings.mask.get()));
    PixPtr faint_rulings = RulingsInTables(*faint_erased, layout.trace.tables);
    faint_ink_.reset(pixSubtract(nullptr, faint_clean.get(), faint_rulings.get()));
    scan_.reset();
    if (settings_.keep_trace) {
      scan_ = std::make_shared<ScanTrace>();
      scan_->png = TracePng(*straight.grey);
      scan_->dpi = dpi_;
      scan_->angle_degrees = straight.angle_degrees;
    }
    for (lattice::GridTable& grid_table : layout.trace.tables) {
      layout.tables.push_back(ReadTable(grid_table, page.number));
    }
    layout.scan = scan_;
    layout.lines = ReadRunningText(layout.tables, page.number);
    if (timed_out_) {
      Warn(page.number, "ocr.page_time_limit",
           fmt::format("reading the scanned page took longer than {:g} s of processor time "
                       "(ReadOptions::ocr_seconds_per_page); what was not read by then is left "
                       "out or unread",
                       settings_.seconds_per_page));
    }
    return layout;
  }

 private:
  // The grey image with specks (isolated dots of noise) painted white.
  static PixPtr WithoutSpecks(const PIX& grey, int max_speck) {
    PixPtr clean(pixCopy(nullptr, const_cast<PIX*>(&grey)));
    PixPtr all_ink(pixConvertTo1(const_cast<PIX*>(&grey), 200));
    PixPtr specks(pixSelectBySize(all_ink.get(), max_speck + 1, max_speck + 1, 8, L_SELECT_IF_BOTH,
                                  L_SELECT_IF_LT, nullptr));
    if (specks) pixSetMasked(clean.get(), specks.get(), 255);
    return clean;
  }

  // The straightened page as PNG for the trace, at most kTraceDpi.
  std::string TracePng(const PIX& grey) const {
    const float factor = static_cast<float>(std::min(1.0, kTraceDpi / dpi_));
    PixPtr small(factor < 0.99f ? pixScale(const_cast<PIX*>(&grey), factor, factor)
                                : pixCopy(nullptr, const_cast<PIX*>(&grey)));
    l_uint8* data = nullptr;
    size_t size = 0;
    if (!small || pixWriteMem(&data, &size, small.get(), IFF_PNG) != 0 || data == nullptr) {
      return {};
    }
    std::string png(reinterpret_cast<const char*>(data), size);
    lept_free(data);
    return png;
  }

  // The ruling mask inside the tables' boxes only.
  PixPtr RulingsInTables(PIX& mask, const std::vector<lattice::GridTable>& tables) const {
    PixPtr in_tables(pixCreateTemplate(&mask));
    for (const lattice::GridTable& table : tables) {
      BoxPtr rect(PixelRect(table.grid.box, -0.03));
      pixSetInRect(in_tables.get(), rect.get());
    }
    return PixPtr(pixAnd(nullptr, &mask, in_tables.get()));
  }

  // Processor time, not wall time: the bound holds the same on a busy machine.
  double ElapsedSeconds() const {
    return static_cast<double>(std::clock() - start_) / CLOCKS_PER_SEC;
  }

  bool OutOfTime() {
    if (ElapsedSeconds() > settings_.seconds_per_page) timed_out_ = true;
    return timed_out_;
  }

  // A box in points as a pixel rectangle of the straightened image, trimmed by the inset.
  BOX* PixelRect(const Box& box, double inset_inches) const {
    const double scale = dpi_ / kPointsPerInch;
    const int inset = static_cast<int>(std::lround(inset_inches * dpi_));
    const int x0 = static_cast<int>(std::lround(box.x0 * scale)) + inset;
    const int y0 = static_cast<int>(std::lround(box.top * scale)) + inset;
    const int x1 = static_cast<int>(std::lround(box.x1 * scale)) - inset;
    const int y1 = static_cast<int>(std::lround(box.bottom * scale)) - inset;
    return boxCreate(x0, y0, std::max(1, x1 - x0), std::max(1, y1 - y0));
  }

  static l_int32 InkIn(PIX& ink, BOX& rect) {
    PixPtr clip(pixClipRectangle(&ink, &rect, nullptr));
    l_int32 pixels = 0;
    if (!clip || pixCountPixels(clip.get(), &pixels, nullptr) != 0) return 0;
    return pixels;
  }

  // The cell's ink is one stroke, far wider than tall and thin: a dash (—, -), the sign
  // these tables print for 0. Tesseract often reads a lone dash as nothing.
  bool IsDashAlone(BOX& rect) const {
    PixPtr clip(pixClipRectangle(ink_.get(), &rect, nullptr));
    if (!clip) return false;
    BoxaPtr parts(pixConnComp(clip.get(), nullptr, 8));
    if (!parts || boxaGetCount(parts.get()) != 1) return false;
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(parts.get(), 0, &x, &y, &w, &h);
    return w >= kDashAspect * h && h <= kDashMaxThicknessInches * dpi_ &&
           w >= kDashMinLengthInches * dpi_;
  }

  // A connected piece of a cell's ink (pixels of the straightened image).
  struct Piece {
    l_int32 x = 0, y = 0, w = 0, h = 0;
  };
  // The cell's ink pieces (8-connected), left to right.
  std::vector<Piece> InkPieces(BOX& rect) const {
    PixPtr clip(pixClipRectangle(ink_.get(), &rect, nullptr));
    BoxaPtr parts(clip ? pixConnComp(clip.get(), nullptr, 8) : nullptr);
    std::vector<Piece> pieces(parts ? static_cast<size_t>(boxaGetCount(parts.get())) : 0);
    for (size_t idx = 0; idx < pieces.size(); ++idx) {
      Piece& piece = pieces[idx];
      boxaGetBoxGeometry(parts.get(), static_cast<l_int32>(idx), &piece.x, &piece.y, &piece.w,
                         &piece.h);
    }
    std::sort(pieces.begin(), pieces.end(),
              [](const Piece& a, const Piece& b) { return a.x < b.x; });
    return pieces;
  }

  static l_int32 Tallest(const std::vector<Piece>& pieces) {
    l_int32 tallest = 0;
    for (const Piece& piece : pieces) tallest = std::max(tallest, piece.h);
    return tallest;
  }

  // The first piece is a minus sign before digits: short, flat, level with the middle of
  // the tall piece after it.
  static bool StartsWithMinus(const std::vector<Piece>& pieces) {
    if (pieces.size() < 2) return false;
    const Piece& sign = pieces[0];
    const Piece& digit = pieces[1];
    const double middle = sign.y + sign.h / 2.0;
    return digit.h >= kTallShare * Tallest(pieces) && sign.w >= kMinusAspect * sign.h &&
           sign.h <= kMinusMaxHeightShare * digit.h && sign.w <= digit.h &&
           middle > digit.y + digit.h / 4.0 && middle < digit.y + digit.h * 3 / 4.0;
  }

  // Small pieces of ink touching the cell's edge are what the rulings left there (the
  // corner where a bold ruling meets another, a slanted ruling's step), never a figure's:
  // they read as a dot or comma beside the figure. Erased from the cell before reading.
  void EraseEdgeSpecks(BOX& rect) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxGetGeometry(&rect, &x, &y, &w, &h);
    const int reach = std::max(1, static_cast<int>(std::lround(kEdgeSpeckInches * dpi_)));
    for (const Piece& piece : InkPieces(rect)) {
      const bool touches =
          piece.x == 0 || piece.y == 0 || piece.x + piece.w >= w || piece.y + piece.h >= h;
      const bool small = touches && piece.w <= reach && piece.h <= reach;
      if (!small && !IsRulingRemnant(piece, h)) continue;
      BoxPtr speck(boxCreate(x + piece.x, y + piece.y, piece.w, piece.h));
      pixClearInRect(ink_.get(), speck.get());
      pixSetInRect(cell_image_.get(), speck.get());
    }
  }

  // A thin flat piece of ink along the cell's top or bottom edge, however long: what is left
  // of a horizontal ruling (one broken by grain, or cut by the page break) beside the
  // figure; a figure's stroke is never that thin against the edge.
  bool IsRulingRemnant(const Piece& piece, l_int32 cell_height) const {
    const int thin = std::max(1, static_cast<int>(std::lround(kRemnantInches * dpi_)));
    const bool on_edge = piece.y == 0 || piece.y + piece.h >= cell_height;
    return on_edge && piece.h <= thin && piece.w >= 2 * piece.h;
  }

  // The cell's grey image with the paper painted white: grey is kept on its strokes and
  // close to them only. A scan's grain and JPEG mottling on the paper make Tesseract read
  // digits as ideographs or nothing (和鸡 for 1,579; eng read 15579 with confidence 0.95).
  // A stroke is the dark ink with the faint ink joined to it (a thin stroke's light parts:
  // the top bar of a 5 at 150 dpi); faint ink joined to no dark ink is grain. A cell with
  // faint ink only (a light number) keeps its grey as scanned.
  PixPtr PaperWhitened(BOX& rect, bool dark_ink) const {
    PixPtr crop(pixClipRectangle(cell_image_.get(), &rect, nullptr));
    if (!crop || !dark_ink) return crop;
    PixPtr strokes = Strokes(rect);
    if (!strokes) return crop;
    WhitenAround(*crop, *strokes);
    return crop;
  }

  // The cell's strokes (1 bpp, pixels of `rect`): its dark ink with the faint ink joined to it.
  PixPtr Strokes(BOX& rect) const {
    PixPtr ink(pixClipRectangle(ink_.get(), &rect, nullptr));
    PixPtr faint(pixClipRectangle(faint_ink_.get(), &rect, nullptr));
    PixPtr any_ink(ink && faint ? pixOr(nullptr, ink.get(), faint.get()) : nullptr);
    return PixPtr(any_ink ? pixSeedfillBinary(nullptr, ink.get(), any_ink.get(), 8) : nullptr);
  }

  // Paints `grey` white except on `strokes` and close to them.
  void WhitenAround(PIX& grey, PIX& strokes) const {
    const int margin = std::max(1, static_cast<int>(std::lround(kInkMarginInches * dpi_)));
    PixPtr paper(pixDilateBrick(nullptr, &strokes, 2 * margin + 1, 2 * margin + 1));
    if (!paper) return;
    pixInvert(paper.get(), paper.get());
    pixSetMasked(&grey, paper.get(), 255);
  }

  // The cell's figures alone, cut close (`whitened` is PaperWhitened's image of `rect`): the
  // strokes level with a figure (their middle within the height of a piece at least
  // kTallShare of the tallest) and the paper around them. Tesseract read a lone figure in a
  // wide or tall cell as an ideograph or not at all (人4 or 全 for 4, 4 for 44, nothing for a
  // 4 at the top of a cell two lines high), and a speck of grain far below a 1 as the 1's
  // dot (.); cut close, eng and chi_sim read them as printed.
  PixPtr FiguresAlone(BOX& rect, PIX& whitened) const {
    PixPtr strokes = Strokes(rect);
    PIXA* raw_pieces = nullptr;
    BoxaPtr boxes(strokes ? pixConnComp(strokes.get(), &raw_pieces, 8) : nullptr);
    PixaPtr pieces(raw_pieces);
    const l_int32 count = boxes ? boxaGetCount(boxes.get()) : 0;
    if (count == 0) return nullptr;
    std::vector<Piece> all(static_cast<size_t>(count));
    for (l_int32 idx = 0; idx < count; ++idx) {
      Piece& piece = all[static_cast<size_t>(idx)];
      boxaGetBoxGeometry(boxes.get(), idx, &piece.x, &piece.y, &piece.w, &piece.h);
    }
    const l_int32 tallest = Tallest(all);
    l_int32 x0 = INT32_MAX, y0 = INT32_MAX, x1 = 0, y1 = 0;
    for (l_int32 idx = 0; idx < count; ++idx) {
      const Piece& piece = all[static_cast<size_t>(idx)];
      if (LevelWithAFigure(piece, all, tallest)) {
        x0 = std::min(x0, piece.x);
        y0 = std::min(y0, piece.y);
        x1 = std::max(x1, piece.x + piece.w);
        y1 = std::max(y1, piece.y + piece.h);
        continue;
      }
      PixPtr alone(pixaGetPix(pieces.get(), idx, L_CLONE));
      pixRasterop(strokes.get(), piece.x, piece.y, piece.w, piece.h, PIX_DST & PIX_NOT(PIX_SRC),
                  alone.get(), 0, 0);
    }
    PixPtr grey(pixCopy(nullptr, &whitened));
    WhitenAround(*grey, *strokes);
    const int margin = 1 + static_cast<int>(std::lround(kInkMarginInches * dpi_));
    BoxPtr figures(boxCreate(x0 - margin, y0 - margin, x1 - x0 + 2 * margin, y1 - y0 + 2 * margin));
    return PixPtr(pixClipRectangle(grey.get(), figures.get(), nullptr));
  }

  static bool LevelWithAFigure(const Piece& piece, const std::vector<Piece>& all, l_int32 tallest) {
    const double middle = piece.y + piece.h / 2.0;
    return std::any_of(all.begin(), all.end(), [&](const Piece& figure) {
      return figure.h >= kTallShare * tallest && middle >= figure.y &&
             middle <= figure.y + figure.h;
    });
  }

  // The cell's lines of ink, top to bottom: rows (pixels of the cell's rectangle) where ink
  // runs across, with bands too low to be a line joined to the nearer neighbour.
  struct Band {
    l_int32 top = 0, bottom = 0;  // bottom exclusive
  };
  std::vector<Band> LineBands(BOX& rect) const {
    l_int32 height = 0;
    boxGetGeometry(&rect, nullptr, nullptr, nullptr, &height);
    std::vector<bool> inked(static_cast<size_t>(std::max(0, height)), false);
    for (const Piece& piece : InkPieces(rect)) {
      for (l_int32 y = piece.y; y < std::min(height, piece.y + piece.h); ++y) inked[y] = true;
    }
    std::vector<Band> bands;
    for (l_int32 y = 0; y < height; ++y) {
      if (!inked[y]) continue;
      if (bands.empty() || bands.back().bottom < y) bands.push_back({y, y});
      bands.back().bottom = y + 1;
    }
    return JoinLowBands(std::move(bands));
  }

  static std::vector<Band> JoinLowBands(std::vector<Band> bands) {
    l_int32 tallest = 0;
    for (const Band& band : bands) tallest = std::max(tallest, band.bottom - band.top);
    for (size_t idx = 0; idx < bands.size() && bands.size() > 1;) {
      if (bands[idx].bottom - bands[idx].top >= kLineBandShare * tallest) {
        ++idx;
        continue;
      }
      const l_int32 gap_above = idx > 0 ? bands[idx].top - bands[idx - 1].bottom : INT32_MAX;
      const l_int32 gap_below =
          idx + 1 < bands.size() ? bands[idx + 1].top - bands[idx].bottom : INT32_MAX;
      const size_t into = gap_above <= gap_below ? idx - 1 : idx + 1;
      bands[into] = {std::min(bands[into].top, bands[idx].top),
                     std::max(bands[into].bottom, bands[idx].bottom)};
      bands.erase(bands.begin() + static_cast<std::ptrdiff_t>(idx));
      idx = 0;
    }
    return bands;
  }

  // `image` scaled by `factor` (copied where it is about 1) inside a white border of
  // `border` pixels, as Tesseract reads it; null where Leptonica fails.
  static PixPtr Framed(PIX& image, float factor, int border) {
    PixPtr scaled(factor > 1.01f ? pixScaleGrayLI(&image, factor, factor)
                                 : pixCopy(nullptr, &image));
    return PixPtr(scaled ? pixAddBorder(scaled.get(), border, 255) : nullptr);
  }

  // How much a crop of the page is scaled up for Tesseract (to kReadingDpi at least), and
  // the resolution it is read at then.
  struct Scale {
    float factor = 1;
    int dpi = 0;
  };
  Scale ReadingScale() const {
    const auto factor = static_cast<float>(std::max(1.0, kReadingDpi / dpi_));
    return {factor, static_cast<int>(std::lround(dpi_ * factor))};
  }

  // A label read a line at a time: Tesseract's block layout loses a short last line (a
  // label's one character wrapped under it) and garbles the whole cell with it.
  // The lines of ink in `rect` (LineBands), each cut from `source` with a margin (at most half
  // the gap to its neighbours) and framed for Tesseract at `factor`; rows are `rect`'s.
  struct FramedLine {
    l_int32 top = 0, bottom = 0;
    PixPtr framed;
  };
  std::vector<FramedLine> FramedLines(BOX& rect, PIX& source, float factor) const {
    const std::vector<Band> bands = LineBands(rect);
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxGetGeometry(&rect, &x, &y, &w, &h);
    const l_int32 margin = static_cast<l_int32>(std::lround(kLineMarginInches * dpi_));
    std::vector<FramedLine> lines;
    for (size_t idx = 0; idx < bands.size(); ++idx) {
      const l_int32 above = idx > 0 ? (bands[idx].top - bands[idx - 1].bottom) / 2 : margin;
      const l_int32 below =
          idx + 1 < bands.size() ? (bands[idx + 1].top - bands[idx].bottom) / 2 : margin;
      const l_int32 top = std::max<l_int32>(0, bands[idx].top - std::min(margin, above));
      const l_int32 bottom = std::min(h, bands[idx].bottom + std::min(margin, below));
      BoxPtr line(boxCreate(x, y + top, w, bottom - top));
      PixPtr crop(pixClipRectangle(&source, line.get(), nullptr));
      PixPtr framed = crop ? Framed(*crop, factor, kCellBorder) : nullptr;
      if (framed) lines.push_back({top, bottom, std::move(framed)});
    }
    return lines;
  }

  Reading ReadLabelByLines(BOX& rect) {
    const auto [factor, reading_dpi] = ReadingScale();
    Reading joined{"", 1.0};
    for (const FramedLine& line : FramedLines(rect, *cell_image_, factor)) {
      const Reading reading = recogniser_.ReadLabel(*line.framed, reading_dpi);
      if (reading.text.empty()) {
        joined.confidence = 0;  // a line of ink read as nothing: the reading lacks it
        continue;
      }
      if (!joined.text.empty()) joined.text += '\n';
      joined.text += reading.text;
      joined.confidence = std::min(joined.confidence, reading.confidence);
    }
    return joined;
  }

  // A cell read as a label, read again a line at a time: the surer of the two readings (by
  // the least sure character) is the label. A value cell misread as ideographs keeps its
  // reading unless the lines read as a label of two characters or more.
  Reading SurerLabelReading(Reading whole, BOX& rect) {
    Reading by_lines = ReadLabelByLines(rect);
    if (by_lines.confidence > whole.confidence && CountCodePoints(by_lines.text) > 1 &&
        !LooksLikeValue(by_lines.text)) {
      return by_lines;
    }
    return whole;
  }

  // A cell read as a mark for none (a dash, a slash, 无) that holds more pieces of ink than a
  // mark is made of, even broken by a thin scan: a label read as "-" (4.无正当理由大量反复申 /
  // 请). (Lines of ink say nothing here: a slash at 150 dpi breaks into pieces at two heights.)
  bool MoreInkThanAMark(BOX& rect) const { return InkPieces(rect).size() > kMaxMarkPieces; }

  // The cell read a line at a time where that reads a label of two characters or more;
  // otherwise the mark as read.
  Reading LabelInsteadOfMark(Reading mark, BOX& rect) {
    Reading by_lines = ReadLabelByLines(rect);
    if (CountCodePoints(by_lines.text) > 1 && !LooksLikeValue(by_lines.text)) return by_lines;
    return mark;
  }

  Reading ReadCell(const Box& box) {
    BoxPtr rect(PixelRect(box, kCellInsetInches));
    EraseEdgeSpecks(*rect);
    const double min_ink = kMinInkSquareInches * dpi_ * dpi_;
    const bool dark_ink = InkIn(*ink_, *rect) >= min_ink;
    if (!dark_ink) {
      // Blank by its dark ink. Faint ink there may be a light number: read it then, and a
      // trace of it makes the blank uncertain (never a silent 0 for a faint 1).
      const l_int32 faint = InkIn(*faint_ink_, *rect);
      if (faint < kFaintShareOfInk * min_ink) return {"", 1.0};
      if (faint < min_ink) return {"", kDisagreementConfidence};
    }
    if (IsDashAlone(*rect)) return {"—", kDashConfidence};
    PixPtr crop = PaperWhitened(*rect, dark_ink);
    if (!crop) return {"", 0.0};
    Reading reading = ReadCrossChecked({*rect, *crop, dark_ink});
    // Dark ink read as nothing is no blank: a label Tesseract's block layout lost whole.
    if (!LooksLikeValue(reading.text) || reading.text.empty()) {
      return SurerLabelReading(std::move(reading), *rect);
    }
    if (Digits(reading.text).empty() && MoreInkThanAMark(*rect)) {
      return LabelInsteadOfMark(std::move(reading), *rect);
    }
    // A minus sign both models passed over (it is small): the number read is not the
    // cell's, and the signed one only a guess.
    if (!Digits(reading.text).empty() && LooksLikeValue(reading.text) &&
        reading.text.find('-') == std::string::npos && StartsWithMinus(InkPieces(*rect))) {
      reading.text = "-" + reading.text;
      reading.confidence = std::min(reading.confidence, kDisagreementConfidence);
      reading.alternatives.clear();  // readings that passed over the sign are no evidence
    }
    return reading;
  }

  // A cell to read: its rectangle (pixels of the page) and its image with the paper whitened.
  struct CellToRead {
    BOX& rect;
    PIX& whitened;
    bool dark_ink = true;
  };

  // A cell's figures cut close (FiguresAlone; the whole cell where that finds none), as they
  // are and as read.
  struct Figures {
    PixPtr crop;
    PixPtr framed;
  };

  Figures FiguresOf(const CellToRead& cell, float factor) const {
    Figures figures;
    if (cell.dark_ink) figures.crop = FiguresAlone(cell.rect, cell.whitened);
    if (!figures.crop) figures.crop.reset(pixClone(&cell.whitened));
    if (figures.crop) figures.framed = Framed(*figures.crop, factor, kCellBorder);
    return figures;
  }

  // A cell read by chi_sim and, where that looks like a number, by eng held to digits on
  // its figures alone; where their digits differ, chi_sim reads the figures alone too, and
  // then held to the value's characters on them scaled up: one of these must agree with
  // eng's, else no reading is trusted.
  Reading ReadCrossChecked(const CellToRead& cell) {
    const auto [factor, reading_dpi] = ReadingScale();
    PixPtr framed = Framed(cell.whitened, factor, kCellBorder);
    if (!framed) return {"", 0.0};
    Reading label = recogniser_.ReadLabel(*framed, reading_dpi);
    if (label.text == "无") return label;
    // A figure chi_sim took for an ideograph (和 for 1, 人4 for 4): the digit readings
    // below decide, or it stays untrusted.
    const bool label_is_value = LooksLikeValue(label.text);
    if (!label_is_value && !MayBeMisreadFigures(label.text)) return label;
    const ValueLines lines =
        label.text.find('\n') == std::string::npos ? ValueLines::kOne : ValueLines::kSeveral;
    std::vector<std::string> readings = {label.text};
    const Figures figures = FiguresOf(cell, factor);
    if (!figures.framed) return {"", 0.0};
    Reading value = recogniser_.ReadValue(*figures.framed, reading_dpi, lines);
    if (label_is_value && Digits(value.text) == Digits(label.text)) return value;
    // Ink of several lines that chi_sim read as one line or none is no number the readings
    // below can tell (a label chi_sim read as We, eng as 2): read as nothing, it is read
    // again as a label, or left out.
    if (lines == ValueLines::kOne && LineBands(cell.rect).size() > 1) {
      return WithAlternatives({"", 0.0}, {label.text, value.text});
    }
    // eng unsure of figures cut close (11 read 1 at 0.30, a lone 4 as nothing) reads them
    // again at twice the size; the surer of its two readings stands for eng.
    PixPtr larger_framed;
    auto larger = [&]() -> PIX* {
      if (!larger_framed) larger_framed = Framed(*figures.crop, 2 * factor, 2 * kCellBorder);
      return larger_framed.get();
    };
    if ((value.confidence < kTrustedReading || Digits(value.text).empty()) && larger()) {
      Reading again = recogniser_.ReadValue(*larger(), 2 * reading_dpi, lines);
      readings.push_back(value.text);
      if (again.confidence > value.confidence && !Digits(again.text).empty()) {
        value = std::move(again);
      } else {
        readings.push_back(again.text);
      }
    }
    readings.push_back(value.text);
    const std::string digits = Digits(value.text);
    if (!digits.empty() && value.confidence >= kTrustedReading) {
      if (label_is_value && digits == Digits(label.text)) {
        return WithAlternatives(std::move(value), readings);
      }
      // Two models, one cell, their digits differ: chi_sim reads the figures cut close, then
      // held to the value's characters at twice the size; one must agree with eng's, else
      // no reading is trusted. Whatever is returned names the other readings (evidence for
      // the arithmetic).
      Reading close = recogniser_.ReadValueAsText(*figures.framed, reading_dpi, lines);
      if (Agrees(close, digits)) {
        value.confidence = std::min(value.confidence, close.confidence);
        return WithAlternatives(std::move(value), readings);
      }
      readings.push_back(close.text);
      if (larger()) {
        Reading third = recogniser_.ReadValueChinese(*larger(), 2 * reading_dpi, lines);
        if (Agrees(third, digits)) {
          value.confidence = std::min(value.confidence, third.confidence);
          return WithAlternatives(std::move(value), readings);
        }
        readings.push_back(third.text);
      }
    }
    return Untrusted(std::move(label), std::move(value), label_is_value, readings);
  }

  // No reading is trusted: chi_sim's where it read no number, else eng's made unsure. A
  // chi_sim reading of digits beside an ideograph the digit readings did not confirm is
  // unsure too: the ideograph may be a figure (3工 for 31), and the digits alone a number.
  static Reading Untrusted(Reading label, Reading value, bool label_is_value,
                           const std::vector<std::string>& readings) {
    if (!label_is_value) {
      if (!Digits(label.text).empty()) {
        label.confidence = std::min(label.confidence, kDisagreementConfidence);
      }
      return WithAlternatives(std::move(label), readings);
    }
    value.confidence = std::min(value.confidence, kDisagreementConfidence);
    return WithAlternatives(std::move(value), readings);
  }

  // A trusted reading of a number whose digits are `digits`.
  static bool Agrees(const Reading& reading, const std::string& digits) {
    return LooksLikeValue(reading.text) && Digits(reading.text) == digits &&
           reading.confidence >= kTrustedReading;
  }

  // `reading` with the other texts of `readings` (distinct, not its own) as alternatives.
  static Reading WithAlternatives(Reading reading, const std::vector<std::string>& readings) {
    for (const std::string& text : readings) {
      if (text == reading.text ||
          std::find(reading.alternatives.begin(), reading.alternatives.end(), text) !=
              reading.alternatives.end()) {
        continue;
      }
      reading.alternatives.push_back(text);
    }
    return reading;
  }

  // The box of the cell's last line of ink and its characters' height, as the lattice steps
  // give them for text: a table cut by the page break is joined again where the last line
  // of a cell's text runs to the cell's edge (table_merge.cpp).
  void MarkLastLine(lattice::GridCell& cell) const {
    BoxPtr rect(PixelRect(cell.box, kCellInsetInches));
    const std::vector<Piece> pieces = InkPieces(*rect);
    const l_int32 height = Tallest(pieces);
    if (pieces.empty() || height <= 0) return;
    l_int32 bottom = 0;
    for (const Piece& piece : pieces) bottom = std::max(bottom, piece.y + piece.h);
    l_int32 x0 = -1, x1 = 0, top = bottom;
    for (const Piece& piece : pieces) {
      if (2 * piece.y + piece.h < 2 * (bottom - height)) continue;  // centre above the line
      x0 = x0 < 0 ? piece.x : std::min(x0, piece.x);
      x1 = std::max(x1, piece.x + piece.w);
      top = std::min(top, piece.y);
    }
    l_int32 rect_x = 0, rect_y = 0;
    boxGetGeometry(rect.get(), &rect_x, &rect_y, nullptr, nullptr);
    const double scale = kPointsPerInch / dpi_;
    cell.last_line = {(rect_x + x0) * scale, (rect_y + top) * scale, (rect_x + x1) * scale,
                      (rect_y + bottom) * scale};
    cell.font_size = height * scale;
  }

  PlacedTable ReadTable(lattice::GridTable& grid_table, int page_number) {
    std::vector<double> confidences;
    std::vector<std::vector<std::string>> alternatives;
    for (lattice::GridCell& cell : grid_table.cells) {
      Reading reading = OutOfTime() ? Reading{"", 0.0} : ReadCell(cell.box);
      cell.text = std::move(reading.text);
      confidences.push_back(reading.confidence);
      alternatives.push_back(std::move(reading.alternatives));
      if (!cell.text.empty()) MarkLastLine(cell);
    }
    PlacedTable placed = ToPlacedTable(lattice::GridTable(grid_table), page_number);
    placed.table.origin = TableOrigin::kOcr;
    for (size_t idx = 0; idx < placed.table.cells.size(); ++idx) {
      Cell& cell = placed.table.cells[idx];
      cell.confidence = confidences[idx];
      cell.alternatives = std::move(alternatives[idx]);
      if (cell.bbox) cell.bbox = unrotate_(*cell.bbox);
      if (scan_ && idx < grid_table.cells.size()) {
        scan_->cells.push_back(
            {grid_table.cells[idx].box, cell.bbox.value_or(Box{}), cell.text, confidences[idx]});
      }
    }
    return placed;
  }

  // Chinese text's commas, colons and semicolons are full-width; chi_sim gives them as
  // ASCII (年,区 for 年，区). One next to Chinese on either side is made full-width, one for
  // one; between digits a comma is a thousands separator and stays.
  static void FullWidthPunctuation(std::vector<Recogniser::Glyph>& glyphs) {
    static constexpr std::string_view kAscii = ",:;";
    static constexpr const char* kFullWidth[] = {"，", "：", "；"};
    auto neighbour = [&](size_t idx, int step) -> char32_t {
      for (auto at = static_cast<std::ptrdiff_t>(idx) + step;
           at >= 0 && at < static_cast<std::ptrdiff_t>(glyphs.size()); at += step) {
        const Recogniser::Glyph& glyph = glyphs[static_cast<size_t>(at)];
        if (glyph.top != glyphs[idx].top || glyph.bottom != glyphs[idx].bottom) return 0;
        if (glyph.text != " ") return FirstCodePoint(glyph.text);
      }
      return 0;
    };
    auto chinese = [](char32_t code) {
      return IsIdeograph(code) || (code >= 0x3000 && code <= 0x303F) ||
             (code >= 0xFF00 && code <= 0xFFEF);
    };
    auto digit = [](char32_t code) { return code >= U'0' && code <= U'9'; };
    for (size_t idx = 0; idx < glyphs.size(); ++idx) {
      if (glyphs[idx].text.size() != 1) continue;
      const size_t which = kAscii.find(glyphs[idx].text[0]);
      if (which == std::string_view::npos) continue;
      const char32_t before = neighbour(idx, -1), after = neighbour(idx, 1);
      if (digit(before) && digit(after)) continue;
      if (chinese(before) || chinese(after)) {
        glyphs[idx].text = kFullWidth[which];
      }
    }
  }

  // A text line of the page's reading: glyphs [begin, end) sharing its box's top and bottom.
  struct GlyphLine {
    size_t begin = 0, end = 0;
    int top = 0, bottom = 0;
    size_t characters = 0;
  };
  static std::vector<GlyphLine> GlyphLines(const std::vector<Recogniser::Glyph>& glyphs) {
    std::vector<GlyphLine> lines;
    for (size_t idx = 0; idx < glyphs.size(); ++idx) {
      const Recogniser::Glyph& glyph = glyphs[idx];
      if (lines.empty() || lines.back().top != glyph.top || lines.back().bottom != glyph.bottom) {
        lines.push_back({idx, idx, glyph.top, glyph.bottom, 0});
      }
      lines.back().end = idx + 1;
      if (glyph.text != " ") ++lines.back().characters;
    }
    return lines;
  }

  // The glyphs of the lines that open the page above its first line of body text (a line of
  // kMinBodyLineCharacters or more at most kHeadingHeightShare of the body's height), where
  // one of them is printed larger than the body: a title; 0 where there is none.
  static size_t HeadingEnd(const std::vector<GlyphLine>& lines) {
    std::vector<int> heights;
    for (const GlyphLine& line : lines) {
      if (line.characters >= kMinBodyLineCharacters) heights.push_back(line.bottom - line.top);
    }
    if (heights.empty()) return 0;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const double body = heights[heights.size() / 2];
    bool larger = false;
    for (const GlyphLine& line : lines) {
      const bool tall = line.bottom - line.top >= kHeadingHeightShare * body;
      if (line.characters >= kMinBodyLineCharacters && !tall) return larger ? line.begin : 0;
      larger = larger || tall;
    }
    return 0;
  }

  // A document's title, printed larger at the top of its first page, is read again a line
  // of ink at a time at kReadingDpi, and the two readings compared (MergeReadings):
  // Tesseract's page layout loses or garbles a title's last character wrapped alone onto
  // its own line (告 read as ”=上), now and then a whole title, and misreads a character
  // surely at one scale only (演 at 0.97 for 滨, read 滨 at 1.00 at 300 dpi).
  void RereadHeading(std::vector<Recogniser::Glyph>& glyphs, double text_dpi) {
    const size_t end = HeadingEnd(GlyphLines(glyphs));
    if (end == 0 || end >= glyphs.size()) return;
    const double to_page = dpi_ / text_dpi;
    int top = glyphs[0].top;
    for (size_t idx = 0; idx < end; ++idx) top = std::min(top, glyphs[idx].top);
    const l_int32 margin = static_cast<l_int32>(std::lround(kLineMarginInches * dpi_));
    const l_int32 y0 = std::max<l_int32>(0, static_cast<l_int32>(top * to_page) - margin);
    const l_int32 y1 = static_cast<l_int32>(glyphs[end].top * to_page);
    if (y1 - y0 <= 0 || y1 - y0 > kMaxHeadingInches * dpi_) return;
    BoxPtr rect(boxCreate(0, y0, pixGetWidth(text_image_.get()), y1 - y0));
    std::vector<Recogniser::Glyph> again = ReadLinesAgain(*rect, text_dpi);
    const auto inked = [&](const Recogniser::Glyph& glyph) {
      const Box box{glyph.x0 / text_dpi * kPointsPerInch, glyph.top / text_dpi * kPointsPerInch,
                    glyph.x1 / text_dpi * kPointsPerInch, glyph.bottom / text_dpi * kPointsPerInch};
      BoxPtr glyph_rect(PixelRect(box, 0));
      return InkIn(*ink_, *glyph_rect) >= kMinInkSquareInches * dpi_ * dpi_;
    };
    std::vector<Recogniser::Glyph> merged = MergeReadings(
        {glyphs.begin(), glyphs.begin() + static_cast<std::ptrdiff_t>(end)}, again, inked);
    merged.insert(merged.end(), glyphs.begin() + static_cast<std::ptrdiff_t>(end), glyphs.end());
    glyphs = std::move(merged);
  }

  // The lines of ink in `rect` read one at a time: glyphs in pixels of the running text's
  // image (at text_dpi), each with its line's top and bottom.
  std::vector<Recogniser::Glyph> ReadLinesAgain(BOX& rect, double text_dpi) {
    l_int32 x = 0, y = 0;
    boxGetGeometry(&rect, &x, &y, nullptr, nullptr);
    const auto [factor, reading_dpi] = ReadingScale();
    const double to_text = text_dpi / dpi_;
    const auto to_page_x = [&](int pixel) {
      return static_cast<int>(std::lround(((pixel - kCellBorder) / factor + x) * to_text));
    };
    std::vector<Recogniser::Glyph> glyphs;
    for (const FramedLine& line : FramedLines(rect, *text_image_, factor)) {
      const double remaining = settings_.seconds_per_page - ElapsedSeconds();
      if (remaining <= 0) break;
      const int line_top = static_cast<int>(std::lround((y + line.top) * to_text));
      const int line_bottom = static_cast<int>(std::lround((y + line.bottom) * to_text));
      for (Recogniser::Glyph glyph : recogniser_.ReadLineGlyphs(
               *line.framed, reading_dpi, static_cast<int>(remaining * 1000))) {
        glyph.x0 = to_page_x(glyph.x0);
        glyph.x1 = to_page_x(glyph.x1);
        glyph.top = line_top;
        glyph.bottom = line_bottom;
        glyphs.push_back(std::move(glyph));
      }
    }
    return glyphs;
  }

  std::vector<TextLine> ReadRunningText(const std::vector<PlacedTable>& tables, int page_number) {
    std::vector<TextLine> lines;
    const double remaining = settings_.seconds_per_page - ElapsedSeconds();
    if (remaining <= 0) {
      timed_out_ = true;
      return lines;
    }
    PixPtr text_only(pixCopy(nullptr, text_image_.get()));
    for (const PlacedTable& table : tables) {
      BoxPtr rect(PixelRect(table.box, -0.02));
      pixSetInRect(text_only.get(), rect.get());
    }
    double text_dpi = dpi_;
    if (dpi_ > kRunningTextDpi) {
      const auto factor = static_cast<float>(kRunningTextDpi / dpi_);
      PixPtr smaller(pixScaleGrayLI(text_only.get(), factor, factor));
      if (smaller) {
        text_only = std::move(smaller);
        text_dpi = kRunningTextDpi;
      }
    }
    std::vector<Recogniser::Glyph> glyphs = recogniser_.ReadPage(
        *text_only, static_cast<int>(text_dpi), static_cast<int>(remaining * 1000));
    if (page_number == 1) RereadHeading(glyphs, text_dpi);
    if (ElapsedSeconds() > settings_.seconds_per_page) timed_out_ = true;
    FullWidthPunctuation(glyphs);
    const double scale = kPointsPerInch / text_dpi;
    std::vector<PdfChar> chars;
    chars.reserve(glyphs.size());
    for (const Recogniser::Glyph& glyph : glyphs) {
      PdfChar pdf_char;
      pdf_char.text = glyph.text;
      pdf_char.box = {glyph.x0 * scale, glyph.top * scale, glyph.x1 * scale, glyph.bottom * scale};
      pdf_char.font_size = (glyph.bottom - glyph.top) * scale;
      pdf_char.ocr_confidence = glyph.confidence;
      chars.push_back(std::move(pdf_char));
    }
    std::vector<const PdfChar*> pointers;
    for (const PdfChar& pdf_char : chars) pointers.push_back(&pdf_char);
    return BuildLines(pointers, page_number);
  }

  void Warn(int page, const char* code, std::string message) {
    Diagnostic diagnostic;
    diagnostic.code = code;
    diagnostic.message = std::move(message);
    diagnostic.location.page = page;
    diagnostics_.push_back(std::move(diagnostic));
  }

  PageRenderer& renderer_;
  Recogniser& recogniser_;
  const OcrSettings& settings_;
  std::vector<Diagnostic>& diagnostics_;
  std::clock_t start_ = 0;
  bool timed_out_ = false;
  double dpi_ = 0;
  Unrotate unrotate_;
  PixPtr text_image_;  // grey, cleaned: the running text is read from it
  PixPtr cell_image_;  // the same with the tables' rulings erased: cells are read from it
  PixPtr ink_;         // 1 bpp ink without the tables' rulings: blank cells
  PixPtr faint_ink_;   // the same with faint grey counted as ink: faint numbers
  std::shared_ptr<ScanTrace> scan_;  // what is kept for drawing (OcrSettings::keep_trace)
};

}  // namespace

std::vector<PageLayout> ReadScannedPages(std::string_view bytes, const std::string& path,
                                         const std::vector<const PageContent*>& pages,
                                         const OcrSettings& settings,
                                         std::vector<Diagnostic>& diagnostics) {
  std::vector<PageLayout> layouts;
  if (pages.empty()) return layouts;
  // Leptonica's warnings (a scale factor below 0.7 for pixScaleGrayLI, and the like) are
  // advice on its use printed to stderr on every scanned page, not diagnostics of the
  // document: only its errors are printed.
  setMsgSeverity(L_SEVERITY_ERROR);
  PageRenderer renderer(bytes, path);
  Recogniser recogniser(path);
  ScannedPageReader reader(renderer, recogniser, settings, diagnostics);
  for (const PageContent* page : pages) layouts.push_back(reader.Read(*page));
  return layouts;
}

}  // namespace nianbao::pdf::ocr
