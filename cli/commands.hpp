// The nianbao program's commands. Each Add*Command registers a subcommand with its options
// and the callback that runs it; the callback stores the exit code in `exit_code`.
#pragma once

#include <CLI/CLI.hpp>

namespace nianbao::cli {

void AddDumpCommand(CLI::App& app, int& exit_code);
void AddDebugPageCommand(CLI::App& app, int& exit_code);
void AddExtractCommand(CLI::App& app, int& exit_code);
void AddRunCommand(CLI::App& app, int& exit_code);
void AddExportCommand(CLI::App& app, int& exit_code);
void AddMergeCommand(CLI::App& app, int& exit_code);
void AddCheckCommand(CLI::App& app, int& exit_code);
void AddReviewCommand(CLI::App& app, int& exit_code);

}  // namespace nianbao::cli
