#include "inputs.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "csv.hpp"

namespace nianbao::dataset {
namespace fs = std::filesystem;
namespace {

std::string Lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return text;
}

bool HasWantedExtension(const fs::path& path, const std::vector<std::string>& extensions) {
  std::string name = Lowercase(path.filename().string());
  for (const std::string& extension : extensions) {
    std::string wanted = Lowercase(extension);
    if (name.size() > wanted.size() &&
        name.compare(name.size() - wanted.size(), wanted.size(), wanted) == 0) {
      return true;
    }
  }
  return false;
}

std::string ReadWhole(std::istream& stream) {
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

std::string ReadFileText(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) throw Error(ErrorKind::kIo, path, "cannot open the file");
  return ReadWhole(stream);
}

std::string TrimLine(std::string line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
    line.pop_back();
  }
  size_t begin = line.find_first_not_of(" \t");
  return begin == std::string::npos ? "" : line.substr(begin);
}

void AddPath(const std::string& path, const Json& fields, const RunOptions& options,
             InputList& list) {
  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) {
    list.problems.push_back({path, "no such file or folder"});
    return;
  }
  if (!fs::is_directory(status)) {
    list.entries.push_back({path, fields, IsWarcFile(path)});
    return;
  }
  std::vector<std::string> found;
  fs::recursive_directory_iterator walk(path, fs::directory_options::skip_permission_denied, error);
  for (; !error && walk != fs::recursive_directory_iterator(); walk.increment(error)) {
    if (walk->is_regular_file(error) && HasWantedExtension(walk->path(), options.extensions)) {
      found.push_back(walk->path().string());
    }
  }
  if (error) list.problems.push_back({path, "cannot list the folder: " + error.message()});
  std::sort(found.begin(), found.end());
  for (std::string& file : found) {
    bool is_warc = IsWarcFile(file);
    list.entries.push_back({std::move(file), fields, is_warc});
  }
}

void AddListFile(const std::string& list_path, const RunOptions& options, InputList& list) {
  std::string text;
  if (list_path == "-") {
    text = ReadWhole(std::cin);
  } else {
    text = ReadFileText(list_path);
  }
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    line = TrimLine(line);
    if (line.empty() || line[0] == '#') continue;
    AddPath(line, Json::object(), options, list);
  }
}

std::string ResolveAgainst(const std::string& manifest_path, const std::string& path) {
  fs::path given(path);
  if (given.is_absolute()) return path;
  return (fs::path(manifest_path).parent_path() / given).lexically_normal().string();
}

std::string FieldText(const Json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

InputEntry EntryFromFields(const std::string& manifest_path, Json fields, int line_number) {
  for (const char* name : {"path", "file"}) {
    auto found = fields.find(name);
    if (found == fields.end() || FieldText(*found).empty()) continue;
    InputEntry entry;
    entry.path = ResolveAgainst(manifest_path, FieldText(*found));
    fields.erase(name);
    entry.source_fields = std::move(fields);
    return entry;
  }
  throw Error(ErrorKind::kDamaged, manifest_path,
              "manifest line " + std::to_string(line_number) +
                  " has no \"path\" field: every entry must name its file",
              Location{.line = line_number});
}

std::vector<InputEntry> ReadJsonLinesManifest(const std::string& manifest_path,
                                              const std::string& text) {
  std::vector<InputEntry> entries;
  std::istringstream lines(text);
  std::string line;
  int line_number = 0;
  while (std::getline(lines, line)) {
    ++line_number;
    if (TrimLine(line).empty()) continue;
    Json fields = Json::parse(line, nullptr, false);
    if (!fields.is_object()) {
      throw Error(ErrorKind::kDamaged, manifest_path,
                  "manifest line " + std::to_string(line_number) + " is not a JSON object",
                  Location{.line = line_number});
    }
    entries.push_back(EntryFromFields(manifest_path, std::move(fields), line_number));
  }
  return entries;
}

std::vector<InputEntry> ReadCsvManifest(const std::string& manifest_path, const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  try {
    rows = ParseCsv(text);
  } catch (const std::invalid_argument& error) {
    throw Error(ErrorKind::kDamaged, manifest_path, std::string("CSV manifest: ") + error.what());
  }
  std::vector<InputEntry> entries;
  if (rows.empty()) return entries;
  const std::vector<std::string>& header = rows.front();
  for (size_t row_idx = 1; row_idx < rows.size(); ++row_idx) {
    Json fields = Json::object();
    for (size_t col_idx = 0; col_idx < header.size() && col_idx < rows[row_idx].size(); ++col_idx) {
      if (!rows[row_idx][col_idx].empty()) fields[header[col_idx]] = rows[row_idx][col_idx];
    }
    entries.push_back(
        EntryFromFields(manifest_path, std::move(fields), static_cast<int>(row_idx) + 1));
  }
  return entries;
}

}  // namespace

std::vector<InputEntry> ReadManifest(const std::string& manifest_path) {
  std::string text = ReadFileText(manifest_path);
  size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string::npos && text[first] == '{') {
    return ReadJsonLinesManifest(manifest_path, text);
  }
  return ReadCsvManifest(manifest_path, text);
}

InputList EnumerateInputs(const RunOptions& options) {
  InputList list;
  for (const std::string& input : options.inputs) AddPath(input, Json::object(), options, list);
  for (const std::string& list_path : options.lists) AddListFile(list_path, options, list);
  for (const std::string& manifest : options.manifests) {
    for (InputEntry& entry : ReadManifest(manifest)) {
      AddPath(entry.path, entry.source_fields, options, list);
    }
  }
  return list;
}

}  // namespace nianbao::dataset
