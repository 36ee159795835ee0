#include <malloc.h>
#include <unistd.h>

#include <fmt/core.h>

#include <iostream>
#include <map>

#include "commands.hpp"
#include "nianbao/counted.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/output.hpp"
#include "nianbao/pipeline.hpp"
#include "nianbao/progress.hpp"
#include "nianbao/schema.hpp"
#include "output_file.hpp"

namespace nianbao::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string output_path;
  std::string templates_dir;
  bool no_progress = false;
};

struct Tally {
  int documents = 0;
  int values = 0;
  int failed_checks = 0;
  int errors = 0;
  std::map<std::string, int> by_status;  // the records' `status`
};

output::Outcome ExtractOne(const std::string& file, const pipeline::Stages& stages, Tally& tally,
                           Progress& progress) {
  ++tally.documents;
  output::Outcome outcome = pipeline::ProcessFile(file, stages);
  ++tally.by_status[schema::RecordStatusName(outcome.record.status)];
  if (outcome.error) {
    ++tally.errors;
    progress.Line(fmt::format("nianbao extract: {}: {}: {}", file,
                              ErrorKindName(outcome.error->kind()), outcome.error->message()));
    return outcome;
  }
  tally.values += static_cast<int>(outcome.record.values.size());
  for (const schema::Check& check : outcome.record.checks) tally.failed_checks += check.ok ? 0 : 1;
  return outcome;
}

// glibc's malloc grows its heap 128 KiB past what is asked and gives back what is freed at the
// top: a short process reading a PDF then faults in fresh pages again and again as Poppler's
// buffers come and go. A 16 MiB pad (address space, only pages touched cost): 11 % fewer page
// faults and ~3 % less processor time per file on the dev PDFs (bench/startup.sh).
void KeepHeapPadded() {
  constexpr int kTopPad = 16 << 20;
  mallopt(M_TOP_PAD, kTopPad);
}

int RunExtract(const ExtractOptions& options) {
  KeepHeapPadded();
  OutputFile out(options.output_path);
  if (!out.ok()) {
    std::cerr << "nianbao extract: " << out.Problem() << '\n';
    return 2;
  }
  normalize::Normalizer normalizer;
  auto templates = options.templates_dir.empty()
                       ? schema::TemplateSet::Builtin()
                       : schema::TemplateSet::FromDirectory(options.templates_dir);
  schema::Mapper mapper(templates, normalizer);
  region::Placer placer(region::Gazetteer::Builtin(), normalizer);
  const pipeline::Stages stages{mapper, placer};
  Tally tally;
  // On a terminal the bar of `nianbao run`; otherwise nothing but the error lines.
  Progress progress(std::cerr, "nianbao extract",
                    options.no_progress ? ProgressStyle::kNone
                                        : ProgressStyleFor(STDERR_FILENO, ProgressStyle::kNone));
  ProgressCounts counts;
  counts.total = static_cast<int>(options.files.size());
  progress.Update(counts);
  for (const std::string& file : options.files) {
    out.stream() << output::OutcomeToJson(ExtractOne(file, stages, tally, progress)).dump() << '\n';
    out.stream().flush();
    if (!out.ok()) break;  // a full disk: the other files would be read for nothing
    counts.done = counts.processed = tally.documents;
    counts.failed = tally.errors;
    progress.Update(counts);
  }
  progress.Finish();
  if (!out.Close()) {
    std::cerr << "nianbao extract: " << out.Problem() << '\n';
    return 2;
  }
  std::string statuses;
  for (schema::RecordStatus status :
       {schema::RecordStatus::kComplete, schema::RecordStatus::kPartial,
        schema::RecordStatus::kNoData, schema::RecordStatus::kError}) {
    const char* name = schema::RecordStatusName(status);
    statuses += fmt::format("{}{} {}", statuses.empty() ? "" : ", ", tally.by_status[name], name);
  }
  std::cerr << fmt::format(
      "nianbao extract: {} ({}), {}, {}, {}\n", Counted(tally.documents, "document"), statuses,
      Counted(tally.values, "value"), Counted(tally.failed_checks, "failed check"),
      Counted(tally.errors, "error"));
  return tally.errors == 0 ? 0 : 1;
}

}  // namespace

void AddExtractCommand(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command = app.add_subcommand(
      "extract",
      "Write one record (\"nianbao/1\", docs/record.md) per file as JSON Lines, in input\n"
      "order.\n"
      "A file that cannot be read yields a record with an \"error\" object and a line on\n"
      "stderr; the rest go on. Ends with a summary line on stderr. Exit code 1 if any\n"
      "file failed. While it reads, a terminal on stderr shows the progress bar of\n"
      "`nianbao run`.");
  command->add_option("files", options->files, "Report files (PDF, DOCX, DOC, HTML, text)")
      ->required();
  command->add_option("-o,--output", options->output_path,
                      "Write the JSON Lines to this file instead of stdout");
  command->add_option("--templates", options->templates_dir,
                      "Read template definitions from this folder instead of the built-in ones");
  command->add_flag("--no-progress", options->no_progress,
                    "No progress bar, even when stderr is a terminal");
  command->callback([options, &exit_code] { exit_code = RunExtract(*options); });
}

}  // namespace nianbao::cli
