// Leptonica steps on the page image: deskew, binarise and clean, ruling lines.
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "steps.hpp"

namespace nianbao::pdf::ocr {
namespace {

constexpr double kMinSkewDegrees = 0.05;    // smaller skews are left alone
constexpr double kMinSkewConfidence = 2.0;  // Leptonica's own threshold for a valid skew
constexpr double kPointsPerInch = 72.0;
// Ruling lines: ink runs at least this long (inches). Shorter than the narrowest table
// column and row, longer than a character's strokes at body size.
constexpr double kMinHorizontalRulingInches = 0.3;
constexpr double kMinVerticalRulingInches = 0.18;
// A vertical ruling crosses at least one horizontal (a table's rows are at least two):
// after its pieces are judged, what is left is longer than one row's height (inches).
constexpr double kMinJoinedVerticalInches = 0.22;
// Gaps up to this (inches) in a ruling are bridged first (noise, JPEG, a faint scan).
constexpr double kRulingGapInches = 0.02;
// The lines of a table touch each other: ink connected over at least this (inches) both
// ways. A line of text, even run together by blur, is lower.
constexpr double kMinNetworkInches = 0.4;
// Beside a ruling, within this band (inches), ink lies on both sides along at most this
// share of its length.
constexpr double kSideBandInches = 0.03;
constexpr double kMaxInkOnBothSides = 0.3;
// A character's outer stroke has the rest of its character close on one side along more
// than this share of its length.
constexpr double kStrokeInkOnOneSide = 0.5;
// Where a vertical crosses a horizontal ruling: this far (inches) each side of it.
constexpr double kCrossingInches = 0.01;
// A table's row is at least this high (inches); the rulings of a one-row table run along at
// least this share of its width, its verticals along this share of its height.
constexpr double kMinRowInches = 0.08;
constexpr double kOneRowRulingShare = 0.9;
// Specks up to this size (inches) are grain, not ink beside a line.
constexpr double kSpeckInches = 0.007;

int Pixels(double inches, double dpi) {
  return std::max(1, static_cast<int>(std::lround(inches * dpi)));
}

// Each connected piece of a line mask as one ruling segment in points.
void AddSegments(const PIX& mask, bool horizontal, double dpi, std::vector<Segment>& segments) {
  BoxaPtr boxes(pixConnComp(const_cast<PIX*>(&mask), nullptr, 8));
  if (!boxes) return;
  const double scale = kPointsPerInch / dpi;
  const int count = boxaGetCount(boxes.get());
  for (int idx = 0; idx < count; ++idx) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), idx, &x, &y, &w, &h);
    Segment segment;
    segment.line_width = (horizontal ? h : w) * scale;
    if (horizontal) {
      const double mid = (y + h / 2.0) * scale;
      segment = {x * scale, mid, (x + w) * scale, mid, segment.line_width};
    } else {
      const double mid = (x + w / 2.0) * scale;
      segment = {mid, y * scale, mid, (y + h) * scale, segment.line_width};
    }
    segments.push_back(segment);
  }
}

bool AnyInkIn(PIX& mask, int x, int y, int w, int h) {
  BoxPtr rect(boxCreate(x, y, w, h));
  PixPtr window(pixClipRectangle(&mask, rect.get(), nullptr));
  l_int32 empty = 1;
  return window && pixZero(window.get(), &empty) == 0 && !empty;
}

// Which side of a line ink beside it is looked for on.
enum class Sides { kBoth, kEither };

