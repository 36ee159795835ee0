// Internal: the template files compiled into the program (generated from schema/templates/).
#pragma once

#include <string>
#include <vector>

namespace nianbao::schema {

struct TemplateFile {
  std::string name;  // file name, e.g. "2021.json"
  std::string text;  // its JSON
};

std::vector<TemplateFile> BuiltinTemplateFiles();

}  // namespace nianbao::schema
