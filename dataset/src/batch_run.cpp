// `nianbao run`: the parent process. It enumerates the inputs, hashes each document, skips
// what the database (or another shard) already has, hands the rest to worker processes and
// stores each result in its own transaction: the only writer.
#include <unistd.h>

#include <fmt/core.h>

#include <map>
#include <set>
#include <thread>
#include <unordered_set>

#include "fault_injection.hpp"
#include "inputs.hpp"
#include "nianbao/counted.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/output.hpp"
#include "nianbao/pipeline.hpp"
#include "nianbao/progress.hpp"
#include "sink.hpp"
#include "store.hpp"
#include "worker_pool.hpp"

namespace nianbao::dataset {
namespace {

constexpr auto kPollInterval = std::chrono::milliseconds(200);
// How often documents held by other processes are looked at again at the end of a run.
constexpr auto kDeferredPoll = std::chrono::seconds(1);

Json RunArguments(const RunOptions& options) {
  Json arguments = {{"inputs", options.inputs},
                    {"lists", options.lists},
                    {"manifests", options.manifests},
                    {"jobs", options.jobs},
                    {"force", options.force},
                    {"claim_lease_s", options.claim_lease.count()},
                    {"time_limit_s", options.time_limit.count()},
                    {"memory_limit", options.memory_limit}};
  if (options.shard) {
    arguments["shard"] = fmt::format("{}/{}", options.shard->index, options.shard->count);
  }
  return arguments;
}

Json SummaryJson(const RunSummary& summary) {
  return {{"inputs", summary.inputs},
          {"processed", summary.processed},
          {"complete", summary.complete},
          {"partial", summary.partial},
          {"no_data", summary.no_data},
          {"failed", summary.failed},
          {"skipped_known", summary.skipped_known},
          {"duplicates", summary.duplicates},
          {"skipped_shard", summary.skipped_shard},
          {"done_elsewhere", summary.done_elsewhere},
          {"input_errors", summary.input_errors},
          {"seconds", summary.seconds},
          {"peak_worker_rss_kib", summary.peak_worker_rss_kib}};
}

void AddTally(WarcTally& into, const WarcTally& tally) {
  into.records += tally.records;
  into.documents += tally.documents;
  into.not_response += tally.not_response;
  into.http_not_ok += tally.http_not_ok;
  into.not_report += tally.not_report;
  into.unreadable_http += tally.unreadable_http;
}

// The rows the parent stores for an outcome, with the crawl's fields in its source; the
// parent sets processed_at and duration_ms.
DocumentRows RowsWithSource(output::Outcome outcome, const std::string& source_fields) {
  if (!source_fields.empty()) outcome.source_fields = Json::parse(source_fields);
  return RowsOf(outcome, StoredMeta{});
}

// What runs in each worker: fault injection (test-only), then the document's outcome made into
// the rows the parent stores (its record JSON deflated: output::OutcomeToJson), sent as
// RowsMessage: the parent stores them without reading the record again.
ProcessFn WorkerFunction(const pipeline::Stages& stages) {
  return [&stages](const Job& job) -> std::string {
    try {
      InjectFaults(job.path);
      pipeline::Known known{job.sha256, FormatFromName(job.format)};
      return RowsMessage(RowsWithSource(
          pipeline::ProcessDocument(job.bytes, job.path, stages, known), job.source_fields));
    } catch (const std::bad_alloc&) {
      Error error(ErrorKind::kLimit, job.path,
                  "ran out of memory reading this document (the worker's memory limit; raise it "
                  "with --memory-limit)");
      return RowsMessage(
          RowsWithSource(pipeline::ErrorOutcome(job.path, job.sha256, error), job.source_fields));
    }
  };
}

// The documents of an input: the file itself, or the reports in a WARC file (with the
// entry's manifest fields). Throws Error when it cannot be read.
WarcTally ForEachDocument(const InputEntry& entry,
                          const std::function<void(InputDocument&&)>& on_document) {
  if (!entry.is_warc) {
    on_document(InputDocument{entry.path, ReadFileBytes(entry.path), entry.source_fields});
    return {};
  }
  return ReadWarc(entry.path, [&](InputDocument&& document) {
    for (const auto& [key, value] : entry.source_fields.items()) {
      if (!document.source_fields.contains(key)) document.source_fields[key] = value;
    }
    on_document(std::move(document));
  });
}

class BatchRun {
 public:
  BatchRun(const RunOptions& options, std::ostream& log, const pipeline::Stages& stages,
           std::optional<int> total)
      : options_(options),
        sink_(OpenSink(options.database, options.claim_lease)),
        pool_(options.jobs > 0
                  ? options.jobs
                  : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())),
              WorkerLimits{options.time_limit, options.memory_limit, options.documents_per_worker},
              WorkerFunction(stages)),
        progress_(log, "nianbao run",
                  options.progress_bar.value_or(isatty(STDERR_FILENO) != 0)
                      ? ProgressStyle::kBar
                      : ProgressStyle::kLines),
        total_(total),
        started_(std::chrono::steady_clock::now()) {
    run_id_ = sink_->BeginRun(RunArguments(options));
  }

