#include <fmt/core.h>

#include <iostream>

#include "commands.hpp"
#include "nianbao/counted.hpp"
#include "nianbao/dataset.hpp"

namespace nianbao::cli {
namespace {

struct MergeCommandOptions {
  std::string output;
  std::vector<std::string> inputs;
};

int RunMerge(const MergeCommandOptions& options) {
  try {
    dataset::MergeSummary summary = dataset::MergeDatabases(options.output, options.inputs);
    std::cerr << fmt::format("nianbao merge: {} added, {} already there\n",
                             Counted(summary.added, "document"), summary.duplicates);
    return 0;
  } catch (const Error& error) {
    std::cerr << "nianbao merge: " << error.what() << '\n';
    return 2;
  }
}

}  // namespace

void AddMergeCommand(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<MergeCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "merge",
      "Combine datasets (e.g. one per `--shard`) into OUT, created if missing. A document\n"
      "whose content is already in OUT is not copied again. Each dataset is a SQLite file\n"
      "or a PostgreSQL connection string (postgresql://...), so a dataset is copied from\n"
      "SQLite into PostgreSQL and back.");
  command->add_option("output", options->output, "The dataset to write into")->required();
  command->add_option("inputs", options->inputs, "Datasets to copy from")->required();
  command->callback([options, &exit_code] { exit_code = RunMerge(*options); });
}

}  // namespace nianbao::cli
