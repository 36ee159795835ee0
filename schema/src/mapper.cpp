// Placeholder until the schema stage lands: records carry only their source.
#include "nianbao/schema.hpp"

namespace nianbao::schema {

struct TemplateSet::Impl {};
TemplateSet::TemplateSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TemplateSet::~TemplateSet() = default;
std::shared_ptr<const TemplateSet> TemplateSet::Builtin() {
  return std::make_shared<TemplateSet>(std::make_unique<Impl>());
}
std::shared_ptr<const TemplateSet> TemplateSet::FromDirectory(const std::filesystem::path&) {
  return Builtin();
}

Mapper::Mapper(std::shared_ptr<const TemplateSet> templates, const normalize::Normalizer& normalizer)
    : templates_(std::move(templates)), normalizer_(normalizer) {}

Record Mapper::Map(const Document& document) const {
  Record record;
  record.source = document.source;
  record.warnings = document.diagnostics;
  return record;
}

}  // namespace nianbao::schema
