// The text-dump reader: plain text as crawlers store reports made from Word files.
//
// Layout of a dump: every table cell stands on its own line, starting with a tab; a cell's
// further lines (a label broken inside the cell) follow without a tab; a blank line ends a
// table row; two or more blank lines, or a paragraph line, end the table. Vertically merged
// cells appear as empty tab lines. Every other line is a paragraph.
//
// A dump keeps the cells of a row but not their spans. Rows of values have the table's full
// cell count; header rows with horizontally merged cells have fewer. We lay every row out
// right-aligned: its first cell spans the columns the row lacks. Value columns then line up
// with the data rows; the mapper must not trust the column ranges of short header rows.
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "reader.hpp"
#include "text_layout.hpp"
#include "utf8.hpp"

namespace nianbao::extract_internal {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

struct IconvCloser {
  void operator()(void* handle) const { iconv_close(static_cast<iconv_t>(handle)); }
};

// GB18030 (a superset of GBK and GB2312) to UTF-8; nullopt when the bytes are not GB18030.
std::optional<std::string> Gb18030ToUtf8(std::string_view bytes) {
  iconv_t raw = iconv_open("UTF-8", "GB18030");
  if (raw == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::unique_ptr<void, IconvCloser> handle(raw);
  std::string out(bytes.size() * 2 + 16, '\0');
  std::string in(bytes);
  char* in_ptr = in.data();
  size_t in_left = in.size();
  char* out_ptr = out.data();
  size_t out_left = out.size();
  while (in_left > 0) {
    size_t result = iconv(raw, &in_ptr, &in_left, &out_ptr, &out_left);
    if (result != static_cast<size_t>(-1)) continue;
    if (errno != E2BIG) return std::nullopt;
    size_t used = out.size() - out_left;
    out.resize(out.size() * 2);
    out_ptr = out.data() + used;
    out_left = out.size() - used;
  }
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace

Document ReadText(const ReaderInput& input) {
  Document document;
  std::string_view bytes = input.bytes;
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) bytes.remove_prefix(kUtf8Bom.size());
  std::string text;
  const size_t cut_tail = IncompleteUtf8Tail(bytes);
  if (IsValidUtf8(bytes)) {
    text.assign(bytes);
  } else if (cut_tail > 0 && IsValidUtf8(bytes.substr(0, bytes.size() - cut_tail))) {
    text.assign(bytes.substr(0, bytes.size() - cut_tail));
    document.diagnostics.push_back(
        {Severity::kWarning,
         "text.truncated",
         "the text stops in the middle of a character: the file was probably cut short (an "
         "incomplete download), and what followed the cut is missing; download it again",
         {}});
  } else if (auto converted = Gb18030ToUtf8(bytes)) {
    text = std::move(*converted);
    document.diagnostics.push_back({Severity::kInfo,
                                    "text.gb18030",
                                    "the text is not UTF-8; read it as GB18030 (GBK/GB2312)",
                                    {}});
  } else {
    throw Error(ErrorKind::kDamaged, input.path,
                "the text is neither UTF-8 nor GB18030; convert it to UTF-8 and try again");
  }
  document.blocks = LayOutTextDump(text);
  return document;
}

}  // namespace nianbao::extract_internal