  // A document of `entry` (the file itself, or a report in a WARC file).
  void Offer(InputDocument document, const InputEntry& entry) {
    ++summary_.inputs;
    std::string sha256 = Sha256Hex(document.bytes);
    if (options_.shard && !InShard(sha256, *options_.shard)) {
      ++summary_.skipped_shard;
      return;
    }
    sink_->AddSource(SourceOf(sha256, document.path, document.source_fields));
    if (!seen_.insert(sha256).second) {
      ++summary_.duplicates;
      progress_.Update(Counts());
      return;
    }
    if (!options_.force && IsStored(sha256)) {
      ++summary_.skipped_known;
      progress_.Update(Counts());
      return;
    }
    if (!sink_->Claim(sha256)) {
      deferred_.push_back(Deferred{sha256, document.path, &entry});
      return;
    }
    Start(std::move(document), sha256);
  }

  // Documents another process held when this one met them (a database shared by several
  // runs): each is stored by then, or taken up here once its claim lapses (that process died).
  void TakeUpDeferred() {
    while (!deferred_.empty()) {
      std::map<const InputEntry*, std::map<std::string, std::string>> claimed;  // path -> sha256
      std::vector<Deferred> waiting;
      for (Deferred& deferred : deferred_) {
        if (IsStored(deferred.sha256)) {
          ++summary_.done_elsewhere;
        } else if (sink_->Claim(deferred.sha256)) {
          claimed[deferred.entry][deferred.path] = deferred.sha256;
        } else {
          waiting.push_back(std::move(deferred));
        }
      }
      deferred_ = std::move(waiting);
      for (const auto& [entry, paths] : claimed) Reread(*entry, paths);
      progress_.Update(Counts());
      if (deferred_.empty()) break;
      auto until = std::chrono::steady_clock::now() + kDeferredPoll;
      do {
        Collect();
      } while (std::chrono::steady_clock::now() < until);
    }
  }

  void InputProblem(const std::string& path, const Error& error) {
    ++summary_.input_errors;
    sink_->PutInputError(path, ErrorKindName(error.kind()), error.message(), UtcNow());
    progress_.Line("nianbao run: cannot read input: " + std::string(error.what()));
  }

  void AddWarcTally(const WarcTally& tally) { AddTally(summary_.warc, tally); }

  RunSummary Finish() {
    TakeUpDeferred();
    while (pool_.BusyCount() > 0) Collect();
    pool_.Shutdown();
    progress_.Finish();
    summary_.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    summary_.peak_worker_rss_kib = pool_.PeakWorkerRssKib();
    sink_->Finish();
    sink_->EndRun(run_id_, SummaryJson(summary_));
    return summary_;
  }

 private:
  struct Pending {
    std::string path;
    std::string sha256;
    Json source_fields;
  };

  struct Deferred {
    std::string sha256;
    std::string path;
    const InputEntry* entry;  // where to read it again
  };

  // The counts the progress shows; documents of other shards count as done.
  ProgressCounts Counts() const {
    return {summary_.processed + summary_.skipped_known + summary_.duplicates +
                summary_.skipped_shard + summary_.done_elsewhere,
            summary_.processed, summary_.failed, summary_.skipped_known + summary_.duplicates,
            total_};
  }