// The share of a line's length along which `ink` lies close on both of its sides (kBoth), or
// the larger share of the two sides taken one at a time (kEither). A ruling has its cells'
// text on one side at most, now and then; a run of character strokes that the opening took
// for a line has the rest of its characters on both, a character's outer stroke on one.
double InkBeside(PIX& ink, l_int32 x, l_int32 y, l_int32 w, l_int32 h, bool horizontal, double dpi,
                 Sides sides) {
  const int band = Pixels(kSideBandInches, dpi);
  const int skip = 1;  // the line's blurred edge
  BoxPtr before(horizontal ? boxCreate(x, y - skip - band, w, band)
                           : boxCreate(x - skip - band, y, band, h));
  BoxPtr after(horizontal ? boxCreate(x, y + h + skip, w, band)
                          : boxCreate(x + w + skip, y, band, h));
  PixPtr first(pixClipRectangle(&ink, before.get(), nullptr));
  PixPtr second(pixClipRectangle(&ink, after.get(), nullptr));
  if (!first || !second) return 0;
  auto profile = [&](PIX* pix) {
    return NumaPtr(horizontal ? pixCountPixelsByColumn(pix) : pixCountPixelsByRow(pix, nullptr));
  };
  NumaPtr a = profile(first.get()), b = profile(second.get());
  if (!a || !b) return 0;
  const int length = std::min(numaGetCount(a.get()), numaGetCount(b.get()));
  if (length <= 0) return 0;
  int both = 0, left_only = 0, right_only = 0;
  for (int idx = 0; idx < length; ++idx) {
    l_float32 left = 0, right = 0;
    numaGetFValue(a.get(), idx, &left);
    numaGetFValue(b.get(), idx, &right);
    if (left > 0 && right > 0) ++both;
    if (left > 0) ++left_only;
    if (right > 0) ++right_only;
  }
  const int counted = sides == Sides::kBoth ? both : std::max(left_only, right_only);
  return static_cast<double>(counted) / length;
}

// Line pieces of `lines` kept where `ink` does not lie beside them (on `sides`) for more
// than `max_share` of their length.
PixPtr WithoutStrokeRuns(PIX& lines, PIX& ink, bool horizontal, double dpi,
                         double max_share = kMaxInkOnBothSides, Sides sides = Sides::kBoth) {
  PixPtr kept(pixCreateTemplate(&lines));
  BoxaPtr boxes(pixConnComp(&lines, nullptr, 8));
  if (!boxes || !kept) return kept;
  const int count = boxaGetCount(boxes.get());
  for (int idx = 0; idx < count; ++idx) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), idx, &x, &y, &w, &h);
    if (InkBeside(ink, x, y, w, h, horizontal, dpi, sides) > max_share) continue;
    BoxPtr rect(boxCreate(x, y, w, h));
    pixSetInRect(kept.get(), rect.get());
  }
  return PixPtr(pixAnd(nullptr, kept.get(), &lines));
}

// A vertical ruling of a table runs from one horizontal ruling to another, its ink joined
// to theirs; a character's stroke in a tight row stops short of them. Only verticals that
// meet a horizontal at both ends are kept.
PixPtr VerticalsMeetingHorizontals(PIX& vertical, PIX& horizontal, int reach) {
  PixPtr kept(pixCreateTemplate(&vertical));
  BoxaPtr boxes(pixConnComp(&vertical, nullptr, 8));
  if (!boxes || !kept) return kept;
  const int count = boxaGetCount(boxes.get());
  for (int idx = 0; idx < count; ++idx) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), idx, &x, &y, &w, &h);
    const bool top = AnyInkIn(horizontal, x - reach, y - reach, w + 2 * reach, 2 * reach + 1);
    const bool bottom =
        AnyInkIn(horizontal, x - reach, y + h - 1 - reach, w + 2 * reach, 2 * reach + 1);
    if (!top || !bottom) continue;
    BoxPtr rect(boxCreate(x, y, w, h));
    pixSetInRect(kept.get(), rect.get());
  }
  return PixPtr(pixAnd(nullptr, kept.get(), &vertical));
}

// The ink of `faint` in the columns of a vertical piece is unbroken from the horizontal
// ruling above to the one below: the piece was cut `cut` short of both.
bool UnbrokenBetweenRulings(PIX& faint, l_int32 x, l_int32 y, l_int32 w, l_int32 h, int cut) {
  BoxPtr span(boxCreate(x, y - cut - 1, w, h + 2 * cut + 2));
  PixPtr window(pixClipRectangle(&faint, span.get(), nullptr));
  if (!window) return false;
  NumaPtr profile(pixCountPixelsByRow(window.get(), nullptr));
  if (!profile) return false;
  for (int row = 0; row < numaGetCount(profile.get()); ++row) {
    l_float32 pixels = 0;
    numaGetFValue(profile.get(), row, &pixels);
    if (pixels <= 0) return false;
  }
  return true;
}

