// The templates compiled into the program (template_codegen at build time) are the templates
// of schema/templates/*.json as ParseTemplate reads them: the files stay the source.
#include <catch2/catch.hpp>

#include <vector>

#include "builtin_templates.hpp"
#include "template_model.hpp"

namespace nianbao::schema {

TEST_CASE("the built-in templates are the template files as parsed", "[schema][templates]") {
  // FromDirectory parses the files with ParseTemplate at run time.
  const auto files = TemplateSet::FromDirectory(NIANBAO_TEMPLATE_DIR);
  const std::vector<TemplateSpec>& parsed = files->impl().templates;
  const std::vector<TemplateSpec> built_in = BuiltinTemplates();
  REQUIRE(parsed.size() >= 2);
  REQUIRE(built_in.size() == parsed.size());
  for (size_t idx = 0; idx < parsed.size(); ++idx) {
    INFO("template " << parsed[idx].version);
    CHECK(built_in[idx].tables.size() == parsed[idx].tables.size());
    CHECK(built_in[idx].key_order == parsed[idx].key_order);
    CHECK(built_in[idx] == parsed[idx]);
  }
}

}  // namespace nianbao::schema
