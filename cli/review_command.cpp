// nianbao review: the static report of nianbao/review.hpp, over a dataset or a few files.
#include <fmt/core.h>

#include <filesystem>
#include <functional>
#include <iostream>
#include <ostream>
#include <streambuf>

#include "commands.hpp"
#include "nianbao/counted.hpp"
#include "nianbao/dataset.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/output.hpp"
#include "nianbao/review.hpp"
#include "nianbao/schema.hpp"

namespace nianbao::cli {
namespace {

using Json = nlohmann::ordered_json;

struct ReviewCommandOptions {
  std::string database;
  std::vector<std::string> files;
  std::string output_dir;
  double dpi = review::ReviewOptions{}.image_dpi;
  int max_page_images = review::ReviewOptions{}.max_page_images;
};

// Hands each complete line written to it to a callback: the dataset's JSON Lines export
// read one record at a time, never the whole export in memory.
class LineSink : public std::streambuf {
 public:
  explicit LineSink(std::function<void(const std::string&)> on_line)
      : on_line_(std::move(on_line)) {}
  ~LineSink() override {
    if (!line_.empty()) on_line_(line_);
  }

 protected:
  int_type overflow(int_type c) override {
    if (c == traits_type::eof()) return traits_type::not_eof(c);
    Put(traits_type::to_char_type(c));
    return c;
  }
  std::streamsize xsputn(const char* text, std::streamsize count) override {
    for (std::streamsize idx = 0; idx < count; ++idx) Put(text[idx]);
    return count;
  }

 private:
  void Put(char c) {
    if (c != '\n') {
      line_ += c;
      return;
    }
    on_line_(line_);
    line_.clear();
  }
  std::function<void(const std::string&)> on_line_;
  std::string line_;
};

// ---- Sources ----

struct ReviewSource {
  std::string bytes;
  std::optional<Document> document;
  std::string note;
};

// The file a stored record was read from, when it is still there unchanged.
ReviewSource StoredSource(const schema::Record& record) {
  ReviewSource source;
  const std::filesystem::path path = record.source.path;
  std::error_code error;
  if (record.source.path.empty() || !std::filesystem::is_regular_file(path, error)) {
    source.note = "The source file " + record.source.path +
                  " is not at hand here (moved, or a record of a WARC file): values are shown "
                  "without their source.";
    return source;
  }
  try {
    source.bytes = ReadFileBytes(path);
    if (!record.source.sha256.empty() && Sha256Hex(source.bytes) != record.source.sha256) {
      source.bytes.clear();
      source.note = "The file at " + record.source.path +
                    " has changed since it was read (another SHA-256): its source is not shown.";
      return source;
    }
    if (record.source.format != Format::kPdf) source.document = ReadDocument(source.bytes, path);
  } catch (const std::exception& problem) {
    source.bytes.clear();
    source.note = std::string("The source cannot be read again: ") + problem.what();
  }
  return source;
}

void AddToReport(review::ReportWriter& writer, const schema::Record& record,
                 std::optional<Error> error, const ReviewSource& source) {
  review::ReviewedDocument reviewed;
  reviewed.record = &record;
  reviewed.error = std::move(error);
  reviewed.document = source.document ? &*source.document : nullptr;
  reviewed.bytes = source.bytes;
  reviewed.source_note = source.note;
  writer.Add(reviewed);
}

void ReviewDatabase(const std::string& database, review::ReportWriter& writer) {
  dataset::ExportOptions export_options;
  export_options.database = database;
  int line_number = 0;
  LineSink sink([&](const std::string& line) {
    ++line_number;
    if (line.empty()) return;
    const Json json = Json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("source")) {
      std::cerr << fmt::format("nianbao review: {}: stored record {} is not a record; left out\n",
                               database, line_number);
      return;
    }
    try {
      const output::Outcome outcome = output::OutcomeFromJson(json, database);
      AddToReport(writer, outcome.record, outcome.error, StoredSource(outcome.record));
    } catch (const Error& problem) {
      std::cerr << fmt::format("nianbao review: stored record {}: {}; left out\n", line_number,
                               problem.what());
    }
  });
  std::ostream out(&sink);
  dataset::ExportDataset(export_options, out);
}

void ReviewFiles(const std::vector<std::string>& files, review::ReportWriter& writer) {
  normalize::Normalizer normalizer;
  const schema::Mapper mapper(schema::TemplateSet::Builtin(), normalizer);
  for (const std::string& file : files) {
    ReviewSource source;
    schema::Record record;
    std::optional<Error> error;
    record.source.path = file;
    try {
      source.bytes = ReadFileBytes(file);
      source.document = ReadDocument(source.bytes, file);
      record = mapper.Map(*source.document);
    } catch (const Error& problem) {
      record.status = schema::RecordStatus::kError;
      error = problem;
    }
    AddToReport(writer, record, std::move(error), source);
  }
}

int RunReview(const ReviewCommandOptions& options) {
  if (options.database.empty() == options.files.empty()) {
    std::cerr << "nianbao review: give either --db DATA.sqlite or files, not both\n";
    return 2;
  }
  try {
    review::ReviewOptions review_options;
    review_options.output_dir = options.output_dir;
    review_options.image_dpi = options.dpi;
    review_options.max_page_images = options.max_page_images;
    review::ReportWriter writer(review_options, schema::TemplateSet::Builtin());
    if (!options.database.empty()) {
      ReviewDatabase(options.database, writer);
    } else {
      ReviewFiles(options.files, writer);
    }
    const review::ReviewSummary summary = writer.Finish();
    const double per_document =
        summary.documents == 0 ? 0.0
                               : static_cast<double>(summary.document_bytes) / summary.documents;
    std::cerr << fmt::format(
        "nianbao review: {}, {}; {:.0f} KiB per document, overview {:.0f} KiB; open {}\n",
        Counted(summary.documents, "document"), Counted(summary.page_images, "page image"),
        per_document / 1024, summary.overview_bytes / 1024.0,
        (std::filesystem::path(options.output_dir) / "index.html").string());
    return 0;
  } catch (const Error& error) {
    std::cerr << "nianbao review: " << error.what() << '\n';
    return 1;
  }
}

}  // namespace

void AddReviewCommand(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ReviewCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "review",
      "Write a static report to look at records beside their sources: OUT/index.html (an\n"
      "overview with charts and a filterable table of all documents) and a page per document\n"
      "(the template's tables, each value linked to the page image or the table it was read\n"
      "from). Opens from disk in any browser; no server, no network.");
  command->add_option("--db", options->database, "A dataset made by nianbao run");
  command->add_option("files", options->files, "Report files, instead of a dataset");
  command->add_option("-o,--output", options->output_dir, "Folder to write the report into")
      ->required();
  command->add_option("--dpi", options->dpi, "Resolution of the PDF page images")
      ->default_val(options->dpi)
      ->check(CLI::Range(24.0, 300.0));
  command
      ->add_option("--max-page-images", options->max_page_images,
                   "PDF pages rendered per document (those holding most values)")
      ->default_val(options->max_page_images)
      ->check(CLI::Range(0, 1000));
  command->callback([options, &exit_code] { exit_code = RunReview(*options); });
}

}  // namespace nianbao::cli
