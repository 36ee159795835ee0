// Placeholder until the normalize stage lands: every call says it is not built.
#include <stdexcept>

#include "nianbao/normalize.hpp"

namespace nianbao::normalize {

struct Normalizer::Impl {};
Normalizer::Normalizer() : impl_(std::make_unique<Impl>()) {}
Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

CellValue Normalizer::ParseCell(std::string_view) const { throw std::logic_error("not built"); }
std::string Normalizer::NormalizeLabel(std::string_view text) const { return std::string(text); }
LabelParts Normalizer::SplitOrdinal(std::string_view text) const { return {{}, 0, std::string(text)}; }
double Normalizer::Similarity(std::string_view a, std::string_view b) const { return a == b; }
std::string Normalizer::NormalizeText(std::string_view text) const { return std::string(text); }
std::optional<int> Normalizer::ExtractYear(std::string_view) const { return std::nullopt; }

}  // namespace nianbao::normalize
