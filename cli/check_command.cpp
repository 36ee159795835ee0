#include <iostream>

#include "commands.hpp"
#include "nianbao/dataset.hpp"

namespace nianbao::cli {
namespace {

int RunCheck(const std::string& database) {
  try {
    std::cerr << dataset::CheckSummaryText(dataset::CheckDataset(database));
    return 0;
  } catch (const Error& error) {
    std::cerr << "nianbao check: " << error.what() << '\n';
    return 2;
  }
}

}  // namespace

void AddCheckCommand(CLI::App& app, int& exit_code) {
  auto database = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "check",
      "Compare each agency's reports across years in a dataset made by `nianbao run` and\n"
      "store the findings in its table year_checks (docs/dataset.md): this year's 上年结转\n"
      "against last year's 结转下年度 per column, a year reported twice with different\n"
      "numbers, a year missing between two reported ones. Export them with\n"
      "`nianbao export --format year-checks`. Findings are data, not errors: exit code 0.");
  command->add_option("--db", *database, "The SQLite dataset")->required();
  command->callback([database, &exit_code] { exit_code = RunCheck(*database); });
}

}  // namespace nianbao::cli
