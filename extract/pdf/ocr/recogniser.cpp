// Tesseract 5 (LSTM, chi_sim) through its C++ API: cells and running text.
#include <algorithm>
#include <memory>

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include "../text_lines.hpp"
#include "nianbao/error.hpp"
#include "steps.hpp"

namespace nianbao::pdf::ocr {
namespace {

// Labels and running text are Chinese; values are read with the English model, which
// tells ',' from '.' and '/' from '1' far better than chi_sim on these fonts.
constexpr const char* kTextLanguage = "chi_sim";
constexpr const char* kValueLanguage = "eng";
// What a value cell may hold: digits, the signs these reports use for zero (- / —),
// decimal point, thousands separator, and + of a signed change (无 is read as a label).
constexpr const char* kValueCharacters = "0123456789-/—.,+";

struct TextDeleter {
  void operator()(char* text) const { delete[] text; }
};
using TextPtr = std::unique_ptr<char[], TextDeleter>;

bool IsSpace(char32_t code) {
  return code == ' ' || code == '\n' || code == '\t' || code == 0x3000 || code == '\r';
}

// Tesseract separates words by spaces, also between CJK characters and digits; these
// reports' text has none there. A space is kept only between two ASCII letters or digits.
std::string DropSpaces(const std::string& text, bool keep_lines) {
  std::string result;
  bool pending_space = false;
  size_t idx = 0;
  while (idx < text.size()) {
    const auto lead = static_cast<unsigned char>(text[idx]);
    const size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    const std::string piece = text.substr(idx, length);
    idx += length;
    const char32_t code = FirstCodePoint(piece);
    if (code == '\n' && keep_lines) {
      while (!result.empty() && result.back() == ' ') result.pop_back();
      if (!result.empty() && result.back() != '\n') result += '\n';
      pending_space = false;
      continue;
    }
    if (IsSpace(code)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !result.empty()) {
      const char32_t before = LastCodePoint(result);
      if (before < 0x80 && std::isalnum(static_cast<int>(before)) && code < 0x80 &&
          std::isalnum(static_cast<int>(code))) {
        result += ' ';
      }
    }
    pending_space = false;
    result += piece;
  }
  while (!result.empty() && (result.back() == '\n' || result.back() == ' ')) result.pop_back();
  return result;
}

}  // namespace

struct Recogniser::Tesseract {
  tesseract::TessBaseAPI api;
  ~Tesseract() { api.End(); }

  Reading Read(const PIX& image, int dpi, tesseract::PageSegMode mode, const char* whitelist,
               bool keep_lines) {
    api.SetVariable("tessedit_char_whitelist", whitelist);
    api.SetPageSegMode(mode);
    api.SetImage(const_cast<PIX*>(&image));
    api.SetSourceResolution(dpi);
    Reading reading;
    if (api.Recognize(nullptr) != 0) return reading;
    TextPtr text(api.GetUTF8Text());
    reading.text = text ? DropSpaces(text.get(), keep_lines) : "";
    reading.confidence = LowestSymbolConfidence();
    return reading;
  }

