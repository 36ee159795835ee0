// Input enumeration: command-line paths (files and folders, recursively), list files (one
// path a line, "-" for stdin) and manifests (JSON Lines or CSV: a path plus crawl fields).
#pragma once

#include <string>
#include <vector>

#include "nianbao/dataset.hpp"

namespace nianbao::dataset {

struct InputEntry {
  std::string path;
  Json source_fields = Json::object();  // manifest fields other than the path
  bool is_warc = false;
};

struct InputProblem {
  std::string path;
  std::string message;
};

struct InputList {
  std::vector<InputEntry> entries;     // in the order given; folders sorted by path
  std::vector<InputProblem> problems;  // inputs that do not exist or cannot be listed
};

InputList EnumerateInputs(const RunOptions& options);

// Entries of a manifest. JSON Lines when the first non-blank character is '{', else CSV with
// a header row. The path field is "path" (or "file"); relative paths are taken relative to
// the manifest's folder. Throws Error(kDamaged) naming the line for malformed manifests.
std::vector<InputEntry> ReadManifest(const std::string& manifest_path);

}  // namespace nianbao::dataset
