// label_variants.hpp: the variant-wording table (normalize/data/label_variants.tsv),
// compiled into the library so the binary needs no source tree at run time.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nianbao::normalize {

// The table's text, as compiled in.
std::string_view LabelVariantsTsv();

// VARIANT<TAB>CANONICAL lines; # comments and blank lines skipped. Throws
// nianbao::Error (kInternal) on a line without exactly one tab, with an empty side, or
// whose canonical form contains its variant.
std::vector<std::pair<std::string, std::string>> ParseVariantTable(std::string_view tsv);

}  // namespace nianbao::normalize
