// reader_bench: documents/second for ReadDocument over the files of one format in the folders
// (or files) named on the command line. Files are read into memory first, so the figure is
// the reader's own speed, not the disk's.
//
//   reader_bench --format html|docx|pdf|txt FOLDER_OR_FILE... [--repeat N] [--verbose]
//
// .doc is not offered: its time is LibreOffice's start-up (seconds a file), not the reader's.
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "nianbao/extract.hpp"

namespace {

struct Input {
  std::string path;
  std::string bytes;
};

// The file name extensions of each format, for picking files out of a folder.
const std::vector<std::pair<std::string, std::vector<std::string>>> kExtensions = {
    {"html", {".html", ".htm"}}, {"docx", {".docx"}}, {"pdf", {".pdf"}}, {"txt", {".txt"}}};

const std::vector<std::string>* ExtensionsOf(const std::string& format) {
  for (const auto& [name, extensions] : kExtensions) {
    if (name == format) return &extensions;
  }
  return nullptr;
}

bool HasExtension(const std::filesystem::path& path, const std::vector<std::string>& extensions) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), ::tolower);
  return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream out;
  out << stream.rdbuf();
  return out.str();
}

std::vector<Input> LoadInputs(const std::vector<std::string>& arguments,
                              const std::vector<std::string>& extensions) {
  std::vector<std::filesystem::path> paths;
  for (const std::string& argument : arguments) {
    if (std::filesystem::is_directory(argument)) {
      for (const auto& entry : std::filesystem::directory_iterator(argument)) {
        if (entry.is_regular_file() && HasExtension(entry.path(), extensions))
          paths.push_back(entry.path());
      }
    } else {
      paths.emplace_back(argument);
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Input> inputs;
  for (const auto& path : paths) inputs.push_back({path.string(), ReadAll(path)});
  return inputs;
}

std::string Summary(const nianbao::Document& document) {
  int paragraphs = 0;
  std::string tables;
  for (const nianbao::Block& block : document.blocks) {
    if (std::holds_alternative<nianbao::Paragraph>(block)) {
      ++paragraphs;
    } else {
      const auto& table = std::get<nianbao::Table>(block);
      tables += fmt::format(" {}x{}", table.rows, table.cols);
    }
  }
  return fmt::format("{} paragraphs, tables:{}, {} diagnostics", paragraphs, tables,
                     document.diagnostics.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> arguments;
  std::string format;
  int repeat = 3;
  bool verbose = false;
  for (int arg_idx = 1; arg_idx < argc; ++arg_idx) {
    std::string argument = argv[arg_idx];
    if (argument == "--format" && arg_idx + 1 < argc) {
      format = argv[++arg_idx];
    } else if (argument == "--repeat" && arg_idx + 1 < argc) {
      repeat = std::max(1, std::stoi(argv[++arg_idx]));
    } else if (argument == "--verbose") {
      verbose = true;
    } else {
      arguments.push_back(argument);
    }
  }
  const std::vector<std::string>* extensions = ExtensionsOf(format);
  if (arguments.empty() || extensions == nullptr) {
    std::cerr << "usage: reader_bench --format html|docx|pdf|txt FOLDER_OR_FILE... [--repeat N] "
                 "[--verbose]\n";
    return 2;
  }
  std::vector<Input> inputs = LoadInputs(arguments, *extensions);
  if (inputs.empty()) {
    std::cerr << "reader_bench: no " << format << " files found\n";
    return 2;
  }
  size_t total_bytes = 0;
  for (const Input& input : inputs) total_bytes += input.bytes.size();

  int failures = 0;
  auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < repeat; ++round) {
    for (const Input& input : inputs) {
      try {
        nianbao::Document document = nianbao::ReadDocument(input.bytes, input.path);
        if (verbose && round == 0) std::cout << input.path << ": " << Summary(document) << '\n';
      } catch (const nianbao::Error& error) {
        if (round == 0) std::cerr << error.what() << '\n';
        ++failures;
      }
    }
  }
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  const double documents = static_cast<double>(inputs.size()) * repeat;
  std::cout << fmt::format(
      "{} reader: {} files ({:.1f} MB) x {} rounds in {:.3f} s: {:.1f} documents/s, "
      "{:.1f} MB/s, {} failures\n",
      format, inputs.size(), total_bytes / 1e6, repeat, elapsed.count(),
      documents / elapsed.count(), total_bytes * repeat / 1e6 / elapsed.count(), failures);
  return failures == 0 ? 0 : 1;
}
