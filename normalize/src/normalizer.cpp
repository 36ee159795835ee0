// The Normalizer: owns the ICU objects (NFKC, Traditional-Simplified) and the compiled
// variant table, and routes each public call to its free-function implementation.
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <fmt/format.h>
#include <algorithm>
#include <unordered_map>

#include "cell_parser.hpp"
#include "code_points.hpp"
#include "equivalent_ideographs.hpp"
#include "label_variants.hpp"
#include "nianbao/error.hpp"
#include "nianbao/normalize.hpp"
#include "ordinal.hpp"
#include "similarity.hpp"
#include "traditional_chars.hpp"

namespace nianbao::normalize {
namespace {

// Quote marks of every style; labels drop them (“三安全一稳定” = 三安全一稳定).
bool IsQuote(char32_t code_point) {
  switch (code_point) {
    case U'"':
    case U'\'':
    case U'`':
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
    case U'\u201B':
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u201F':
    case U'\u300C':
    case U'\u300D':
    case U'\u300E':
    case U'\u300F':
    case U'\u301D':
    case U'\u301E':
    case U'\u301F':
    case U'\u00AB':
    case U'\u00BB':
    case U'\u2039':
    case U'\u203A':
      return true;
    default:
      return false;
  }
}

std::u32string ToCodePoints(const icu::UnicodeString& text) {
  std::u32string out(static_cast<size_t>(text.countChar32()), U'\0');
  UErrorCode status = U_ZERO_ERROR;
  text.toUTF32(reinterpret_cast<UChar32*>(out.data()), static_cast<int32_t>(out.size()), status);
  return out;
}

constexpr int kMaxVariantPasses = 4;

// The blocks whose characters ICU's normalization maps to unified ideographs: Kangxi
// radicals and the CJK compatibility ideographs (canonical singletons).
constexpr const char16_t* kCompatibilityIdeographs =
    u"[\\u2F00-\\u2FDF\\uF900-\\uFAFF\\U0002F800-\\U0002FA1F]";

// Whether UTF-8 text may hold a code point FoldIdeographs changes: the leading bytes of
// U+2E80–U+2FDF (E2 BA–BF), U+31C0–U+31EF strokes (E3 87), U+F900–U+FAFF (EF A4–AB) and
// U+2F800–U+2FA1F (F0 AF). A cheap test that keeps ordinary text off the slow path.
bool MayHoldLookAlikes(std::string_view text) {
  for (size_t pos = 0; pos + 1 < text.size(); ++pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const auto next = static_cast<unsigned char>(text[pos + 1]);
    if ((lead == 0xE2 && next >= 0xBA && next <= 0xBF) || (lead == 0xE3 && next == 0x87) ||
        (lead == 0xEF && next >= 0xA4 && next <= 0xAB) || (lead == 0xF0 && next == 0xAF)) {
      return true;
    }
  }
  return false;
}

// Returns whether anything was replaced. Builds a new string, so many occurrences in a
// long (hostile) label cost linear time, not one shift of the tail per occurrence.
bool ReplaceAll(std::u32string& text, std::u32string_view from, std::u32string_view to) {
  size_t pos = text.find(from);
  if (pos == std::u32string::npos) return false;
  std::u32string out;
  out.reserve(text.size());
  size_t copied = 0;
  while (pos != std::u32string::npos) {
    out.append(text, copied, pos - copied);
    out.append(to);
    copied = pos + from.size();
    pos = text.find(from, copied);
  }
  out.append(text, copied);
  text = std::move(out);
  return true;
}

void ThrowIfFailed(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::kInternal, "", fmt::format("ICU {}: {}", what, u_errorName(status)));
  }
}

}  // namespace