  double LowestSymbolConfidence() {
    std::unique_ptr<tesseract::ResultIterator> iterator(api.GetIterator());
    if (!iterator) return 0;
    double lowest = 100;
    bool any = false;
    do {
      if (iterator->Empty(tesseract::RIL_SYMBOL)) continue;
      lowest = std::min(lowest, static_cast<double>(iterator->Confidence(tesseract::RIL_SYMBOL)));
      any = true;
    } while (iterator->Next(tesseract::RIL_SYMBOL));
    return any ? std::clamp(lowest / 100.0, 0.0, 1.0) : 0.0;
  }
};

std::unique_ptr<Recogniser::Tesseract> Recogniser::Load(const char* language,
                                                        const std::string& path_for_errors) {
  auto tesseract = std::make_unique<Tesseract>();
  if (tesseract->api.Init(nullptr, language, tesseract::OEM_LSTM_ONLY) != 0) {
    throw Error(ErrorKind::kUnsupported, path_for_errors,
                std::string("the document is a scan and Tesseract's ") + language +
                    " data cannot be loaded (install tesseract-ocr-chi-sim and tesseract-ocr-eng)");
  }
  tesseract->api.SetVariable("debug_file", "/dev/null");
  return tesseract;
}

Recogniser::Recogniser(const std::string& path_for_errors)
    : text_(Load(kTextLanguage, path_for_errors)), values_(Load(kValueLanguage, path_for_errors)) {}

Recogniser::~Recogniser() = default;

Reading Recogniser::ReadLabel(const PIX& image, int dpi) {
  return text_->Read(image, dpi, tesseract::PSM_SINGLE_BLOCK, "", true);
}

namespace {
// A number too wide for its column is printed over two lines (3,44 above 7): read as a
// block, its lines run together.
tesseract::PageSegMode ValueMode(ValueLines lines) {
  return lines == ValueLines::kOne ? tesseract::PSM_SINGLE_LINE : tesseract::PSM_SINGLE_BLOCK;
}
}  // namespace

Reading Recogniser::ReadValue(const PIX& image, int dpi, ValueLines lines) {
  Reading reading = values_->Read(image, dpi, ValueMode(lines), kValueCharacters, false);
  reading.text.erase(std::remove(reading.text.begin(), reading.text.end(), ' '),
                     reading.text.end());
  return reading;
}

Reading Recogniser::ReadValueAsText(const PIX& image, int dpi, ValueLines lines) {
  return text_->Read(image, dpi, ValueMode(lines), "", false);
}

Reading Recogniser::ReadValueChinese(const PIX& image, int dpi, ValueLines lines) {
  Reading reading = text_->Read(image, dpi, ValueMode(lines), kValueCharacters, false);
  reading.text.erase(std::remove(reading.text.begin(), reading.text.end(), ' '),
                     reading.text.end());
  return reading;
}

std::vector<Recogniser::Glyph> Recogniser::ReadPage(const PIX& image, int dpi, int deadline_ms) {
  return ReadGlyphs(image, dpi, tesseract::PSM_AUTO, deadline_ms);
}

std::vector<Recogniser::Glyph> Recogniser::ReadLineGlyphs(const PIX& image, int dpi,
                                                          int deadline_ms) {
  return ReadGlyphs(image, dpi, tesseract::PSM_SINGLE_LINE, deadline_ms);
}

std::vector<Recogniser::Glyph> Recogniser::ReadGlyphs(const PIX& image, int dpi, int mode,
                                                      int deadline_ms) {
  tesseract::TessBaseAPI& api = text_->api;
  api.SetVariable("tessedit_char_whitelist", "");
  api.SetPageSegMode(static_cast<tesseract::PageSegMode>(mode));
  api.SetImage(const_cast<PIX*>(&image));
  api.SetSourceResolution(dpi);
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(deadline_ms);
  std::vector<Glyph> glyphs;
  if (api.Recognize(&monitor) != 0) return glyphs;
  std::unique_ptr<tesseract::ResultIterator> iterator(api.GetIterator());
  if (!iterator) return glyphs;
  int line_start = 0;  // left edge of the line's previous symbol, in reading order
  do {
    if (iterator->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) line_start = 0;
    if (iterator->Empty(tesseract::RIL_SYMBOL)) continue;
    TextPtr text(iterator->GetUTF8Text(tesseract::RIL_SYMBOL));
    if (!text) continue;
    int left = 0, top = 0, right = 0, bottom = 0;
    int line_left = 0, line_top = 0, line_right = 0, line_bottom = 0;
    iterator->BoundingBox(tesseract::RIL_SYMBOL, &left, &top, &right, &bottom);
    iterator->BoundingBox(tesseract::RIL_TEXTLINE, &line_left, &line_top, &line_right,
                          &line_bottom);
    // The LSTM model's symbol boxes are approximate and may overlap out of order (the 0 of
    // 170 starting left of its 7): lines are later ordered by left edge, so an edge never
    // moves back within a line, and the model's reading order is kept.
    left = std::max(left, line_start);
    right = std::max(right, left);
    line_start = left;
    const float confidence =
        std::clamp(iterator->Confidence(tesseract::RIL_SYMBOL) / 100.0f, 0.0f, 1.0f);
    glyphs.push_back({text.get(), left, line_top, right, line_bottom, confidence});
    if (iterator->IsAtFinalElement(tesseract::RIL_WORD, tesseract::RIL_SYMBOL) &&
        !iterator->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_SYMBOL)) {
      glyphs.push_back({" ", right, line_top, right, line_bottom, 1.0f});
      line_start = right;
    }
  } while (iterator->Next(tesseract::RIL_SYMBOL));
  return glyphs;
}

}  // namespace nianbao::pdf::ocr
