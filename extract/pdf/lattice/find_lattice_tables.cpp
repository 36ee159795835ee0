#include "lattice.hpp"

namespace nianbao::pdf::lattice {

LatticeTrace FindLatticeTables(const PageContent& page, const LatticeSettings& settings) {
  settings.Validate();
  LatticeTrace trace;
  trace.raw = RulingsFromGraphics(page.segments, page.rects, settings);
  trace.snapped = SnapRulings(trace.raw, settings);
  trace.joined = JoinRulings(trace.snapped, settings);
  trace.intersections = FindIntersections(trace.joined, settings);
  trace.groups = GroupTables(trace.joined, trace.intersections);
  AttachSideRulings(trace.groups, trace.joined, settings);
  CloseOpenEdges(trace.groups, trace.joined, settings);
  for (const RulingGroup& group : trace.groups) {
    Grid grid = GridCells(group, trace.joined, settings);
    if (grid.Rows() < 1 || grid.Cols() < 1) continue;
    if (grid.Rows() * grid.Cols() < 2) continue;  // a framed box, not a table
    GridTable table = SpansFromMissingRulings(grid, group, trace.joined, settings);
    MarkOpenCells(table, group, trace.joined, settings);
    trace.tables.push_back(std::move(table));
  }
  return trace;
}

}  // namespace nianbao::pdf::lattice
