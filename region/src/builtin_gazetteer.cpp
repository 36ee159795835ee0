// The builtin gazetteer: tables made at build time from region/data/, used in place.
#include "builtin_data.hpp"
#include "gazetteer_impl.hpp"

namespace nianbao::region {

std::shared_ptr<const Gazetteer> Gazetteer::Builtin() {
  auto impl = std::make_unique<Impl>();
  impl->tables = BuiltinDivisionTables();
  impl->words = ReadAgencyWords(BuiltinAgencyWordsJson());
  return std::make_shared<Gazetteer>(std::move(impl));
}

}  // namespace nianbao::region
