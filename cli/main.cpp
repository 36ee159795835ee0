#include <iostream>

#include "commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{
      "nianbao: turns 政府信息公开工作年度报告 (PDF, DOCX, DOC, HTML, text dumps) into\n"
      "records: every table cell keyed by meaning, checked and traceable. The record\n"
      "is described field by field, key by key in docs/record.md."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "nianbao 0.1.0");
  int exit_code = 0;
  nianbao::cli::AddDumpCommand(app, exit_code);
  nianbao::cli::AddDebugPageCommand(app, exit_code);
  nianbao::cli::AddExtractCommand(app, exit_code);
  nianbao::cli::AddRunCommand(app, exit_code);
  nianbao::cli::AddExportCommand(app, exit_code);
  nianbao::cli::AddMergeCommand(app, exit_code);
  nianbao::cli::AddCheckCommand(app, exit_code);
  nianbao::cli::AddReviewCommand(app, exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
