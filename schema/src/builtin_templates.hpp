// Internal: the templates compiled into the program. schema/templates/*.json stay the source:
// at build time template_codegen parses them (ParseTemplate) and writes the parsed
// TemplateSpecs as C++ (builtin_templates.cpp), so a start builds them without reading JSON.
#pragma once

#include <vector>

#include "template_model.hpp"

namespace nianbao::schema {

// The templates of schema/templates/, sorted by file name, as ParseTemplate gives them.
std::vector<TemplateSpec> BuiltinTemplates();

}  // namespace nianbao::schema
