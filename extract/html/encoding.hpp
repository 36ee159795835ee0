// Internal to the html reader: find a page's character encoding and convert it to UTF-8.
//
// In:  the page's raw bytes.
// Out: the page as UTF-8, the encoding used and how it was chosen (BOM, a <meta>
//      declaration, or ICU's detector), plus the number of undecodable byte sequences.
#pragma once

#include <string>
#include <string_view>

namespace nianbao::html {

enum class EncodingSource { kBom, kMetaDeclaration, kDetector, kDefault };

struct EncodingChoice {
  std::string name;  // an ICU converter name, e.g. "UTF-8", "GB18030"
  EncodingSource source = EncodingSource::kDefault;
  size_t bom_length = 0;        // bytes to skip at the start
  int detector_confidence = 0;  // 0-100, kDetector only
  std::string declared;         // the charset as written in the page, if any
};

// The encoding of a page: a byte order mark wins, then <meta charset> or <meta http-equiv
// content-type> near the start, then ICU's charset detector. GB2312 and GBK (and their
// aliases) become GB18030, their superset: real pages declare GB2312 and use GBK characters.
EncodingChoice ChooseEncoding(std::string_view bytes);

// The charset named in the first <meta> declarations of `head`, lowercased, or "".
std::string FindMetaCharset(std::string_view head);

// Maps a declared charset name onto the converter to use (GB2312/GBK -> GB18030, a
// declared UTF-16 in an ASCII-compatible page -> UTF-8, ...).
std::string ConverterNameFor(std::string_view declared);

struct DecodedText {
  std::string utf8;
  size_t invalid_sequences = 0;  // replaced by U+FFFD
};

// Converts bytes in `encoding` to UTF-8 with ICU; throws std::runtime_error if ICU has no
// such converter.
DecodedText DecodeToUtf8(std::string_view bytes, const std::string& encoding);

}  // namespace nianbao::html
