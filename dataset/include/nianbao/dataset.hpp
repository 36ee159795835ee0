// nianbao/dataset.hpp: the dataset stage: batch runs over whole crawls into one SQLite file.
//
// In:  inputs (files, folders, lists of paths, manifests with the crawl's own fields, WARC
//      files), processed by worker processes that each run the pipeline stage
//      (nianbao/pipeline.hpp) on one document at a time.
// Out: a SQLite database (docs/dataset.md: tables, indexes, schema version), exports of it
//      (JSON Lines records as `nianbao extract` writes them, CSV wide and long), merges of
//      several databases made by shards of one crawl.
//
// The parent process is the only writer; it commits one transaction per document, so a run
// killed at any moment resumes (same command again) with nothing lost and nothing doubled.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "nianbao/error.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/region.hpp"
#include "nianbao/schema.hpp"

namespace nianbao::dataset {

using Json = nlohmann::ordered_json;

// ---- Inputs ----

// One document to process: its bytes come from `path`, or from a WARC record.
struct InputDocument {
  std::string path;   // reported as source.path ("crawl.warc.gz#12" for a WARC record)
  std::string bytes;  // the document's content
  Json source_fields = Json::object();  // crawl fields (url, fetched_at, site, …) for source
  std::optional<Format> format;         // when already detected (a WARC body), not again
};

struct WarcTally {
  int records = 0;          // WARC records read
  int documents = 0;        // responses whose body is a report (HTML, PDF, DOC, DOCX)
  int not_response = 0;     // request, metadata, warcinfo, revisit … records
  int http_not_ok = 0;      // responses with an HTTP status outside 2xx
  int not_report = 0;       // 2xx responses whose body is no report (images, scripts …)
  int unreadable_http = 0;  // response blocks that are not valid HTTP (bad chunking …)
};

// Reads a WARC file (.warc, or .warc.gz with one gzip member per record) and calls
// `on_document` for every response record whose body is a report, with source.url from
// WARC-Target-URI and source.fetched_at from WARC-Date. The HTTP status line and headers are
// removed, chunked transfer-encoding and gzip/deflate content-encoding undone.
// Throws Error(kIo / kDamaged) when the file cannot be read or is not WARC.
WarcTally ReadWarc(const std::string& path,
                   const std::function<void(InputDocument&&)>& on_document);

// True when the file's content is a WARC file (plain or gzip).
bool IsWarcFile(const std::string& path);

// ---- Running a batch ----

struct Shard {
  int index = 1;  // 1-based: shard 2/3 is the second of three slices
  int count = 1;
};

// Parses "I/N" (1 <= I <= N); throws std::invalid_argument with the reason.
Shard ParseShard(const std::string& text);

// Whether a document with this content hash (hex SHA-256) belongs to `shard`. Stable across
// machines: the first 16 hex digits as a number, modulo the count.
bool InShard(const std::string& sha256_hex, const Shard& shard);

struct RunOptions {
  std::vector<std::string> inputs;     // files, folders (recursive) and WARC files
  std::vector<std::string> lists;      // files naming one input per line; "-" is stdin
  std::vector<std::string> manifests;  // JSON Lines or CSV: path plus crawl fields
  std::string database;  // SQLite file, created if missing; or a PostgreSQL connection string
                         // (postgresql://…, postgres://…, key=value: IsPostgres in sink.hpp)
  int jobs = 0;          // worker processes; 0 = one per core
  bool force = false;    // process documents already in the database again
  bool retry_failed = false;  // process documents stored with status error again
  std::optional<Shard> shard;
  // PostgreSQL: how long a document claimed by this run stays claimed unless renewed (the run
  // renews its claims while it lives; those of a run that died lapse after this long).
  std::chrono::seconds claim_lease{60};
  std::chrono::seconds time_limit{120};     // per document
  std::uint64_t memory_limit = 2ull << 30;  // per worker address space (RLIMIT_AS), 0 = none
  int documents_per_worker = 0;             // a worker exits after this many (0 = never; 1 = a
                                            // fresh process per document)
  std::vector<std::string> extensions = {".pdf", ".docx", ".doc",    ".html", ".htm",
                                         ".txt", ".warc", ".warc.gz"};  // taken from folders
  std::string templates_dir;                                            // empty: built-in templates
  std::optional<bool> progress_bar;  // default: when stderr is a terminal
};

struct RunSummary {
  int inputs = 0;     // documents offered (after WARC filtering)
  int processed = 0;  // documents run through a worker and stored
  int complete = 0;   // stored by the record's status (SCHEMA.md)
  int partial = 0;
  int no_data = 0;
  int failed = 0;          // status "error" (unreadable, crashed, timed out …)
  int skipped_known = 0;   // content already in the database
  int duplicates = 0;      // content of an earlier input of this run (its path stored as a
                           // further source of that document, not processed again)
  int skipped_shard = 0;   // content belonging to another shard
  int done_elsewhere = 0;  // content another run sharing the database processed meanwhile
  int input_errors = 0;    // inputs that could not be opened (stored in input_errors)
  WarcTally warc;
  double seconds = 0;
  long peak_worker_rss_kib = 0;  // largest resident set of any worker (getrusage)
};

// Runs the batch, logging progress to `log` (a bar on a terminal, plain lines otherwise).
// Several runs may write one PostgreSQL database over the same inputs at once: each document
// is claimed by one of them (docs/dataset.md, "Many machines, one dataset"). Throws Error for
// a database that cannot be opened or is from a newer nianbao, and when the connection to a
// PostgreSQL database is lost (what was being written is rolled back).
RunSummary RunBatch(const RunOptions& options, std::ostream& log);

std::string SummaryText(const RunSummary& summary);

// ---- Across documents: each agency's reports compared year by year (`nianbao check`) ----

struct CheckSummary {
  int agencies = 0;
  int agency_years = 0;  // years some document of the agency reports numbers for
  int checks = 0;        // rows written to year_checks
  int failed = 0;
  int carry_failed = 0;     // carry.<col> rows with ok false
  int duplicate_years = 0;  // year.duplicate rows
  int gap_years = 0;        // year.gap rows
  int flagged_reports = 0;  // rows of the table reports whose documents disagree
};

// Rewrites the table year_checks of an existing dataset (docs/dataset.md): per agency (the
// agency as printed) and year, `carry.<col>` (this year's t3.carried_in.<col> against last
// year's t3.carried_out.<col>), `year.duplicate` (documents of the same year with different
// numbers), `year.gap` (a year missing between two reported ones). Documents without
// numbers (failed, notice pages) take no part. First links pages to their attachments and
// rebuilds the table reports, as the end of `nianbao run` does. Throws Error for a missing
// or foreign file.
CheckSummary CheckDataset(const std::string& database);
std::string CheckSummaryText(const CheckSummary& summary);

// ---- Exports and merges ----

// year-checks: the rows of year_checks as CSV (after `nianbao check`); reports: the table
// reports, one row per agency and year.
enum class ExportFormat { kJsonl, kCsvWide, kCsvLong, kYearChecks, kReports };
ExportFormat ParseExportFormat(const std::string& name);  // throws std::invalid_argument

// Parses "complete,partial" (SCHEMA.md status names, comma-separated, each once at most);
// throws std::invalid_argument naming the unknown one and the four valid ones.
std::vector<schema::RecordStatus> ParseStatusList(const std::string& text);

struct ExportOptions {
  std::string database;
  ExportFormat format = ExportFormat::kJsonl;
  bool byte_order_mark = false;  // UTF-8 BOM first, for Excel
  // Only documents whose record has one of these statuses (empty: all). jsonl, csv-wide,
  // csv-long: the documents; jsonl's error records of unopenable inputs count as "error".
  // reports: rows whose numbers come from such a document (a row with no document holding
  // numbers counts as "no_data"); year-checks: rows all of whose compared documents have one.
  std::vector<schema::RecordStatus> statuses;
};

// Writes the dataset, documents ordered by path then sha256. jsonl: the stored records,
// byte for byte what `nianbao extract` writes plus crawl fields in source; csv-wide: one row
// per document, columns as WideColumns() (the same columns whatever `statuses` keeps);
// csv-long: one row per value.
void ExportDataset(const ExportOptions& options, std::ostream& out);

// The csv-wide columns: document columns, then every key of both templates in SCHEMA.md
// order (TemplateKeys()), then keys found in the database but in neither list, sorted.
const std::vector<std::string>& WideDocumentColumns();
const std::vector<std::string>& TemplateKeys();

struct MergeSummary {
  int added = 0;       // documents copied into the output
  int duplicates = 0;  // documents whose content was already there
};

// Copies every document of `inputs` into `output` (created if missing) unless its content
// hash is already there. Inputs are opened read-only. Each may be a SQLite file or a
// PostgreSQL database, so a dataset is copied from one kind into the other and back.
MergeSummary MergeDatabases(const std::string& output, const std::vector<std::string>& inputs);

// The schema version this nianbao writes (PRAGMA user_version).
int CurrentSchemaVersion();

}  // namespace nianbao::dataset