// Vertical pieces of `pieces` less those that are a character's stroke bridged to the
// rulings of its row: ink close on one side along most of it (its character) and a gap
// between it and a ruling. A ruling meets the rulings it crosses in unbroken ink, whatever
// text lies beside it.
PixPtr WithoutCharacterStrokes(PIX& pieces, PIX& faint, double dpi, int cut) {
  PixPtr kept(pixCreateTemplate(&pieces));
  BoxaPtr boxes(pixConnComp(&pieces, nullptr, 8));
  if (!boxes || !kept) return kept;
  for (int idx = 0; idx < boxaGetCount(boxes.get()); ++idx) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), idx, &x, &y, &w, &h);
    const bool beside_ink =
        InkBeside(faint, x, y, w, h, false, dpi, Sides::kEither) > kStrokeInkOnOneSide;
    if (beside_ink && !UnbrokenBetweenRulings(faint, x, y, w, h, cut)) continue;
    BoxPtr rect(boxCreate(x, y, w, h));
    pixSetInRect(kept.get(), rect.get());
  }
  return PixPtr(pixAnd(nullptr, kept.get(), &pieces));
}

// The rows of `lines` (1 bpp) that hold ink, as runs of consecutive rows: [first, last].
std::vector<std::pair<int, int>> InkRowRuns(PIX& lines) {
  std::vector<std::pair<int, int>> runs;
  NumaPtr profile(pixCountPixelsByRow(&lines, nullptr));
  if (!profile) return runs;
  const int count = numaGetCount(profile.get());
  for (int row = 0; row < count; ++row) {
    l_float32 pixels = 0;
    numaGetFValue(profile.get(), row, &pixels);
    if (pixels <= 0) continue;
    if (!runs.empty() && runs.back().second == row - 1) {
      runs.back().second = row;
    } else {
      runs.emplace_back(row, row);
    }
  }
  return runs;
}

// The height of the shortest row between consecutive ruling `lines` (rows of ink, top to
// bottom) that is at least `min_row` high; 0 where there is none.
int ShortestRow(const std::vector<std::pair<int, int>>& lines, int min_row) {
  int shortest = 0;
  for (std::size_t idx = 1; idx < lines.size(); ++idx) {
    const int height = lines[idx].first - lines[idx - 1].second;
    if (height >= min_row && (shortest == 0 || height < shortest)) shortest = height;
  }
  return shortest;
}

