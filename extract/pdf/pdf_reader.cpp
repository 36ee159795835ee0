// ReadPdf: Poppler's characters and graphics (pdf_content.hpp) → pages analysed (lattice
// tables, else stream tables; body lines; furniture) → blocks in reading order.
#include <algorithm>
#include <string>

#include "assembly.hpp"
#include "page_frames.hpp"
#include "page_layout.hpp"
#include "pdf_content.hpp"
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

void WarnIfNoTextLayer(const pdf::PdfContent& content, std::vector<Diagnostic>& diagnostics) {
  size_t chars = 0;
  int image_pages = 0;
  for (const pdf::PageContent& page : content.pages) {
    chars += page.chars.size();
    if (page.images > 0) ++image_pages;
  }
  if (chars > 0) return;
  diagnostics.push_back({Severity::kWarning,
                         "pdf.no_text_layer",
                         "scanned document, no text layer: none of the " +
                             std::to_string(content.pages.size()) + " pages read has text (" +
                             std::to_string(image_pages) +
                             " carry images); its content needs OCR, which nianbao does not do yet",
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

}  // namespace

Document ReadPdf(const ReaderInput& input) {
  Document document;
  pdf::PdfContent content =
      pdf::LoadPdfContent(input.bytes, input.path, input.options.max_pages, document.diagnostics);
  document.source.pages = content.page_count;
  WarnIfNoTextLayer(content, document.diagnostics);

  const pdf::PageLayoutSettings settings;
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
  document.blocks = pdf::AssembleBlocks(pages);
  return document;
}

}  // namespace nianbao::extract_internal
