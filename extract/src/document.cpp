#include <nettle/sha2.h>

#include <array>
#include <cstdint>

#include "nianbao/extract.hpp"

namespace nianbao {

const char* FormatName(Format format) {
  switch (format) {
    case Format::kPdf:
      return "pdf";
    case Format::kDocx:
      return "docx";
    case Format::kDoc:
      return "doc";
    case Format::kHtml:
      return "html";
    case Format::kTxt:
      return "txt";
    case Format::kUnknown:
      break;
  }
  return "unknown";
}

std::optional<Format> FormatFromName(std::string_view name) {
  for (Format format :
       {Format::kPdf, Format::kDocx, Format::kDoc, Format::kHtml, Format::kTxt, Format::kUnknown}) {
    if (name == FormatName(format)) return format;
  }
  return std::nullopt;
}

const char* TableOriginName(TableOrigin origin) {
  switch (origin) {
    case TableOrigin::kMarkup:
      return "markup";
    case TableOrigin::kLattice:
      return "lattice";
    case TableOrigin::kStream:
      return "stream";
    case TableOrigin::kOcr:
      return "ocr";
    case TableOrigin::kText:
      return "text";
  }
  return "markup";
}

ExpandedGrid ExpandGrid(const Table& table) {
  ExpandedGrid grid;
  grid.rows = table.rows;
  grid.cols = table.cols;
  grid.slots.assign(static_cast<size_t>(table.rows) * table.cols, nullptr);
  for (const Cell& cell : table.cells) {
    if (cell.row < 0 || cell.col < 0 || cell.rowspan < 1 || cell.colspan < 1 ||
        cell.EndRow() > table.rows || cell.EndCol() > table.cols) {
      grid.problems.push_back("cell at row " + std::to_string(cell.row) + ", col " +
                              std::to_string(cell.col) + " (span " + std::to_string(cell.rowspan) +
                              "x" + std::to_string(cell.colspan) + ") lies outside the " +
                              std::to_string(table.rows) + "x" + std::to_string(table.cols) +
                              " grid");
      continue;
    }
    for (int row_idx = cell.row; row_idx < cell.EndRow(); ++row_idx) {
      for (int col_idx = cell.col; col_idx < cell.EndCol(); ++col_idx) {
        const Cell*& slot = grid.slots[static_cast<size_t>(row_idx) * table.cols + col_idx];
        if (slot != nullptr) {
          grid.problems.push_back("cells overlap at row " + std::to_string(row_idx) + ", col " +
                                  std::to_string(col_idx));
          continue;
        }
        slot = &cell;
      }
    }
  }
  return grid;
}

// Nettle rather than OpenSSL: OpenSSL 3 sets up its providers on the first digest, ~2% of a
// one-file `nianbao extract`; Nettle's SHA-256 needs no set-up.
std::string Sha256Hex(std::string_view bytes) {
  sha256_ctx context;
  sha256_init(&context);
  sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(&context, digest.size(), digest.data());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(digest.size() * 2);
  for (std::uint8_t byte : digest) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 0xF];
  }
  return hex;
}

}  // namespace nianbao
