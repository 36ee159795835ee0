#include <iostream>

#include "commands.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/output.hpp"

namespace nianbao::cli {
namespace {

struct DumpOptions {
  std::vector<std::string> files;
  bool compact = false;
};

int RunDump(const DumpOptions& options) {
  int failures = 0;
  for (const std::string& file : options.files) {
    try {
      Document document = ReadDocumentFile(file);
      std::cout << output::DocumentToJson(document).dump(options.compact ? -1 : 2) << '\n';
    } catch (const Error& error) {
      std::cerr << "nianbao dump: " << error.what() << '\n';
      ++failures;
    } catch (const std::exception& error) {
      std::cerr << "nianbao dump: " << file << ": internal: " << error.what() << '\n';
      ++failures;
    }
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace

void AddDumpCommand(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<DumpOptions>();
  CLI::App* command = app.add_subcommand(
      "dump",
      "Print each file's document model (paragraphs and tables with merged cells) as JSON.\n"
      "For debugging readers: what the mapper will see. Unreadable files are named on\n"
      "stderr with the cause; the others still print; exit code 1 if any failed.");
  command->add_option("files", options->files, "Report files (PDF, DOCX, DOC, HTML, text)")
      ->required();
  command->add_flag("--compact", options->compact, "One line of JSON per document");
  command->callback([options, &exit_code] { exit_code = RunDump(*options); });
}

}  // namespace nianbao::cli