  // Whether the dataset holds this content from an earlier run (and it is not to be retried).
  bool IsStored(const std::string& sha256) {
    std::optional<std::string> status = sink_->StatusOf(sha256);
    if (!status) return false;
    return !(options_.retry_failed && *status == "error");
  }

  // Hands a claimed document to a worker, unless another process stored it between this
  // one's look and its claim.
  void Start(InputDocument document, const std::string& sha256) {
    if (!options_.force && IsStored(sha256)) {
      sink_->Release(sha256);
      ++summary_.done_elsewhere;
      return;
    }
    while (!pool_.HasIdleSlot()) Collect();
    std::uint64_t id = next_id_++;
    pending_[id] = Pending{document.path, sha256, std::move(document.source_fields)};
    std::string source_fields =
        pending_[id].source_fields.empty() ? "" : pending_[id].source_fields.dump();
    pool_.Submit(Job{id, std::move(document.path), sha256,
                     document.format ? FormatName(*document.format) : "", std::move(source_fields),
                     std::move(document.bytes)});
  }

  // Reads the documents `paths` of `entry` again and starts those whose content is still the
  // one claimed.
  void Reread(const InputEntry& entry, const std::map<std::string, std::string>& paths) {
    std::set<std::string> started;
    auto start = [&](InputDocument&& document) {
      auto found = paths.find(document.path);
      if (found == paths.end() || started.count(found->second) > 0) return;
      if (Sha256Hex(document.bytes) != found->second) return;  // changed since: released below
      started.insert(found->second);
      Start(std::move(document), found->second);
    };
    try {
      ForEachDocument(entry, start);
    } catch (const Error& error) {
      InputProblem(entry.path, error);
    }
    for (const auto& [path, sha256] : paths) {
      if (started.count(sha256) == 0) sink_->Release(sha256);
    }
  }

  void Collect() {
    for (JobOutcome& outcome : pool_.Collect(kPollInterval)) Save(std::move(outcome));
    sink_->RenewClaims();
    progress_.Update(Counts());

    progress_.Update(Counts());
  }

  // The worker's rows, or those of the error that stands for them (crashed, killed, malformed).
  static DocumentRows RowsOfJob(const JobOutcome& job, const Pending& pending) {
    if (job.result) {
      try {
        DocumentRows rows = RowsFromMessage(*job.result, pending.path);
        if (rows.document.sha256 == pending.sha256) return rows;
      } catch (const Error&) {
      }
    }
    std::string cause = job.result ? "the worker returned malformed output" : job.failure;
    output::Outcome outcome = pipeline::ErrorOutcome(pending.path, pending.sha256,
                                                     Error(job.failure_kind, pending.path, cause));
    outcome.source_fields = pending.source_fields;
    return RowsOf(outcome, StoredMeta{});
  }

  void Save(JobOutcome job) {
    auto found = pending_.find(job.id);
    Pending pending = std::move(found->second);
    pending_.erase(found);
    DocumentRows rows = RowsOfJob(job, pending);
    rows.document.processed_at = UtcNow();
    rows.document.duration_ms = job.duration.count();
    sink_->PutRows(rows);
    Count(rows.document, pending.path);
  }

  void Count(const DocumentRow& row, const std::string& path) {
    ++summary_.processed;
    if (row.status == schema::RecordStatusName(schema::RecordStatus::kComplete)) {
      ++summary_.complete;
    } else if (row.status == schema::RecordStatusName(schema::RecordStatus::kPartial)) {
      ++summary_.partial;
    } else if (row.status == schema::RecordStatusName(schema::RecordStatus::kNoData)) {
      ++summary_.no_data;
    } else {
      ++summary_.failed;
      progress_.Line(fmt::format("nianbao run: failed: {}: {}: {}", path,
                                 row.error_kind.value_or(ErrorKindName(ErrorKind::kInternal)),
                                 row.error.value_or("")));
    }
  }

  const RunOptions& options_;
  std::unique_ptr<Sink> sink_;
  WorkerPool pool_;
  Progress progress_;
  RunSummary summary_;
  std::optional<int> total_;
  std::chrono::steady_clock::time_point started_;
  std::int64_t run_id_ = 0;
  std::uint64_t next_id_ = 0;
  std::map<std::uint64_t, Pending> pending_;
  std::unordered_set<std::string> seen_;  // content offered in this run
  std::vector<Deferred> deferred_;        // content another process held when met
};

