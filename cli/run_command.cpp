#include <iostream>

#include "commands.hpp"
#include "nianbao/dataset.hpp"

namespace nianbao::cli {
namespace {

struct RunCommandOptions {
  dataset::RunOptions run;
  std::string shard;
  int time_limit_seconds = 120;
  int claim_lease_seconds = 60;
  double memory_limit_mib = 2048;
  bool no_progress = false;
};

int RunRun(RunCommandOptions& options) {
  try {
    if (!options.shard.empty()) options.run.shard = dataset::ParseShard(options.shard);
    options.run.time_limit = std::chrono::seconds(options.time_limit_seconds);
    if (options.claim_lease_seconds < 1) {
      throw std::invalid_argument("--claim-lease needs at least 1 second");
    }
    options.run.claim_lease = std::chrono::seconds(options.claim_lease_seconds);
    options.run.memory_limit = static_cast<std::uint64_t>(options.memory_limit_mib * (1 << 20));
    if (options.no_progress) options.run.progress_bar = false;
    if (options.run.inputs.empty() && options.run.lists.empty() && options.run.manifests.empty()) {
      std::cerr << "nianbao run: no inputs: name files, folders or WARC files, or use --list or "
                   "--manifest\n";
      return 2;
    }
    dataset::RunSummary summary = dataset::RunBatch(options.run, std::cerr);
    std::cerr << dataset::SummaryText(summary);
    return summary.failed == 0 && summary.input_errors == 0 ? 0 : 1;
  } catch (const std::invalid_argument& error) {
    std::cerr << "nianbao run: " << error.what() << '\n';
    return 2;
  } catch (const Error& error) {
    std::cerr << "nianbao run: " << error.what() << '\n';
    return 2;
  }
}

}  // namespace

void AddRunCommand(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<RunCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "run",
      "Process a whole crawl into a SQLite or PostgreSQL dataset (docs/dataset.md), in worker\n"
      "processes. Runs started on several machines over the same inputs with the same\n"
      "PostgreSQL --db share the work: each document is processed once.\n"
      "Inputs: files, folders (recursive), WARC files (.warc, .warc.gz: every HTTP response\n"
      "that is a report), --list files of paths and --manifest files (JSON Lines or CSV with\n"
      "a path column; the other columns go into each record's source). Documents whose\n"
      "content is already in the database are skipped, so an interrupted run is resumed by\n"
      "running it again. A document that crashes, hangs or exhausts its worker is stored as\n"
      "failed with the cause; the run goes on. Exit code 1 if any document failed.");
  command->add_option("inputs", options->run.inputs, "Files, folders and WARC files");
  command
      ->add_option("--db", options->run.database,
                   "The dataset: a SQLite file (created if missing), or a PostgreSQL database\n"
                   "(postgresql://HOST/DB, postgres:///DB or 'dbname=DB host=...'; the password\n"
                   "from PGPASSWORD or ~/.pgpass) that several runs can write at once")
      ->required();
  command->add_option("--list", options->run.lists,
                      "A file naming one input per line ('-' reads standard input)");
  command->add_option("--manifest", options->run.manifests,
                      "JSON Lines or CSV: path plus crawl fields (url, fetched_at, site, ...)");
  command->add_option("-j,--jobs", options->run.jobs, "Worker processes (default: all cores)");
  command->add_flag("--force", options->run.force,
                    "Process documents again even if their content is in the database");
  command->add_flag("--retry-failed", options->run.retry_failed,
                    "Process documents stored with status error (failed) again");
  command->add_option("--shard", options->shard,
                      "I/N: process only the I-th of N stable slices (by content hash), so N "
                      "machines share one crawl; combine with `nianbao merge`");
  command
      ->add_option("--time-limit", options->time_limit_seconds,
                   "Seconds one document may take before its worker is killed")
      ->capture_default_str();
  command
      ->add_option("--memory-limit", options->memory_limit_mib,
                   "MiB of address space per worker (0: no limit)")
      ->capture_default_str();
  command
      ->add_option("--claim-lease", options->claim_lease_seconds,
                   "PostgreSQL: seconds a document claimed by a run that died stays claimed\n"
                   "before another run takes it up")
      ->capture_default_str();
  command->add_option("--documents-per-worker", options->run.documents_per_worker,
                      "Replace a worker after this many documents (1: a fresh process each)");
  command->add_option("--templates", options->run.templates_dir,
                      "Read template definitions from this folder instead of the built-in ones");
  command->add_flag("--no-progress", options->no_progress, "Plain log lines even on a terminal");
  command->callback([options, &exit_code] { exit_code = RunRun(*options); });
}

}  // namespace nianbao::cli