// A table of one or two rows (the last row of a table carried over to the next page, or the
// first two header rows of one at the foot of a page) is lower than a network: horizontal
// rulings along its whole width a row apart, joined by its verticals. Its lines are found in
// each such piece of ink on its own and added to `horizontal` and `vertical`; a vertical is
// at least as long as the shortest row is high (a header's second row parts its group's
// columns; the first row does not) and meets a ruling at both ends. A character's stroke as
// high as a row (a caption row's 十 touching both rulings) is not a vertical: nothing may lie
// close on both sides of one between the rulings but specks.
void AddLowTables(PIX& faint, double dpi, PIX& horizontal, PIX& vertical) {
  const int network = Pixels(kMinNetworkInches, dpi);
  const int min_row = Pixels(kMinRowInches, dpi);
  const int gap = Pixels(kRulingGapInches, dpi);
  PixPtr wide(
      pixSelectBySize(&faint, network, network, 8, L_SELECT_WIDTH, L_SELECT_IF_GTE, nullptr));
  PIXA* parts_raw = nullptr;
  BoxaPtr boxes(wide ? pixConnComp(wide.get(), &parts_raw, 8) : nullptr);
  std::unique_ptr<PIXA, void (*)(PIXA*)> parts(parts_raw, [](PIXA* p) { pixaDestroy(&p); });
  PixPtr rows_h(pixCreateTemplate(&faint)), rows_v(pixCreateTemplate(&faint));
  if (!boxes || !parts || !rows_h || !rows_v) return;
  for (int idx = 0; idx < boxaGetCount(boxes.get()); ++idx) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), idx, &x, &y, &w, &h);
    if (h >= network || h < min_row) continue;
    PixPtr piece(pixaGetPix(parts.get(), idx, L_CLONE));
    PixPtr closed(pixCloseBrick(nullptr, piece.get(), gap + 1, 1));
    const int full_width = static_cast<int>(kOneRowRulingShare * w);
    PixPtr rulings(closed ? pixOpenBrick(nullptr, closed.get(), full_width, 1) : nullptr);
    if (!rulings) continue;
    const int row_height = ShortestRow(InkRowRuns(*rulings), min_row);
    if (row_height <= 0) continue;
    PixPtr closed_v(pixCloseBrick(nullptr, piece.get(), 1, gap + 1));
    PixPtr verticals(closed_v ? pixOpenBrick(nullptr, closed_v.get(), 1,
                                             static_cast<int>(kOneRowRulingShare * row_height))
                              : nullptr);
    if (!verticals) continue;
    pixRasterop(rows_h.get(), x, y, w, h, PIX_SRC | PIX_DST, rulings.get(), 0, 0);
    pixRasterop(rows_v.get(), x, y, w, h, PIX_SRC | PIX_DST, verticals.get(), 0, 0);
  }
  const int cut = Pixels(kCrossingInches, dpi);
  PixPtr crossings(pixDilateBrick(nullptr, rows_h.get(), 1, 2 * cut + 1));
  PixPtr between(crossings ? pixSubtract(nullptr, rows_v.get(), crossings.get()) : nullptr);
  const int speck = Pixels(kSpeckInches, dpi);
  PixPtr ink(pixSelectBySize(&faint, speck + 1, speck + 1, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE,
                             nullptr));
  PixPtr ink_beside(ink ? pixSubtract(nullptr, ink.get(), crossings.get()) : nullptr);
  if (!between || !ink_beside) return;
  PixPtr clear = WithoutStrokeRuns(*between, *ink_beside, false, dpi, 0);
  PixPtr meeting = clear ? VerticalsMeetingHorizontals(*clear, *rows_h, 2 * cut) : nullptr;
  PixPtr kept(meeting ? pixSeedfillBinary(nullptr, meeting.get(), rows_v.get(), 8) : nullptr);
  if (!kept) return;
  pixOr(&horizontal, &horizontal, rows_h.get());
  pixOr(&vertical, &vertical, kept.get());
}

// The rows [first, last] of the lowest horizontal ruling of `horizontal` inside `box`; a
// ruling a little skewed covers a few rows. {-1, -1} where none.
std::pair<int, int> LowestRulingRows(PIX& horizontal, BOX& box) {
  PixPtr inside(pixClipRectangle(&horizontal, &box, nullptr));
  if (!inside) return {-1, -1};
  const std::vector<std::pair<int, int>> runs = InkRowRuns(*inside);
  if (runs.empty()) return {-1, -1};
  l_int32 top = 0;
  boxGetGeometry(&box, nullptr, &top, nullptr, nullptr);
  return {top + runs.back().first, top + runs.back().second};
}

// Pieces of `vertical` ending on the lowest horizontal ruling of the network piece of
// `network` they lie in: the verticals of a table's last row on the page. A piece was cut
// `cut` short of the horizontals it crosses; its bottom is within `reach` of that.
PixPtr InLastRows(PIX& vertical, PIX& network, PIX& horizontal, int cut, int reach) {
  PixPtr kept(pixCreateTemplate(&vertical));
  BoxaPtr pieces(pixConnComp(&vertical, nullptr, 8));
  BoxaPtr networks(pixConnComp(&network, nullptr, 8));
  if (!kept || !pieces || !networks) return kept;
  for (int net = 0; net < boxaGetCount(networks.get()); ++net) {
    BoxPtr net_box(boxaGetBox(networks.get(), net, L_COPY));
    l_int32 nx = 0, ny = 0, nw = 0, nh = 0;
    boxGetGeometry(net_box.get(), &nx, &ny, &nw, &nh);
    const auto [ruling_top, ruling_bottom] = LowestRulingRows(horizontal, *net_box);
    if (ruling_top < 0) continue;
    for (int idx = 0; idx < boxaGetCount(pieces.get()); ++idx) {
      l_int32 x = 0, y = 0, w = 0, h = 0;
      boxaGetBoxGeometry(pieces.get(), idx, &x, &y, &w, &h);
      const int bottom = y + h - 1;
      const bool inside = x >= nx && x + w <= nx + nw && y >= ny;
      const bool on_lowest = bottom + cut + reach >= ruling_top && bottom <= ruling_bottom + reach;
      if (!inside || !on_lowest) continue;
      BoxPtr rect(boxCreate(x, y, w, h));
      pixSetInRect(kept.get(), rect.get());
    }
  }
  return PixPtr(pixAnd(nullptr, kept.get(), &vertical));
}

