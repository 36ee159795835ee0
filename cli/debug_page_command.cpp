#include <fstream>
#include <iostream>
#include <iterator>

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

std::string ReadBytes(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) throw Error(ErrorKind::kIo, path, "cannot open the file");
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

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

bool WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out);
}

int RunDebugPage(const DebugPageOptions& options) {
  try {
    const std::string bytes = ReadBytes(options.file);
    const Document document = ReadDocument(bytes, options.file);
    if (document.source.format != Format::kPdf) {
      std::cerr << "nianbao debug-page: " << options.file << " is not a PDF\n";
      return 1;
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
    if (!WriteFile(options.svg_path, drawing.svg)) {
      std::cerr << "nianbao debug-page: cannot write " << options.svg_path << '\n';
      return 2;
    }
    if (!options.trace_path.empty() && !WriteFile(options.trace_path, drawing.trace_json)) {
      std::cerr << "nianbao debug-page: cannot write " << options.trace_path << '\n';
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
