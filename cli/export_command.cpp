#include <iostream>

#include "commands.hpp"
#include "nianbao/dataset.hpp"
#include "output_file.hpp"

namespace nianbao::cli {
namespace {

struct ExportCommandOptions {
  std::string database;
  std::string format = "jsonl";
  bool byte_order_mark = false;
  std::string output_path;
  std::string statuses;  // "complete,partial"; empty: every document
};

int RunExport(const ExportCommandOptions& options) {
  try {
    dataset::ExportOptions export_options{
        options.database, dataset::ParseExportFormat(options.format), options.byte_order_mark,
        options.statuses.empty() ? std::vector<schema::RecordStatus>{}
                                 : dataset::ParseStatusList(options.statuses)};
    OutputFile out(options.output_path);
    if (out.ok()) dataset::ExportDataset(export_options, out.stream());
    if (!out.Close()) {
      std::cerr << "nianbao export: " << out.Problem() << '\n';
      return 2;
    }
    return 0;
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
      "agency and year (reports). Documents are ordered by path.\n"
      "--status keeps only documents whose record has one of the given statuses (docs/record.md):\n"
      "complete (every required key of the template read as a number), partial (template\n"
      "recognised, some required keys missing or unreadable: the record's `missing` says\n"
      "which), no_data (read, but no template table: a notice page, an unreadable scan),\n"
      "error (could not be read at all; in jsonl also inputs that could not be opened).\n"
      "reports keeps rows whose numbers come from such a document (no document: no_data);\n"
      "year-checks keeps rows whose compared documents all have one.");
  command
      ->add_option("--db", options->database,
                   "The dataset: a SQLite file or a PostgreSQL connection string")
      ->required();
  command
      ->add_option("--format", options->format, "jsonl, csv-wide, csv-long, year-checks or reports")
      ->capture_default_str();
  command->add_flag("--bom", options->byte_order_mark,
                    "Start with a UTF-8 byte order mark (for Excel)");
  command->add_option("-o,--output", options->output_path, "Write to this file, not stdout");
  command->add_option("--status", options->statuses,
                      "S[,S...]: only documents with these statuses (complete, partial, no_data, "
                      "error), e.g. --status complete,partial");
  command->callback([options, &exit_code] { exit_code = RunExport(*options); });
}

}  // namespace nianbao::cli
