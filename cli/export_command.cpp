#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "nianbao/dataset.hpp"

namespace nianbao::cli {
namespace {

struct ExportCommandOptions {
  std::string database;
  std::string format = "jsonl";
  bool byte_order_mark = false;
  std::string output_path;
};

int RunExport(const ExportCommandOptions& options) {
  try {
    dataset::ExportOptions export_options{
        options.database, dataset::ParseExportFormat(options.format), options.byte_order_mark};
    if (options.output_path.empty()) {
      dataset::ExportDataset(export_options, std::cout);
      return 0;
    }
    std::ofstream out(options.output_path, std::ios::binary | std::ios::trunc);
    if (!out) {
      std::cerr << "nianbao export: cannot write " << options.output_path << '\n';
      return 2;
    }
    dataset::ExportDataset(export_options, out);
    return out ? 0 : 2;
  } catch (const std::invalid_argument& error) {
    std::cerr << "nianbao export: " << error.what() << '\n';
    return 2;
  } catch (const Error& error) {
    std::cerr << "nianbao export: " << error.what() << '\n';
    return 2;
  }
}

}  // namespace

void AddExportCommand(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ExportCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "export",
      "Write a dataset made by `nianbao run` as JSON Lines records (as `nianbao extract`\n"
      "writes them, crawl fields in source), as CSV with one row per document and one\n"
      "column per key (csv-wide, columns in docs/dataset.md order) or one row per value\n"
      "(csv-long), the cross-year checks of `nianbao check` (year-checks), or one row per\n"
      "agency and year (reports). Documents are ordered by path.");
  command->add_option("--db", options->database, "The SQLite dataset")->required();
  command
      ->add_option("--format", options->format, "jsonl, csv-wide, csv-long, year-checks or reports")
      ->capture_default_str();
  command->add_flag("--bom", options->byte_order_mark,
                    "Start with a UTF-8 byte order mark (for Excel)");
  command->add_option("-o,--output", options->output_path, "Write to this file, not stdout");
  command->callback([options, &exit_code] { exit_code = RunExport(*options); });
}

}  // namespace nianbao::cli