std::optional<int> KnownTotal(const InputList& list) {
  for (const InputEntry& entry : list.entries) {
    if (entry.is_warc) return std::nullopt;
  }
  return static_cast<int>(list.entries.size());
}

void RunEntry(const InputEntry& entry, BatchRun& run) {
  try {
    run.AddWarcTally(ForEachDocument(
        entry, [&](InputDocument&& document) { run.Offer(std::move(document), entry); }));
  } catch (const Error& error) {
    run.InputProblem(entry.path, error);
  }
}

}  // namespace

Shard ParseShard(const std::string& text) {
  size_t slash = text.find('/');
  Shard shard;
  try {
    if (slash == std::string::npos) throw std::invalid_argument("no slash");
    size_t used = 0;
    shard.index = std::stoi(text.substr(0, slash), &used);
    if (used != slash) throw std::invalid_argument("index");
    shard.count = std::stoi(text.substr(slash + 1), &used);
    if (used != text.size() - slash - 1) throw std::invalid_argument("count");
  } catch (const std::exception&) {
    throw std::invalid_argument("--shard takes I/N, e.g. 2/3 for the second of three slices");
  }
  if (shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    throw std::invalid_argument("--shard I/N needs 1 <= I <= N (shards are numbered from 1)");
  }
  return shard;
}

bool InShard(const std::string& sha256_hex, const Shard& shard) {
  std::uint64_t number = std::stoull(sha256_hex.substr(0, 16), nullptr, 16);
  return static_cast<int>(number % static_cast<std::uint64_t>(shard.count)) == shard.index - 1;
}

RunSummary RunBatch(const RunOptions& options, std::ostream& log) {
  InputList list = EnumerateInputs(options);
  normalize::Normalizer normalizer;
  auto templates = options.templates_dir.empty()
                       ? schema::TemplateSet::Builtin()
                       : schema::TemplateSet::FromDirectory(options.templates_dir);
  schema::Mapper mapper(templates, normalizer);
  region::Placer placer(region::Gazetteer::Builtin(), normalizer);
  pipeline::Stages stages{mapper, placer};
  BatchRun run(options, log, stages, KnownTotal(list));
  for (const InputProblem& problem : list.problems) {
    run.InputProblem(problem.path, Error(ErrorKind::kIo, problem.path, problem.message));
  }
  for (const InputEntry& entry : list.entries) RunEntry(entry, run);
  return run.Finish();
}

std::string SummaryText(const RunSummary& summary) {
  double rate = summary.seconds > 0 ? summary.processed / summary.seconds : 0;
  std::string text = fmt::format(
      "nianbao run: {} processed in {:.1f} s ({:.1f}/s): {} complete, {} partial, {} no data, {} "
      "failed; {} already in the database, {}, {} in other shards, {}\n",
      Counted(summary.processed, "document"), summary.seconds, rate, summary.complete,
      summary.partial, summary.no_data, summary.failed, summary.skipped_known,
      Counted(summary.duplicates, "duplicate of another input", "duplicates of another input"),
      summary.skipped_shard,
      Counted(summary.input_errors, "input unreadable", "inputs unreadable"));
  if (summary.done_elsewhere > 0) {
    text += fmt::format("nianbao run: {} processed by other runs writing the same database\n",
                        Counted(summary.done_elsewhere, "document"));
  }
  const WarcTally& warc = summary.warc;
  if (warc.records > 0) {
    text += fmt::format(
        "nianbao run: WARC: {}, {}; skipped {}, {}, {}, {}\n", Counted(warc.records, "record"),
        Counted(warc.documents, "report document"),
        Counted(warc.not_response, "non-response record"),
        Counted(warc.http_not_ok, "HTTP response outside 2xx", "HTTP responses outside 2xx"),
        Counted(warc.not_report, "body that is no report", "bodies that are no report"),
        Counted(warc.unreadable_http, "unreadable HTTP message"));
  }
  if (summary.processed > 0) {  // no worker ran otherwise
    text += fmt::format("nianbao run: peak worker memory {:.1f} MiB\n",
                        summary.peak_worker_rss_kib / 1024.0);
  }
  return text;
}

}  // namespace nianbao::dataset
