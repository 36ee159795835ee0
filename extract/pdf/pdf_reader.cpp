// ReadPdf: Poppler's characters and graphics (pdf_content.hpp) → pages analysed (lattice
// tables, else stream tables; body lines; furniture) → blocks in reading order.
#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "assembly.hpp"
#include "ocr/ocr.hpp"
#include "page_frames.hpp"
#include "page_layout.hpp"
#include "pdf_content.hpp"
#include "read_trace.hpp"
#include "reader.hpp"

namespace nianbao::extract_internal {
namespace {

// A page whose characters are this share or more unreadable gets a warning.
constexpr double kGarbledShare = 0.02;
constexpr int kMinGarbledChars = 3;

void WarnAboutGarbledText(const std::vector<pdf::PageLayout>& pages,
                          std::vector<Diagnostic>& diagnostics) {
  for (const pdf::PageLayout& page : pages) {
    if (page.garbled_chars < kMinGarbledChars ||
        page.garbled_chars < kGarbledShare * page.visible_chars) {
      continue;
    }
    Diagnostic diagnostic;
    diagnostic.code = "pdf.garbled_text";
    diagnostic.message =
        std::to_string(page.garbled_chars) + " of " + std::to_string(page.visible_chars) +
        " characters map to no Unicode text (a subset font without a usable ToUnicode map); "
        "they read as U+FFFD and cannot be matched as labels. OCR of the page would recover them.";
    diagnostic.location.page = page.page;
    diagnostics.push_back(std::move(diagnostic));
  }
}

void WarnIfNoTextLayer(const pdf::PdfContent& content, size_t scanned_pages,
                       std::vector<Diagnostic>& diagnostics) {
  size_t chars = 0;
  int image_pages = 0;
  for (const pdf::PageContent& page : content.pages) {
    chars += page.chars.size();
    if (page.images > 0) ++image_pages;
  }
  if (chars > 0 || scanned_pages > 0) return;
  diagnostics.push_back({Severity::kWarning,
                         "pdf.no_text_layer",
                         "no text layer: none of the " + std::to_string(content.pages.size()) +
                             " pages read has text (" + std::to_string(image_pages) +
                             " carry images, none covering most of its page as a scan does, so "
                             "none was read by OCR)",
                         {}});
}

// A turned view of a page (text in another direction than the page's main text) sees the
// same rulings as the main view: their tables belong to the view whose text fills them.
void DropTablesWithoutText(pdf::PageLayout& layout) {
  for (size_t idx = layout.tables.size(); idx-- > 0;) {
    const auto& cells = layout.tables[idx].table.cells;
    const bool text = std::any_of(cells.begin(), cells.end(),
                                  [](const Cell& cell) { return !cell.text.empty(); });
    if (text) continue;
    layout.tables.erase(layout.tables.begin() + static_cast<long>(idx));
    layout.trace.tables.erase(layout.trace.tables.begin() + static_cast<long>(idx));
  }
}

template <typename T>
void Override(T& setting, const std::optional<T>& value) {
  if (value) setting = *value;
}

// The reader's defaults with the caller's overrides; throws std::invalid_argument for a bad one.
pdf::PageLayoutSettings LayoutSettings(const PdfReadSettings& user) {
  pdf::PageLayoutSettings settings;
  pdf::lattice::LatticeSettings& lattice = settings.lattice;
  Override(lattice.axis_tolerance, user.axis_tolerance);
  Override(lattice.max_ruling_thickness, user.max_ruling_thickness);
  Override(lattice.snap_tolerance, user.snap_tolerance);
  Override(lattice.join_tolerance, user.join_tolerance);
  Override(lattice.intersection_tolerance, user.intersection_tolerance);
  Override(lattice.min_ruling_length, user.min_ruling_length);
  Override(lattice.edge_cover_share, user.edge_cover_share);
  Override(lattice.min_cell_size, user.min_cell_size);
  lattice.Validate();
  Override(settings.text.same_line_share, user.same_line_share);
  Override(settings.text.run_gap_em, user.run_gap_em);
  Override(settings.text.space_gap_em, user.space_gap_em);
  for (const double value :
       {settings.text.same_line_share, settings.text.run_gap_em, settings.text.space_gap_em}) {
    if (!(value > 0)) throw std::invalid_argument("PDF line settings must be above zero");
  }
  Override(settings.furniture_band, user.furniture_band);
  if (!(settings.furniture_band >= 0 && settings.furniture_band <= 0.5)) {
    throw std::invalid_argument("PdfReadSettings::furniture_band must be in [0, 0.5]");
  }
  Override(settings.stream_fallback, user.stream_fallback);
  return settings;
}

// The pages' content and analysis as the reader used them, tables before joining (boxes
// as displayed). A page read in several views (text in several directions) keeps the lattice
// steps of its first view, in that view's coordinates.
std::shared_ptr<const ReadTrace> KeepTrace(pdf::PdfContent& content,
                                           const std::vector<pdf::PageLayout>& layouts) {
  auto trace = std::make_shared<ReadTrace>();
  trace->pages.reserve(content.pages.size());
  for (pdf::PageContent& page_content : content.pages) {
    ReadTrace::Page page;
    bool first_view = true;
    for (const pdf::PageLayout& layout : layouts) {
      if (layout.page != page_content.number) continue;
      if (first_view) page.lattice = layout.trace;
      if (first_view) page.scan = layout.scan;
      first_view = false;
      page.tables.insert(page.tables.end(), layout.tables.begin(), layout.tables.end());
      for (pdf::TextLine line : layout.furniture) {
        line.box = layout.frame.ToDisplay(line.box);
        page.furniture.push_back(std::move(line));
      }
    }
    page.content = std::move(page_content);
    trace->pages.push_back(std::move(page));
  }
  return trace;
}

// Pages that are scans (no text, covered by an image) are read by OCR instead.
// Returns how many pages were read so.
size_t ReadScansInPlace(const ReaderInput& input, const pdf::PdfContent& content,
                        std::vector<pdf::PageLayout>& pages, std::vector<Diagnostic>& diagnostics) {
  std::vector<const pdf::PageContent*> scans;
  for (const pdf::PageContent& page : content.pages) {
    if (pdf::ocr::NeedsOcr(page)) scans.push_back(&page);
  }
  pdf::ocr::OcrSettings settings;
  settings.seconds_per_page = input.options.ocr_seconds_per_page;
  settings.keep_trace = input.options.keep_trace;
  std::vector<pdf::PageLayout> read =
      pdf::ocr::ReadScannedPages(input.bytes, input.path, scans, settings, diagnostics);
  const size_t count = read.size();
  for (pdf::PageLayout& layout : read) {
    const int number = layout.page;
    auto first = std::find_if(pages.begin(), pages.end(),
                              [&](const pdf::PageLayout& page) { return page.page == number; });
    if (first == pages.end()) continue;
    *first = std::move(layout);
    pages.erase(std::remove_if(std::next(first), pages.end(),
                               [&](const pdf::PageLayout& page) { return page.page == number; }),
                pages.end());
  }
  return count;
}

}  // namespace

Document ReadPdf(const ReaderInput& input) {
  Document document;
  pdf::PdfContent content =
      pdf::LoadPdfContent(input.bytes, input.path, input.options.max_pages, document.diagnostics);
  document.source.pages = content.page_count;

  const pdf::PageLayoutSettings settings = LayoutSettings(input.options.pdf);
  std::vector<pdf::PageLayout> pages;
  pages.reserve(content.pages.size());
  for (const pdf::PageContent& page : content.pages) {
    std::vector<pdf::FramedPage> views = pdf::SplitByDirection(page);
    if (views.empty()) {
      pages.push_back(pdf::AnalysePage(page, settings));
      pages.back().frame = {0, page.width, page.height};
    }
    for (pdf::FramedPage& view : views) {
      pdf::PageLayout layout = pdf::AnalysePage(view.content, settings);
      layout.frame = view.frame;
      if (!view.primary) DropTablesWithoutText(layout);
      pages.push_back(std::move(layout));
    }
  }
  const size_t scanned_pages = ReadScansInPlace(input, content, pages, document.diagnostics);
  WarnIfNoTextLayer(content, scanned_pages, document.diagnostics);
  for (const pdf::PageLayout& page : pages) {
    for (size_t table_idx = 0; table_idx < page.trace.tables.size(); ++table_idx) {
      for (const std::string& problem : page.trace.tables[table_idx].problems) {
        Diagnostic diagnostic;
        diagnostic.code = "pdf.irregular_grid";
        diagnostic.message = "a ruled table's " + problem;
        diagnostic.location.page = page.page;
        document.diagnostics.push_back(std::move(diagnostic));
      }
    }
  }
  WarnAboutGarbledText(pages, document.diagnostics);
  pdf::SetFurnitureApart(pages, settings);
  if (settings.stream_fallback) {
    for (pdf::PageLayout& page : pages) {
      std::vector<pdf::PlacedTable> stream = pdf::FindStreamTables(page.lines, page.page);
      for (pdf::PlacedTable& table : stream) page.tables.push_back(std::move(table));
    }
  }
  for (pdf::PageLayout& page : pages) {
    for (pdf::PlacedTable& table : page.tables) {
      for (Cell& cell : table.table.cells) {
        if (cell.bbox) cell.bbox = page.frame.ToDisplay(*cell.bbox);
      }
    }
  }
  if (input.options.keep_trace) document.trace = KeepTrace(content, pages);
  document.blocks = pdf::AssembleBlocks(pages);
  return document;
}

}  // namespace nianbao::extract_internal
