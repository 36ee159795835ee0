// nianbao/review.hpp: the review stage: a static report to look at records beside their
// sources, in any browser, from disk (no server, no network).
//
// In:  records (schema stage; from a dataset or read just now), each with what can be had of
//      its source: the document as read (its tables, for markup formats) and the file's
//      bytes (PDF pages are rendered from them with Poppler).
// Out: a folder: index.html (overview with bar charts, a filterable table of all documents)
//      and one page per document (the template's tables with each value in its place,
//      failed checks and missing rows marked; a click on a value shows its source: the PDF
//      page with the cell's box, or the table as read with the cell marked), page images
//      in img/. Pages are written as documents come, so memory stays small; images are
//      bounded per document (ReviewOptions).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "nianbao/error.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/schema.hpp"

namespace nianbao::review {

struct ReviewOptions {
  std::filesystem::path output_dir;
  double image_dpi = 96;    // PDF pages are rendered at this resolution, in grey (PNG)
  int max_page_images = 8;  // per document: the pages holding most values, at most this many
};

// One document to show.
struct ReviewedDocument {
  const schema::Record* record = nullptr;  // required
  std::optional<Error> error;              // why the document could not be read, if so
  const Document* document = nullptr;      // the document as read, when at hand
  std::string_view bytes;                  // the source file's bytes, when at hand
  std::string source_note;  // why the source is not shown, for a person ("" when it is)
};

struct ReviewSummary {
  int documents = 0;
  int page_images = 0;
  std::uintmax_t document_bytes = 0;  // the per-document pages and their images
  std::uintmax_t overview_bytes = 0;  // index.html
};

// Writes the report into options.output_dir (created; files of an earlier report there are
// overwritten). Throws Error(kIo) when a file cannot be written.
class ReportWriter {
 public:
  ReportWriter(ReviewOptions options, std::shared_ptr<const schema::TemplateSet> templates);
  ~ReportWriter();
  ReportWriter(const ReportWriter&) = delete;
  ReportWriter& operator=(const ReportWriter&) = delete;

  // Writes the document's page (and its page images) now; keeps one line for the overview.
  void Add(const ReviewedDocument& document);
  // Writes index.html.
  ReviewSummary Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace nianbao::review
