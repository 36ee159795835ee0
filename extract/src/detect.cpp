// Format detection by content: magic bytes first, then container contents, then markup.
#include <array>
#include <boost/algorithm/string/case_conv.hpp>

#include "nianbao/extract.hpp"

namespace nianbao {
namespace {

bool StartsWith(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

bool Contains(std::string_view bytes, std::string_view needle) {
  return bytes.find(needle) != std::string_view::npos;
}

struct Magic {
  std::string_view bytes;
  const char* what;
};

// Known formats nianbao does not read, named so the error says what the file is.
constexpr std::array kUnreadable = {
    Magic{"\x89PNG", "a PNG image"},        Magic{"\xFF\xD8\xFF", "a JPEG image"},
    Magic{"GIF8", "a GIF image"},           Magic{"II*\0", "a TIFF image"},
    Magic{"MM\0*", "a TIFF image"},         Magic{"BM", "a BMP image"},
    Magic{"\x1F\x8B", "a gzip archive"},    Magic{"Rar!", "a RAR archive"},
    Magic{"7z\xBC\xAF", "a 7-Zip archive"}, Magic{"{\\rtf", "an RTF document"},
};

Format DetectZip(std::string_view bytes, const std::string& path) {
  if (Contains(bytes, "word/document.xml")) return Format::kDocx;
  if (Contains(bytes, "xl/workbook.xml")) {
    throw Error(ErrorKind::kUnsupported, path, "this is an Excel workbook (XLSX), not a report");
  }
  if (Contains(bytes, "ppt/presentation.xml")) {
    throw Error(ErrorKind::kUnsupported, path, "this is a PowerPoint file (PPTX), not a report");
  }
  if (Contains(bytes, "word/"))
    return Format::kDocx;  // central directory cut off: let the reader say
  throw Error(ErrorKind::kUnsupported, path,
              "this is a ZIP archive without word/document.xml, not a Word document");
}

Format DetectOle2(std::string_view bytes, const std::string& path) {
  static constexpr std::string_view kWordStream{"W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24};
  static constexpr std::string_view kExcelStream{"W\0o\0r\0k\0b\0o\0o\0k\0", 16};
  if (Contains(bytes, kWordStream)) return Format::kDoc;
  if (Contains(bytes, kExcelStream)) {
    throw Error(ErrorKind::kUnsupported, path, "this is an Excel workbook (XLS), not a report");
  }
  // The directory may sit past a truncation point; the converter will judge.
  return Format::kDoc;
}

bool LooksLikeHtml(std::string_view bytes) {
  std::string head = boost::algorithm::to_lower_copy(std::string(bytes.substr(0, 4096)));
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body", "<meta ", "<table",
                               "<div", "<p>", "<p ", "<title"}) {
    if (Contains(head, tag)) return true;
  }
  return false;
}

// Text: no NUL bytes and few control characters in the first block.
bool LooksLikeText(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  size_t control = 0;
  for (unsigned char ch : head) {
    if (ch == 0) return false;
    if (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f') ++control;
  }
  return control * 100 <= head.size();
}

}  // namespace

Format DetectFormat(std::string_view bytes, const std::string& path) {
  if (bytes.empty()) throw Error(ErrorKind::kUnsupported, path, "the file is empty");
  std::string_view body = bytes;
  if (StartsWith(body, "\xEF\xBB\xBF")) body.remove_prefix(3);
  // PDF: the header may follow some junk bytes (the spec allows it in the first 1024).
  if (Contains(bytes.substr(0, 1024), "%PDF-")) return Format::kPdf;
  if (StartsWith(bytes, "PK\x03\x04") || StartsWith(bytes, "PK\x05\x06")) {
    return DetectZip(bytes, path);
  }
  if (StartsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return DetectOle2(bytes, path);
  for (const Magic& magic : kUnreadable) {
    if (StartsWith(bytes, magic.bytes)) {
      throw Error(ErrorKind::kUnsupported, path,
                  std::string("this is ") + magic.what + ", not a report nianbao can read");
    }
  }
  if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) {
    // UTF-16 text or HTML: the HTML reader handles BOMs; plain UTF-16 text is rare.
    return Format::kHtml;
  }
  if (LooksLikeHtml(body)) return Format::kHtml;
  if (LooksLikeText(body)) return Format::kTxt;
  throw Error(ErrorKind::kUnsupported, path,
              "unrecognised binary content (not PDF, DOCX, DOC, HTML or text)");
}

}  // namespace nianbao
