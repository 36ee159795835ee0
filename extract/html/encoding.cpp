#include "encoding.hpp"
#include "utf8.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <stdexcept>

namespace nianbao::html {

using extract_internal::IsValidUtf8;
namespace {

// How far into the page <meta> declarations are looked for (the HTML standard says 1024
// bytes; CMS pages often put long scripts before them).
constexpr size_t kMetaScanBytes = 16 * 1024;
// How much of the page the charset detector reads.
constexpr size_t kDetectorSampleBytes = 1 << 20;
constexpr size_t kConvertBufferBytes = 64 * 1024;
constexpr size_t kPivotChars = 4096;

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};
using DetectorPtr = std::unique_ptr<UCharsetDetector, DetectorCloser>;

ConverterPtr OpenConverter(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

std::string Lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char ch) {
    return static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
  });
  return out;
}

bool IsCharsetNameChar(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' ||
         ch == '.' || ch == ':';
}

// The charset value after "charset" at `pos` (which points at the 'c'), or "".
std::string CharsetValueAt(const std::string& tag, size_t pos) {
  pos += std::string_view("charset").size();
  while (pos < tag.size() && (tag[pos] == ' ' || tag[pos] == '\t' || tag[pos] == '\n')) ++pos;
  if (pos >= tag.size() || tag[pos] != '=') return "";
  ++pos;
  while (pos < tag.size() && (tag[pos] == ' ' || tag[pos] == '"' || tag[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < tag.size() && IsCharsetNameChar(tag[end])) ++end;
  return tag.substr(pos, end - pos);
}

bool IsGbFamily(const std::string& name) {
  static constexpr std::array kNames = {"gb2312",   "gbk",         "x-gbk",      "cp936",
                                        "ms936",    "windows-936", "gb_2312-80", "euc-cn",
                                        "csgb2312", "chinese",     "iso-ir-58",  "gb18030"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

struct Detection {
  std::string name;
  int confidence = 0;
};

Detection DetectWithIcu(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  DetectorPtr detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return {};
  std::string_view sample = bytes.substr(0, kDetectorSampleBytes);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  ucsdet_enableInputFilter(detector.get(), true);  // ignore markup
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return {};
  const char* name = ucsdet_getName(match, &status);
  int confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || name == nullptr) return {};
  return {name, confidence};
}

EncodingChoice FromBom(std::string_view bytes) {
  struct Bom {
    std::string_view bytes;
    const char* name;
  };
  // UTF-32 before UTF-16: FF FE 00 00 starts with FF FE.
  static constexpr std::array kBoms = {
      Bom{std::string_view("\xEF\xBB\xBF", 3), "UTF-8"},
      Bom{std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
      Bom{std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
      Bom{std::string_view("\xFF\xFE", 2), "UTF-16LE"},
      Bom{std::string_view("\xFE\xFF", 2), "UTF-16BE"},
  };
  for (const Bom& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) == bom.bytes) {
      EncodingChoice choice;
      choice.name = bom.name;
      choice.source = EncodingSource::kBom;
      choice.bom_length = bom.bytes.size();
      return choice;
    }
  }
  return {};
}

// Counts undecodable sequences, then substitutes them as ICU does by default.
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args, const char* code_units,
                        int32_t length, UConverterCallbackReason reason, UErrorCode* status) {
  if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR) {
    ++*const_cast<size_t*>(static_cast<const size_t*>(context));
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, code_units, length, reason, status);
}

}  // namespace

std::string FindMetaCharset(std::string_view head) {
  const std::string text = Lowercase(head);
  size_t pos = 0;
  while ((pos = text.find("<meta", pos)) != std::string::npos) {
    size_t end = text.find('>', pos);
    if (end == std::string::npos) end = text.size();
    const std::string tag = text.substr(pos, end - pos);
    for (size_t at = tag.find("charset"); at != std::string::npos;
         at = tag.find("charset", at + 1)) {
      std::string value = CharsetValueAt(tag, at);
      if (!value.empty()) return value;
    }
    pos = end;
  }
  return "";
}

std::string ConverterNameFor(std::string_view declared) {
  const std::string name = Lowercase(declared);
  if (IsGbFamily(name)) return "GB18030";
  // A page whose <meta> could be read as ASCII is not UTF-16 (the HTML standard says UTF-8).
  if (name.rfind("utf-16", 0) == 0 || name.rfind("utf-32", 0) == 0) return "UTF-8";
  if (name == "utf-8" || name == "utf8" || name == "unicode-1-1-utf-8") return "UTF-8";
  return name;
}

EncodingChoice ChooseEncoding(std::string_view bytes) {
  EncodingChoice choice = FromBom(bytes);
  if (choice.source == EncodingSource::kBom) return choice;

  choice.declared = FindMetaCharset(bytes.substr(0, kMetaScanBytes));
  if (!choice.declared.empty()) {
    std::string name = ConverterNameFor(choice.declared);
    bool known = OpenConverter(name) != nullptr;
    bool utf8_mismatch = name == "UTF-8" && !IsValidUtf8(bytes);
    if (known && !utf8_mismatch) {
      choice.name = name;
      choice.source = EncodingSource::kMetaDeclaration;
      return choice;
    }
  }
  if (IsValidUtf8(bytes)) {
    choice.name = "UTF-8";
    choice.source = EncodingSource::kDetector;
    choice.detector_confidence = 100;
    return choice;
  }
  Detection detection = DetectWithIcu(bytes);
  if (detection.name.empty() || OpenConverter(ConverterNameFor(detection.name)) == nullptr) {
    choice.name = "GB18030";  // the most likely legacy encoding of a Chinese government page
    choice.source = EncodingSource::kDefault;
    return choice;
  }
  choice.name = ConverterNameFor(detection.name);
  choice.source = EncodingSource::kDetector;
  choice.detector_confidence = detection.confidence;
  return choice;
}

DecodedText DecodeToUtf8(std::string_view bytes, const std::string& encoding) {
  DecodedText decoded;
  if (encoding == "UTF-8" && IsValidUtf8(bytes)) {
    decoded.utf8.assign(bytes);
    return decoded;
  }
  ConverterPtr source = OpenConverter(encoding);
  ConverterPtr target = OpenConverter("UTF-8");
  if (!source || !target) throw std::runtime_error("ICU has no converter for " + encoding);
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(source.get(), CountingSubstitute, &decoded.invalid_sequences, nullptr,
                      nullptr, &status);
  if (U_FAILURE(status)) throw std::runtime_error("cannot set up the converter for " + encoding);

  decoded.utf8.reserve(bytes.size() + bytes.size() / 2);
  std::array<UChar, kPivotChars> pivot{};
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  std::array<char, kConvertBufferBytes> buffer{};
  const char* input = bytes.data();
  const char* input_end = bytes.data() + bytes.size();
  bool reset = true;
  while (true) {
    char* output = buffer.data();
    status = U_ZERO_ERROR;
    ucnv_convertEx(target.get(), source.get(), &output, buffer.data() + buffer.size(), &input,
                   input_end, pivot.data(), &pivot_source, &pivot_target,
                   pivot.data() + pivot.size(), reset, /*flush=*/true, &status);
    reset = false;
    decoded.utf8.append(buffer.data(), static_cast<size_t>(output - buffer.data()));
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) {
      throw std::runtime_error(std::string("converting from ") + encoding +
                               " failed: " + u_errorName(status));
    }
    break;
  }
  return decoded;
}

}  // namespace nianbao::html