struct Normalizer::Impl {
  const icu::Normalizer2* nfkc = nullptr;  // owned by ICU, process lifetime
  icu::UnicodeSet traditional_chars;       // characters Simplifier() changes (frozen)
  std::unordered_map<char32_t, char32_t> equivalent_ideographs;        // radical → ideograph
  std::unique_ptr<icu::FilteredNormalizer2> compatibility_ideographs;  // NFKC on those only
  icu::UnicodeSet compatibility_ideograph_set;
  std::vector<std::pair<std::u32string, std::u32string>> variants;  // longest first

  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc = icu::Normalizer2::getNFKCInstance(status);
    ThrowIfFailed(status, "NFKC normalizer");
    for (size_t range_idx = 0; range_idx < kTraditionalCharRanges; ++range_idx) {
      const CodePointRange& range = kTraditionalChars[range_idx];
      traditional_chars.add(static_cast<UChar32>(range.first), static_cast<UChar32>(range.last));
    }
    traditional_chars.freeze();
    equivalent_ideographs = ParseEquivalentIdeographs(EquivalentIdeographsData());
    compatibility_ideograph_set.applyPattern(icu::UnicodeString(kCompatibilityIdeographs), status);
    ThrowIfFailed(status, "compatibility ideograph set");
    compatibility_ideograph_set.freeze();
    compatibility_ideographs =
        std::make_unique<icu::FilteredNormalizer2>(*nfkc, compatibility_ideograph_set);
    LoadVariants();
  }

  // Radicals and strokes by the Equivalent_Unified_Ideograph data, then compatibility
  // ideographs by ICU; nothing else changes.
  std::string FoldIdeographs(std::string_view text) const {
    if (!MayHoldLookAlikes(text)) return std::string(text);
    std::u32string code_points = DecodeUtf8(text);
    for (char32_t& code_point : code_points) {
      auto found = equivalent_ideographs.find(code_point);
      if (found != equivalent_ideographs.end()) code_point = found->second;
    }
    const std::string substituted = EncodeUtf8(code_points);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2& compatibility = *compatibility_ideographs;
    const icu::UnicodeString folded = compatibility.normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(substituted.data(), substituted.size())),
        status);
    ThrowIfFailed(status, "compatibility ideograph folding");
    std::string out;
    folded.toUTF8String(out);
    return out;
  }

  // Look-alike ideographs, NFKC (which folds width: （）→(), ２→2, ：→:), then
  // traditional → simplified.
  std::u32string Fold(std::string_view raw) const {
    const std::string text = FoldIdeographs(raw);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString unicode = nfkc->normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size())), status);
    ThrowIfFailed(status, "NFKC normalization");
    if (traditional_chars.span(unicode, 0, USET_SPAN_NOT_CONTAINED) < unicode.length()) {
      Simplifier().transliterate(unicode);
    }
    return ToCodePoints(unicode);
  }

  // Built on the first text that needs it: most reports hold no traditional character, and
  // building it costs more than reading a small report.
  icu::Transliterator& Simplifier() const {
    if (!to_simplified) {
      UErrorCode status = U_ZERO_ERROR;
      to_simplified.reset(
          icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
      ThrowIfFailed(status, "Traditional-Simplified transliterator");
    }
    return *to_simplified;
  }

  // Folded, without white space or quotes, before the variant table.
  std::u32string BaseLabel(std::string_view text) const {
    std::u32string folded = Fold(text);
    std::erase_if(folded, [](char32_t code_point) {
      return IsWhiteSpace(code_point) || IsQuote(code_point);
    });
    return folded;
  }

  std::u32string Label(std::string_view text) const {
    std::u32string label = BaseLabel(text);
    // Rules may feed each other (法人或者其它组织: 其它 first, then 或者), so repeat until
    // nothing changes; the pass limit stops a table whose rules undo each other.
    for (int pass_idx = 0; pass_idx < kMaxVariantPasses; ++pass_idx) {
      bool changed = false;
      for (const auto& [from, to] : variants) changed = ReplaceAll(label, from, to) || changed;
      if (!changed) break;
    }
    return label;
  }

  void LoadVariants() {
    for (const auto& [from, to] : ParseVariantTable(LabelVariantsTsv())) {
      variants.emplace_back(BaseLabel(from), BaseLabel(to));
    }
    std::stable_sort(variants.begin(), variants.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }

 private:
  mutable std::unique_ptr<icu::Transliterator> to_simplified;  // see Simplifier()
};

Normalizer::Normalizer() : impl_(std::make_unique<Impl>()) {}
Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

CellValue Normalizer::ParseCell(std::string_view text) const {
  return ParseCellText(text);
}

std::string Normalizer::NormalizeLabel(std::string_view text) const {
  return EncodeUtf8(impl_->Label(text));
}

LabelParts Normalizer::SplitOrdinal(std::string_view text) const {
  return SplitLeadingOrdinal(impl_->Label(text));
}

double Normalizer::Similarity(std::string_view a, std::string_view b) const {
  if (a == b) return 1.0;
  return CodePointSimilarity(DecodeUtf8(a), DecodeUtf8(b));
}

double Normalizer::Similarity(std::u32string_view a, std::u32string_view b) const {
  return Similarity(a, b, 0);
}

double Normalizer::Similarity(std::u32string_view a, std::u32string_view b, double floor) const {
  if (a == b) return 1.0;
  return CodePointSimilarity(a, b, floor);
}

std::string Normalizer::FoldIdeographs(std::string_view text) const {
  return impl_->FoldIdeographs(text);
}

std::string Normalizer::NormalizeText(std::string_view raw) const {
  const std::string text = impl_->FoldIdeographs(raw);
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString unicode = impl_->nfkc->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size())), status);
  ThrowIfFailed(status, "NFKC normalization");
  return CollapseWhiteSpace(ToCodePoints(unicode));
}

std::optional<int> Normalizer::ExtractYear(std::string_view text) const {
  const std::vector<YearSpan> years = FindYears(DecodeUtf8(text));
  if (years.empty()) return std::nullopt;
  return years.front().year;
}

}  // namespace nianbao::normalize
