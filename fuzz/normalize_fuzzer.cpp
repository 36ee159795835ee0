// The number parser and label normalizer on arbitrary (often invalid) UTF-8.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "nianbao/normalize.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const nianbao::normalize::Normalizer normalizer;  // ICU objects built once, as in use
  std::string_view text(reinterpret_cast<const char*>(data), size);
  normalizer.ParseCell(text);
  std::string label = normalizer.NormalizeLabel(text);
  normalizer.SplitOrdinal(text);
  normalizer.Similarity(label, "本年新收政府信息公开申请数量");
  normalizer.NormalizeText(text);
  normalizer.ExtractYear(text);
  return 0;
}