// A table's last row on the page one line of text high whose columns are its own (a header
// cut by the page break under its first line: 结果 | 结果 | 其他 …) has verticals shorter
// than any ruling looked for. Such a piece of the network is a vertical where it runs from
// one horizontal to the network's lowest with nothing but specks close on either side of it
// (a character's stroke has its other strokes beside it: 尚's left stroke its 口 on the right).
void AddShortVerticals(PIX& network, PIX& network_closed, PIX& horizontal, PIX& crossings,
                       PIX& faint, double dpi, PIX& vertical) {
  PixPtr runs(pixOpenBrick(nullptr, &network_closed, 1, Pixels(kMinRowInches, dpi)));
  PixPtr pieces(runs ? pixSubtract(nullptr, runs.get(), &crossings) : nullptr);
  const int speck = Pixels(kSpeckInches, dpi);
  PixPtr ink(pixSelectBySize(&faint, speck + 1, speck + 1, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE,
                             nullptr));
  PixPtr ink_beside(ink ? pixSubtract(nullptr, ink.get(), &crossings) : nullptr);
  if (!pieces || !ink_beside) return;
  PixPtr clear = WithoutStrokeRuns(*pieces, *ink_beside, false, dpi, 0, Sides::kEither);
  const int cut = Pixels(kCrossingInches, dpi);
  const int reach = 2 * cut;
  PixPtr meeting = clear ? VerticalsMeetingHorizontals(*clear, horizontal, reach) : nullptr;
  PixPtr last = meeting ? InLastRows(*meeting, network, horizontal, cut, reach) : nullptr;
  if (last) pixOr(&vertical, &vertical, last.get());
}

}  // namespace

