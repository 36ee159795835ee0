// Tables from ruling lines ("lattice"), as named steps on plain data:
//   rulings from graphics → snap rulings → join rulings → intersections → tables (rulings
//   connected through intersections) → grid cells → spans from missing inner rulings →
//   characters into cells.
// Each step is a free function in its own .cpp; FindLatticeTables runs them all and keeps
// every intermediate in a LatticeTrace (for tests and `nianbao debug-page`).
#pragma once

#include <string>
#include <vector>

#include "../pdf_content.hpp"

namespace nianbao::pdf::lattice {

// Every tolerance of the lattice steps, in PDF points. Validate() throws
// std::invalid_argument naming the bad setting.
struct LatticeSettings {
  // A stroked segment is horizontal (vertical) when its ends differ by at most this in y (x).
  static constexpr double kDefaultAxisTolerance = 0.5;
  // A filled rectangle at most this thick is a ruling (writers draw borders as thin fills).
  static constexpr double kDefaultMaxRulingThickness = 2.5;
  // Parallel rulings whose positions differ by at most this are one line (double borders,
  // rounding): snapped to their average position.
  static constexpr double kDefaultSnapTolerance = 1.5;
  // Collinear pieces with a gap up to this are joined into one ruling.
  static constexpr double kDefaultJoinTolerance = 1.5;
  // A horizontal and a vertical ruling intersect when they come this close.
  static constexpr double kDefaultIntersectionTolerance = 1.5;
  // Rulings shorter than this (after joining) are dropped (tick marks, glyph strokes).
  static constexpr double kDefaultMinRulingLength = 4.0;
  // A ruling separates two grid slots when it covers this share of their common edge.
  static constexpr double kDefaultEdgeCoverShare = 0.6;
  // Grid lines closer than this are one (after snapping, guards against slivers).
  static constexpr double kDefaultMinCellSize = 2.0;
  // A table's side rulings running on at least this far past its last (first) horizontal
  // ruling leave an open edge, closed where they end (a row cut by a browser's page break).
  static constexpr double kDefaultMinOpenEdge = 4.0;

  double axis_tolerance = kDefaultAxisTolerance;
  double max_ruling_thickness = kDefaultMaxRulingThickness;
  double snap_tolerance = kDefaultSnapTolerance;
  double join_tolerance = kDefaultJoinTolerance;
  double intersection_tolerance = kDefaultIntersectionTolerance;
  double min_ruling_length = kDefaultMinRulingLength;
  double edge_cover_share = kDefaultEdgeCoverShare;
  double min_cell_size = kDefaultMinCellSize;
  double min_open_edge = kDefaultMinOpenEdge;

  void Validate() const;
};

enum class Orientation { kHorizontal, kVertical };

// A horizontal ruling lies at y = position from x = start to x = end; a vertical one at
// x = position from y = start to y = end.
struct Ruling {
  Orientation orientation = Orientation::kHorizontal;
  double position = 0;
  double start = 0;
  double end = 0;

  double Length() const { return end - start; }
};

struct Intersection {
  double x = 0;
  double y = 0;
  int horizontal_idx = 0;  // into the joined rulings
  int vertical_idx = 0;
};

// A table's rulings: indexes into the joined rulings, and their extent.
struct RulingGroup {
  std::vector<int> horizontal;
  std::vector<int> vertical;
  Box box;
};

// The elementary grid of one table: boundaries of columns (xs) and rows (ys), ascending.
struct Grid {
  std::vector<double> xs;
  std::vector<double> ys;
  Box box;

