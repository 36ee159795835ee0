#include <fmt/core.h>

#include <iostream>
#include <optional>
#include <stdexcept>
#include <utility>

#include "commands.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/pdf_debug.hpp"
#include "nianbao/schema.hpp"
#include "output_file.hpp"

namespace nianbao::cli {
namespace {

struct DebugPageOptions {
  std::string file;
  int page = 1;
  std::string svg_path;
  std::string trace_path;
  bool no_labels = false;
  std::vector<std::string> pdf_settings;
};

// "snap_tolerance=2.5" → PdfReadSettings::snap_tolerance; throws std::invalid_argument.
void SetPdfSetting(PdfReadSettings& settings, const std::string& assignment) {
  const size_t equals = assignment.find('=');
  if (equals == std::string::npos) {
    throw std::invalid_argument("--pdf-setting wants NAME=VALUE, got " + assignment);
  }
  const std::string name = assignment.substr(0, equals);
  const std::string value = assignment.substr(equals + 1);
  if (name == "stream_fallback") {
    if (value != "true" && value != "false") {
      throw std::invalid_argument("stream_fallback is true or false, got " + value);
    }
    settings.stream_fallback = value == "true";
    return;
  }
  const std::pair<const char*, std::optional<double> PdfReadSettings::*> numbers[] = {
      {"axis_tolerance", &PdfReadSettings::axis_tolerance},
      {"max_ruling_thickness", &PdfReadSettings::max_ruling_thickness},
      {"snap_tolerance", &PdfReadSettings::snap_tolerance},
      {"join_tolerance", &PdfReadSettings::join_tolerance},
      {"intersection_tolerance", &PdfReadSettings::intersection_tolerance},
      {"min_ruling_length", &PdfReadSettings::min_ruling_length},
      {"edge_cover_share", &PdfReadSettings::edge_cover_share},
      {"min_cell_size", &PdfReadSettings::min_cell_size},
      {"same_line_share", &PdfReadSettings::same_line_share},
      {"run_gap_em", &PdfReadSettings::run_gap_em},
      {"space_gap_em", &PdfReadSettings::space_gap_em},
      {"furniture_band", &PdfReadSettings::furniture_band},
  };
  for (const auto& [known, member] : numbers) {
    if (name == known) {
      settings.*member = std::stod(value);
      return;
    }
  }
  throw std::invalid_argument("no PDF setting named " + name);
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

// Writes `text` to `path`; false, with a line on stderr saying why, if it cannot.
bool WriteFile(const std::string& path, const std::string& text) {
  OutputFile out(path);
  out.stream() << text;
  if (out.Close()) return true;
  std::cerr << "nianbao debug-page: " << out.Problem() << '\n';
  return false;
}

int RunDebugPage(const DebugPageOptions& options) {
  try {
    ReadOptions read_options;
    read_options.keep_trace = true;
    for (const std::string& setting : options.pdf_settings) {
      SetPdfSetting(read_options.pdf, setting);
    }
    const std::string bytes = ReadFileBytes(options.file, read_options);
    const Document document = ReadDocument(bytes, options.file, read_options);
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
    const pdf_debug::PageDrawing drawing = pdf_debug::DrawPage(document, options.page, labels);
    if (!WriteFile(options.svg_path, drawing.svg)) return 2;
    if (!options.trace_path.empty() && !WriteFile(options.trace_path, drawing.trace_json)) {
      return 2;
    }
    return 0;
  } catch (const Error& error) {
    std::cerr << "nianbao debug-page: " << error.what() << '\n';
    return 1;
  } catch (const std::logic_error& error) {  // a bad --pdf-setting (invalid_argument, out_of_range)
    std::cerr << "nianbao debug-page: " << error.what() << '\n';
    return 2;
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
  command->add_option("--pdf-setting", options->pdf_settings,
                      "NAME=VALUE, repeatable: a PDF reader setting (nianbao/extract.hpp\n"
                      "PdfReadSettings: snap_tolerance, join_tolerance, intersection_tolerance,\n"
                      "min_ruling_length, edge_cover_share, min_cell_size, axis_tolerance,\n"
                      "max_ruling_thickness, same_line_share, run_gap_em, space_gap_em,\n"
                      "furniture_band, stream_fallback=true|false)");
  command->callback([options, &exit_code] { exit_code = RunDebugPage(*options); });
}

}  // namespace nianbao::cli
