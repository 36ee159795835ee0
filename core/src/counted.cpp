#include "nianbao/counted.hpp"

namespace nianbao {

std::string Noun(long long count, std::string_view singular, std::string_view plural) {
  if (count == 1) return std::string(singular);
  if (!plural.empty()) return std::string(plural);
  std::string noun(singular);
  noun.push_back('s');
  return noun;
}

std::string Counted(long long count, std::string_view singular, std::string_view plural) {
  std::string text = std::to_string(count);
  text.push_back(' ');
  text.append(Noun(count, singular, plural));
  return text;
}

}  // namespace nianbao
