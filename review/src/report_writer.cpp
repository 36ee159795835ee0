// ReportWriter: a page per document as it comes, the overview at the end.
#include <fmt/core.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>

#include "document_page.hpp"
#include "nianbao/review.hpp"
#include "overview.hpp"

namespace nianbao::review {
namespace {

constexpr const char* kDocumentFolder = "d";
constexpr const char* kImageFolder = "img";

std::uintmax_t WriteText(const std::filesystem::path& path, const std::string& text) {
  errno = 0;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    std::string cause = "cannot write the report file: ";
    cause.append(errno != 0 ? std::strerror(errno) : "the write failed");
    throw Error(ErrorKind::kIo, path.string(), cause);
  }
  return text.size();
}

OverviewLine LineOf(const ReviewedDocument& document, const std::string& href) {
  const schema::Record& record = *document.record;
  OverviewLine line;
  line.href = href;
  line.status = schema::RecordStatusName(record.status);
  line.format = FormatName(record.source.format);
  line.year = record.year;
  line.template_id = record.template_id;
  line.name = record.title.empty() ? record.source.path : record.title;
  for (const schema::Check& check : record.checks) {
    if (!check.ok) line.failed_rules.push_back(check.rule);
  }
  for (const schema::MissingKeys& gap : record.missing) {
    line.missing.emplace_back(schema::MissingReasonName(gap.reason),
                              static_cast<int>(gap.keys.size()));
    line.missing_messages.push_back(gap.message);
  }
  if (document.error) line.missing_messages.push_back(document.error->what());
  line.values = static_cast<int>(record.values.size());
  line.warnings = static_cast<int>(record.warnings.size());
  return line;
}

}  // namespace

struct ReportWriter::State {
  ReviewOptions options;
  std::shared_ptr<const schema::TemplateSet> templates;
  std::map<std::string, std::vector<schema::PrintedTable>> tables;  // by template version
  std::map<std::string, std::map<std::string, std::vector<std::string>>> operands;
  std::vector<OverviewLine> lines;
  ReviewSummary summary;

  const std::vector<schema::PrintedTable>& TablesOf(const std::string& version) {
    auto found = tables.find(version);
    if (found == tables.end()) {
      found = tables.emplace(version, schema::PrintedTables(*templates, version)).first;
    }
    return found->second;
  }
  const std::map<std::string, std::vector<std::string>>& OperandsOf(const std::string& version) {
    auto found = operands.find(version);
    if (found == operands.end()) {
      found = operands.emplace(version, schema::CheckOperands(*templates, version)).first;
    }
    return found->second;
  }
};

ReportWriter::ReportWriter(ReviewOptions options,
                           std::shared_ptr<const schema::TemplateSet> templates)
    : state_(std::make_unique<State>()) {
  state_->options = std::move(options);
  state_->templates = std::move(templates);
  std::error_code error;
  for (const char* folder : {kDocumentFolder, kImageFolder}) {
    std::filesystem::create_directories(state_->options.output_dir / folder, error);
    if (error) {
      throw Error(ErrorKind::kIo, (state_->options.output_dir / folder).string(),
                  "cannot create the report folder: " + error.message());
    }
  }
}

ReportWriter::~ReportWriter() = default;

void ReportWriter::Add(const ReviewedDocument& document) {
  State& state = *state_;
  const schema::Record& record = *document.record;
  const std::string id = fmt::format("{:06}", state.summary.documents + 1);
  DocumentPageInput input;
  input.document = &document;
  input.tables = state.TablesOf(record.template_id);
  input.check_operands = state.OperandsOf(record.template_id);
  input.image_folder = std::string("../") + kImageFolder + "/";
  input.source_note = document.source_note;
  if (record.source.format == Format::kPdf && !document.bytes.empty()) {
    std::string problem;
    input.images =
        RenderPages(document.bytes, record.source.path,
                    PagesByValueCount(record, state.options.max_page_images),
                    state.options.image_dpi, state.options.output_dir / kImageFolder, id, problem);
    if (!problem.empty()) input.source_note += (input.source_note.empty() ? "" : "; ") + problem;
    for (const PageImage& image : input.images) state.summary.document_bytes += image.bytes;
    state.summary.page_images += static_cast<int>(input.images.size());
  }
  const std::string href = std::string(kDocumentFolder) + "/" + id + ".html";
  state.summary.document_bytes +=
      WriteText(state.options.output_dir / href, DocumentPageHtml(input));
  state.lines.push_back(LineOf(document, href));
  ++state.summary.documents;
}

ReviewSummary ReportWriter::Finish() {
  state_->summary.overview_bytes =
      WriteText(state_->options.output_dir / "index.html", OverviewHtml(state_->lines));
  return state_->summary;
}

}  // namespace nianbao::review
