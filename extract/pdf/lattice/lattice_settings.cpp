#include <stdexcept>
#include <string>

#include "lattice.hpp"

namespace nianbao::pdf::lattice {
namespace {

void RequireNonNegative(double value, const char* name) {
  if (!(value >= 0)) {
    throw std::invalid_argument(std::string("LatticeSettings::") + name +
                                " must be zero or more, got " + std::to_string(value));
  }
}

}  // namespace

void LatticeSettings::Validate() const {
  RequireNonNegative(axis_tolerance, "axis_tolerance");
  RequireNonNegative(max_ruling_thickness, "max_ruling_thickness");
  RequireNonNegative(snap_tolerance, "snap_tolerance");
  RequireNonNegative(join_tolerance, "join_tolerance");
  RequireNonNegative(intersection_tolerance, "intersection_tolerance");
  RequireNonNegative(min_ruling_length, "min_ruling_length");
  RequireNonNegative(min_cell_size, "min_cell_size");
  RequireNonNegative(min_open_edge, "min_open_edge");
  if (!(edge_cover_share > 0 && edge_cover_share <= 1)) {
    throw std::invalid_argument("LatticeSettings::edge_cover_share must be in (0, 1], got " +
                                std::to_string(edge_cover_share));
  }
}

}  // namespace nianbao::pdf::lattice
