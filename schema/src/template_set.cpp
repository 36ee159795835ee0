#include <algorithm>
#include <fstream>
#include <sstream>

#include "builtin_templates.hpp"
#include "template_model.hpp"

namespace nianbao::schema {

TemplateSet::TemplateSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TemplateSet::~TemplateSet() = default;

std::shared_ptr<const TemplateSet> TemplateSet::Builtin() {
  auto impl = std::make_unique<Impl>();
  impl->templates = BuiltinTemplates();
  return std::make_shared<TemplateSet>(std::move(impl));
}

std::shared_ptr<const TemplateSet> TemplateSet::FromDirectory(const std::filesystem::path& dir) {
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) {
    throw Error(ErrorKind::kIo, dir.string(), "no such folder of template definitions");
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    throw Error(ErrorKind::kIo, dir.string(), "the folder holds no template files (*.json)");
  }
  auto impl = std::make_unique<Impl>();
  for (const auto& path : files) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) throw Error(ErrorKind::kIo, path.string(), "cannot open the template file");
    std::ostringstream text;
    text << stream.rdbuf();
    impl->templates.push_back(ParseTemplate(text.str(), path.string()));
  }
  return std::make_shared<TemplateSet>(std::move(impl));
}

}  // namespace nianbao::schema
