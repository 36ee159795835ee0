#include <fmt/core.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/pdf_debug.hpp"
#include "nianbao/schema.hpp"

namespace nianbao::cli {
namespace {

struct DebugPageOptions {
  std::string file;
  int page = 1;
  std::string svg_path;
  std::string trace_path;
  bool no_labels = false;
};

// The record key the mapper gave each value cell, from the record's provenance.
std::vector<pdf_debug::CellLabel> MapperLabels(const Document& document) {
  normalize::Normalizer normalizer;
  schema::Mapper mapper(schema::TemplateSet::Builtin(), normalizer);
  const schema::Record record = mapper.Map(document);
  std::vector<pdf_debug::CellLabel> labels;
  for (const auto& [key, provenance] : record.provenance) {
    if (!provenance.table || !provenance.row || !provenance.col) continue;  // read from text
    labels.push_back({*provenance.table, *provenance.row, *provenance.col, key});
  }
  return labels;
}

// Writes `text` to `path`; false, with a line on stderr saying why, if it cannot.
bool WriteFile(const std::string& path, const std::string& text) {
  errno = 0;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (out) return true;
  std::cerr << "nianbao debug-page: cannot write " << path << ": "
            << (errno != 0 ? std::strerror(errno) : "write failed") << '\n';
  return false;
}

int RunDebugPage(const DebugPageOptions& options) {
  try {
    const std::string bytes = ReadFileBytes(options.file);
    const Document document = ReadDocument(bytes, options.file);
    if (document.source.format != Format::kPdf) {
      std::cerr << "nianbao debug-page: " << options.file << " is not a PDF\n";
      return 1;
    }
    const int pages = document.source.pages.value_or(0);
    if (options.page < 1 || options.page > pages) {
      std::cerr << fmt::format(
          "nianbao debug-page: {} has {} page{}: --page {} is not one of them\n", options.file,
          pages, pages == 1 ? "" : "s", options.page);
      return 2;
    }
    std::vector<pdf_debug::CellLabel> labels;
    if (!options.no_labels) {
      try {
        labels = MapperLabels(document);
      } catch (const std::exception& error) {
        std::cerr << "nianbao debug-page: no cell labels (the mapper failed: " << error.what()
                  << ")\n";
      }
    }
    const pdf_debug::PageDrawing drawing =
        pdf_debug::DrawPage(bytes, options.file, document, options.page, labels);
    if (!WriteFile(options.svg_path, drawing.svg)) return 2;
    if (!options.trace_path.empty() && !WriteFile(options.trace_path, drawing.trace_json)) {
      return 2;
    }
    return 0;
  } catch (const Error& error) {
    std::cerr << "nianbao debug-page: " << error.what() << '\n';
    return 1;
  }
}

}  // namespace

void AddDebugPageCommand(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<DebugPageOptions>();
  CLI::App* command = app.add_subcommand(
      "debug-page",
      "Draw one PDF page as SVG: characters (grey; unreadable ones magenta), drawn lines\n"
      "(light red), joined rulings and their intersections (red), the tables' cells with\n"
      "row,col and spans (blue), each value cell's record key from the mapper (green) and\n"
      "page furniture (orange). --trace writes the lattice steps' intermediates as JSON.");
  command->add_option("file", options->file, "A PDF report")->required();
  command->add_option("--page", options->page, "Page number, from 1")->default_val(1);
  command->add_option("-o,--output", options->svg_path, "SVG file to write")->required();
  command->add_option("--trace", options->trace_path, "JSON file for the lattice trace");
  command->add_flag("--no-labels", options->no_labels, "Do not run the mapper");
  command->callback([options, &exit_code] { exit_code = RunDebugPage(*options); });
}

}  // namespace nianbao::cli