  int Rows() const { return static_cast<int>(ys.size()) - 1; }
  int Cols() const { return static_cast<int>(xs.size()) - 1; }
};

// A cell of the grid after merging slots not separated by a ruling.
struct GridCell {
  int row = 0;
  int col = 0;
  int rowspan = 1;
  int colspan = 1;
  Box box;
  std::string text;  // lines joined by '\n' (filled by CharsIntoCells)
  Box last_line;     // box of the text's last line (when there is text)
  double font_size = 0;
  bool open_below = false;  // on the grid's bottom edge with no ruling along it (step 6b)
  bool open_above = false;  // on the grid's top edge with no ruling along it
};

struct GridTable {
  Grid grid;
  std::vector<GridCell> cells;        // row-major by top-left slot
  std::vector<std::string> problems;  // merged regions that were not rectangles
};

struct LatticeTrace {
  std::vector<Ruling> raw;      // from segments and thin rectangles
  std::vector<Ruling> snapped;  // after SnapRulings
  std::vector<Ruling> joined;   // after JoinRulings (the rulings used)
  std::vector<Intersection> intersections;
  std::vector<RulingGroup> groups;
  std::vector<GridTable> tables;  // with cells and spans; text after CharsIntoCells
};

// Step 0: axis-aligned segments and thin filled rectangles as rulings (a thick rectangle
// contributes its four sides).
std::vector<Ruling> RulingsFromGraphics(const std::vector<Segment>& segments,
                                        const std::vector<Box>& rects,
                                        const LatticeSettings& settings);
// Step 1: parallel rulings within snap_tolerance of each other move to their mean position.
std::vector<Ruling> SnapRulings(std::vector<Ruling> rulings, const LatticeSettings& settings);
// Step 2: overlapping or nearly touching collinear rulings become one; short ones go.
std::vector<Ruling> JoinRulings(std::vector<Ruling> rulings, const LatticeSettings& settings);
// Step 3: crossing points of horizontal and vertical rulings.
std::vector<Intersection> FindIntersections(const std::vector<Ruling>& rulings,
                                            const LatticeSettings& settings);
// Step 4: rulings connected through intersections form one table (at least two of each
// orientation).
std::vector<RulingGroup> GroupTables(const std::vector<Ruling>& rulings,
                                     const std::vector<Intersection>& intersections);
// Step 4b: a cell cut by page breaks above and below (a label spanning a whole page of
// rows, as browsers print it) has no horizontal ruling on the page: its sides are vertical
// rulings on their own. One that runs from the group's top to its bottom, beside or inside
// the group, joins it.
void AttachSideRulings(std::vector<RulingGroup>& groups, const std::vector<Ruling>& rulings,
                       const LatticeSettings& settings);
// Step 4c: a table cut by a page break may have no ruling along the cut (browsers print
// it so): its vertical rulings, both outer sides included, run on past the outermost
// horizontal ruling and end together. Such an open edge gets a horizontal ruling where
// they end, appended to `rulings` and to the group, so the cut row's text is a row of the
// table and not body text beside it.
void CloseOpenEdges(std::vector<RulingGroup>& groups, std::vector<Ruling>& rulings,
                    const LatticeSettings& settings);
// Step 5: the elementary grid of a group: every ruling position inside its box.
Grid GridCells(const RulingGroup& group, const std::vector<Ruling>& rulings,
               const LatticeSettings& settings);
// Step 6: slots not separated by a ruling merge; each merged region is one cell with its
// row and column span.
GridTable SpansFromMissingRulings(const Grid& grid, const RulingGroup& group,
                                  const std::vector<Ruling>& rulings,
                                  const LatticeSettings& settings);
// Step 6b: a cell on the grid's bottom (top) edge with no horizontal ruling along it is a
// merged cell cut by a page break (a label spanning rows that go on on the next page); its
// text may run on past the grid (browsers print it so). Marks such cells open.
void MarkOpenCells(GridTable& table, const RulingGroup& group, const std::vector<Ruling>& rulings,
                   const LatticeSettings& settings);
// Step 7: each character goes into the cell holding its centre; an open cell (step 6b)
// also takes the lines that run on from it past the grid, directly below (above) it; a cell's text
// keeps its lines ('\n'). Returns which characters were used (true per index of `chars`).
std::vector<bool> CharsIntoCells(GridTable& table, const std::vector<PdfChar>& chars);

// All steps. Tables with fewer than one row or column are left out.
LatticeTrace FindLatticeTables(const PageContent& page, const LatticeSettings& settings = {});

}  // namespace nianbao::pdf::lattice
