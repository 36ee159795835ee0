// nianbao/extract.hpp: the extract stage.
//
// In:  a file's bytes (or its path) in any supported format.
// Out: a Document: its source and its blocks in reading order, paragraphs and tables,
//      the same model whatever the format. Nothing downstream knows the source format
//      except through Source::format (which is reported, never branched on).
//
// Coordinates: a Box is {x0, top, x1, bottom} in PDF points measured from the page's
// top-left corner (y grows downwards). Only paged formats (PDF) fill boxes and pages.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "nianbao/error.hpp"

namespace nianbao {

enum class Format { kUnknown, kPdf, kDocx, kDoc, kHtml, kTxt };

// "pdf", "docx", "doc", "html", "txt", "unknown": the names of SCHEMA.md.
const char* FormatName(Format format);
// The inverse: the format of a name FormatName gives ("unknown" included), nullopt for others.
std::optional<Format> FormatFromName(std::string_view name);

struct Box {
  double x0 = 0, top = 0, x1 = 0, bottom = 0;
};

struct Source {
  std::string path;    // as given by the caller
  std::string sha256;  // hex digest of the file's bytes
  Format format = Format::kUnknown;
  std::optional<int> pages;  // paged formats only
};

struct Paragraph {
  std::string text;  // UTF-8; line breaks inside a paragraph kept as '\n'
  std::optional<int> page;
  std::optional<Box> box;
  // Text that OCR read from a page image: how sure the reader is (0–1) of each code point
  // of `text`, in order (1 for the spaces and line breaks it put between words and lines,
  // and for any text of the paragraph that was in the file as characters). Empty where
  // the whole paragraph was in the file as characters.
  std::vector<float> ocr_confidence;

  bool FromOcr() const { return !ocr_confidence.empty(); }
};

struct Cell {
  int row = 0;  // top-left grid position, 0-based
  int col = 0;
  int rowspan = 1;
  int colspan = 1;
  std::string text;  // UTF-8; line breaks as the reader sees them, '\n'
  std::optional<int> page;
  std::optional<Box> bbox;
  // How sure the reader is of the text (0–1), where reading is uncertain (OCR); absent
  // where the text was in the file as characters.
  std::optional<double> confidence;
  // Other readings of the same cell where the reader's readings differed (OCR): evidence
  // for the template's arithmetic to weigh, never a value by themselves.
  std::vector<std::string> alternatives;

  int EndRow() const { return row + rowspan; }  // one past the last row covered
  int EndCol() const { return col + colspan; }
};

// How a table was found: from markup (HTML/DOCX/DOC), from drawn rulings (PDF lattice),
// from text alignment (PDF stream fallback, less certain), from a page image (OCR of a
// scan) or from a text dump's layout. Names as SCHEMA.md's provenance `origin`.
enum class TableOrigin { kMarkup, kLattice, kStream, kOcr, kText };
const char* TableOriginName(TableOrigin origin);

struct Table {
  int rows = 0;
  int cols = 0;
  std::vector<Cell> cells;  // sparse, row-major by (row, col) of the top-left slot
  TableOrigin origin = TableOrigin::kMarkup;
  std::optional<int> first_page;
  std::optional<int> last_page;
};

using Block = std::variant<Paragraph, Table>;

// The reader's intermediate steps, kept when ReadOptions::keep_trace asks (PDF: per page the
// characters, drawn lines, rulings, grids with spans, tables found, furniture). Opaque here;
// drawn by nianbao/pdf_debug.hpp, so a drawing shows this very read, not a second one.
struct ReadTrace;

constexpr size_t kMaxLinks = 1000;

// A link of an HTML page: <a href>, anywhere in the page (navigation and head included).
struct Link {
  std::string href;  // as written
  std::string text;  // its text, white space runs collapsed to one space, trimmed
};

struct Document {
  Source source;
  std::vector<Block> blocks;
  std::vector<Diagnostic> diagnostics;  // warnings from reading; never fatal
  // HTML only: the page's links in document order, the first kMaxLinks, from the reader's own
  // parse (the pipeline looks among them for the report's attachments).
  std::vector<Link> links;
  std::shared_ptr<const ReadTrace> trace;  // only when asked for, and only for PDF
};

// The expanded grid: slots[row][col] points at the cell covering that slot, or is null.
// Overlapping or out-of-range cells are reported in `problems`, never clamped.
struct ExpandedGrid {
  int rows = 0;
  int cols = 0;
  std::vector<const Cell*> slots;  // rows * cols, row-major; points into the Table
  std::vector<std::string> problems;