Straightened Deskew(const PIX& grey) {
  Straightened result;
  PixPtr binary(pixConvertTo1(const_cast<PIX*>(&grey), 160));
  l_float32 angle = 0, confidence = 0;
  if (binary && pixFindSkew(binary.get(), &angle, &confidence) == 0 &&
      confidence >= kMinSkewConfidence && std::abs(angle) >= kMinSkewDegrees) {
    result.grey.reset(pixRotate(const_cast<PIX*>(&grey), angle * static_cast<float>(M_PI / 180),
                                L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    result.angle_degrees = angle;
    result.confidence = confidence;
  }
  if (!result.grey) {
    result.grey.reset(pixCopy(nullptr, const_cast<PIX*>(&grey)));
    result.angle_degrees = 0;
  }
  return result;
}

PixPtr Binarise(const PIX& grey, int max_speck) {
  PIX* thresholded = nullptr;
  // Tiles as large as the page: one Otsu threshold, smoothed a little.
  const int width = pixGetWidth(&grey), height = pixGetHeight(&grey);
  if (pixOtsuAdaptiveThreshold(const_cast<PIX*>(&grey), width, height, 0, 0, 0.1f, nullptr,
                               &thresholded) != 0) {
    return PixPtr(pixConvertTo1(const_cast<PIX*>(&grey), 128));
  }
  PixPtr binary(thresholded);
  if (max_speck <= 0) return binary;
  return PixPtr(pixSelectBySize(binary.get(), max_speck + 1, max_speck + 1, 8, L_SELECT_IF_EITHER,
                                L_SELECT_IF_GTE, nullptr));
}

PixPtr BinariseFaint(const PIX& grey) {
  l_int32 threshold = 128, ink = 0, paper = 255;
  pixSplitDistributionFgBg(const_cast<PIX*>(&grey), 0.1f, 2, &threshold, &ink, &paper, nullptr);
  return PixPtr(pixConvertTo1(const_cast<PIX*>(&grey), (threshold + paper) / 2));
}

RasterRulings FindRasterRulings(const PIX& faint, double dpi) {
  RasterRulings rulings;
  // Rulings belong to the table's network of lines, large both ways; characters, and lines
  // of characters run together by blur, are not.
  const int network = Pixels(kMinNetworkInches, dpi);
  PixPtr large(pixSelectBySize(const_cast<PIX*>(&faint), network, network, 8, L_SELECT_IF_BOTH,
                               L_SELECT_IF_GTE, nullptr));
  if (!large) return rulings;
  PIX* source = large.get();
  const int gap = Pixels(kRulingGapInches, dpi);
  PixPtr closed_h(pixCloseBrick(nullptr, source, gap + 1, 1));
  PixPtr horizontal_runs(
      pixOpenBrick(nullptr, closed_h.get(), Pixels(kMinHorizontalRulingInches, dpi), 1));
  PixPtr closed_v(pixCloseBrick(nullptr, source, 1, gap + 1));
  PixPtr vertical_runs(
      pixOpenBrick(nullptr, closed_v.get(), 1, Pixels(kMinVerticalRulingInches, dpi)));
  if (!horizontal_runs || !vertical_runs) return rulings;
  // Beside a line, all ink counts: characters are not part of the network.
  PIX* all_ink = const_cast<PIX*>(&faint);
  PixPtr horizontal = WithoutStrokeRuns(*horizontal_runs, *all_ink, true, dpi);
  if (!horizontal) return rulings;
  // Vertical runs are judged piece by piece between the horizontals they cross: a ruling
  // that runs on into a character's stroke past its table's edge keeps only its own pieces.
  const int cut = Pixels(kCrossingInches, dpi);
  PixPtr crossings(pixDilateBrick(nullptr, horizontal.get(), 1, 2 * cut + 1));
  if (!crossings) return rulings;
  PixPtr pieces(pixSubtract(nullptr, vertical_runs.get(), crossings.get()));
  if (!pieces) return rulings;
  PixPtr straight_pieces = WithoutStrokeRuns(*pieces, *all_ink, false, dpi);
  if (!straight_pieces) return rulings;
  PixPtr meeting = VerticalsMeetingHorizontals(*straight_pieces, *horizontal, 2 * cut);
  PixPtr not_strokes = meeting ? WithoutCharacterStrokes(*meeting, *all_ink, dpi, cut) : nullptr;
  if (!not_strokes) return rulings;
  // Kept pieces on either side of a horizontal joined again; what is left as long as a
  // ruling. A character's stroke bridged to the rulings of its row is a piece alone.
  PixPtr joined(pixCloseBrick(nullptr, not_strokes.get(), 1, 4 * cut + 3));
  if (!joined) return rulings;
  PixPtr vertical(pixSelectBySize(joined.get(), 1, Pixels(kMinJoinedVerticalInches, dpi), 8,
                                  L_SELECT_HEIGHT, L_SELECT_IF_GTE, nullptr));
  if (!vertical) return rulings;
  AddShortVerticals(*large, *closed_v, *horizontal, *crossings, *all_ink, dpi, *vertical);
  AddLowTables(*all_ink, dpi, *horizontal, *vertical);
  AddSegments(*horizontal, true, dpi, rulings.segments);
  AddSegments(*vertical, false, dpi, rulings.segments);
  rulings.mask.reset(pixOr(nullptr, horizontal.get(), vertical.get()));
  // A pixel (at 150 dpi) across each line: the lighter edge of a line left in a cell reads
  // as a dash or a stroke.
  const int halo = 1 + 2 * std::max(1, static_cast<int>(std::lround(dpi / 150)));
  PixPtr thick_horizontal(pixDilateBrick(nullptr, horizontal.get(), 1, halo));
  PixPtr thick_vertical(pixDilateBrick(nullptr, vertical.get(), halo, 1));
  rulings.halo.reset(pixOr(nullptr, thick_horizontal.get(), thick_vertical.get()));
  return rulings;
}

}  // namespace nianbao::pdf::ocr
