#include <openssl/evp.h>

#include <array>
#include <memory>

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

std::string Sha256Hex(std::string_view bytes) {
  struct CtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
  };
  std::unique_ptr<EVP_MD_CTX, CtxDeleter> ctx(EVP_MD_CTX_new());
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), digest.data(), &length) != 1) {
    throw Error(ErrorKind::kInternal, "", "SHA-256 computation failed in OpenSSL");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(length * 2);
  for (unsigned int idx = 0; idx < length; ++idx) {
    hex += kHex[digest[idx] >> 4];
    hex += kHex[digest[idx] & 0xF];
  }
  return hex;
}

}  // namespace nianbao
