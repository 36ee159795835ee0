// Internal: region/data/ compiled into the program, generated at build time by
// region/tools/write_gazetteer_tables.cpp from the data files: the divisions as ready tables,
// the agency words as their JSON text.
#pragma once

#include <string_view>

#include "gazetteer_impl.hpp"

namespace nianbao::region {

DivisionTables BuiltinDivisionTables();
std::string_view BuiltinAgencyWordsJson();

}  // namespace nianbao::region