  const Cell* At(int row, int col) const { return slots[static_cast<size_t>(row) * cols + col]; }
};
ExpandedGrid ExpandGrid(const Table& table);

// The PDF reader's settings a user can reach; each left empty keeps the reader's default.
// A bad value (negative, a share out of range) throws std::invalid_argument naming it.
// Lengths in PDF points, shares of a font size ("em") or of the page height.
struct PdfReadSettings {
  // Lattice tables (drawn rulings).
  std::optional<double> axis_tolerance;          // a line this far off the axis is still straight
  std::optional<double> max_ruling_thickness;    // a filled rectangle this thin is a ruling
  std::optional<double> snap_tolerance;          // parallel rulings this close are one line
  std::optional<double> join_tolerance;          // collinear rulings this close join
  std::optional<double> intersection_tolerance;  // rulings this close to crossing do cross
  std::optional<double> min_ruling_length;       // shorter rulings are dropped
  std::optional<double> edge_cover_share;        // share of a slot edge a separating ruling covers
  std::optional<double> min_cell_size;           // grid lines closer than this are one
  // Page layout.
  std::optional<double> same_line_share;  // centres closer than this share of a font size: a line
  std::optional<double> run_gap_em;       // a wider gap splits a line into runs (columns)
  std::optional<double> space_gap_em;     // a wider gap between ASCII characters is a space
  std::optional<double> furniture_band;   // top/bottom share of a page where headers may be
  std::optional<bool> stream_fallback;    // look for tables without rulings
};

struct ReadOptions {
  std::uint64_t max_file_bytes = 512ull << 20;  // larger inputs: ErrorKind::kLimit
  // HTML pages and text dumps are parsed whole into memory (a DOM several times their size):
  // a larger one is refused (kLimit). Real reports are well under 1 MB; 32 MiB of dense
  // markup reads in a few seconds and well under 1 GiB.
  std::uint64_t max_markup_bytes = 32ull << 20;
  std::uint64_t max_inflated_bytes = 64ull << 20;  // per zip entry (DOCX XML parts), as above
  double max_compression_ratio = 200.0;            // zip bomb guard
  int max_pages = 500;          // PDF pages read; the rest are skipped with a pdf.max_pages warning
  int max_nesting_depth = 256;  // HTML/XML element depth
  int converter_timeout_seconds = 120;  // LibreOffice for .doc
  // Processor seconds OCR may spend on one scanned PDF page; what is not read by then is
  // reported (ocr.page_time_limit) and the document goes on.
  double ocr_seconds_per_page = 60;
  // Read as this format instead of detecting it (the per-reader fuzz targets; a caller that
  // knows better than detection). The reader then sees bytes detection would have refused.
  std::optional<Format> force_format;
  // The bytes' hex SHA-256 when the caller has computed it already (Source::sha256 is then
  // this, not computed again).
  std::optional<std::string> sha256;
  PdfReadSettings pdf;
  bool keep_trace = false;  // fill Document::trace (PDF; costs the pages' characters in memory)
};

// Format by content (magic bytes, then structure), never by file name.
// Throws Error(kUnsupported) for anything nianbao cannot read, naming what it looks like.
Format DetectFormat(std::string_view bytes, const std::string& path_for_errors);

// Reads a document from memory. `path` is reported in Source::path and errors.
Document ReadDocument(std::string_view bytes, const std::string& path,
                      const ReadOptions& options = {});

// A file's bytes: kIo errors for missing, unreadable or directory paths, kLimit past
// ReadOptions::max_file_bytes (checked before reading).
std::string ReadFileBytes(const std::filesystem::path& path, const ReadOptions& options = {});

// ReadDocument(ReadFileBytes(path)).
Document ReadDocumentFile(const std::filesystem::path& path, const ReadOptions& options = {});

// Hex SHA-256 of bytes.
std::string Sha256Hex(std::string_view bytes);

}  // namespace nianbao
