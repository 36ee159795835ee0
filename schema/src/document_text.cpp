#include "document_text.hpp"

#include <algorithm>

namespace nianbao::schema {
namespace {

// The title stands among the first paragraphs; a heading paragraph is short. A web page
// saved as PDF puts its site's navigation, breadcrumbs and form fields before it: a
// complete title (agency and year) is looked for that much further.
constexpr size_t kTitleSearchParagraphs = 12;
constexpr size_t kPageClutterParagraphs = 40;
constexpr size_t kMaxFieldLabelLength = 6;  // 标题：, 发布日期：, 信息来源：
constexpr size_t kMaxTitleLength = 100;
constexpr size_t kMaxTitlePartLength = 60;
constexpr size_t kMaxHeadingLength = 40;
// How far after a fee phrase its number may stand (的件数为, 共, ：…).
constexpr size_t kMaxFeeGap = 8;

const std::u32string kReport = U"报告";
const std::u32string kDisclosure = U"政府信息公开";
const std::u32string kFeeNotice = U"收费通知";
const std::u32string kTotalAmount = U"总金额";
const std::u32string kCollected = U"实际收取";

bool IsSpace(char32_t code_point) {
  return code_point == U' ' || code_point == U'\t' || code_point == U'\n' || code_point == U'\r' ||
         code_point == U'\u3000' || code_point == U'\u00A0' || code_point == U'\u2002' ||
         code_point == U'\u2003' || code_point == U'\uFEFF';
}

std::u32string WithoutSpaces(std::string_view text) {
  std::u32string out = DecodeUtf8(text);
  std::erase_if(out, IsSpace);
  return out;
}

bool IsAsciiDigit(char32_t code_point) {
  return code_point >= U'0' && code_point <= U'9';
}

// Position and length of the first "NNNN年" (ASCII digits) in text; npos when none.
std::pair<size_t, size_t> FindYear(const std::u32string& text) {
  for (size_t pos = 0; pos + 4 < text.size(); ++pos) {
    if (pos > 0 && IsAsciiDigit(text[pos - 1])) continue;
    bool digits = std::all_of(text.begin() + pos, text.begin() + pos + 4, IsAsciiDigit);
    if (digits && text[pos + 4] == U'年') {
      size_t length = 5;
      if (pos + 5 < text.size() && text[pos + 5] == U'度') ++length;
      return {pos, length};
    }
  }
  return {std::u32string::npos, 0};
}

std::u32string FoldDigits(std::u32string text) {
  for (char32_t& code_point : text) {
    if (code_point >= U'０' && code_point <= U'９') code_point = U'0' + (code_point - U'０');
  }
  return text;
}

// A title names its agency and year: agency before the year, or after a leading year.
bool IsCompleteTitle(const std::u32string& title) {
  auto [pos, length] = FindYear(FoldDigits(title));
  if (pos == std::u32string::npos) return false;
  if (pos > 0) return true;
  size_t disclosure = title.rfind(kDisclosure);
  return disclosure != std::u32string::npos && disclosure > length;
}

bool LooksLikeTitlePart(const std::u32string& text) {
  return !text.empty() && text.size() <= kMaxTitlePartLength && text.find(U'。') == text.npos &&
         text.find(U'：') == text.npos && text.find(U':') == text.npos &&
         text.find(U'>') == text.npos;
}

// A part heading is enumerated 一、 (or not at all); a sub-heading that repeats a part's
// words, such as （一）主动公开政府信息情况 or 1.主动公开政府信息情况 inside part 一, has
// another style and the wrong number. Dumps may number parts 2、 3、: the number agrees.
bool IsPartHeading(const LabelMatcher& matcher, const std::string& text, const SectionSpec& section,
                   const TemplateSpec& spec) {
  const normalize::LabelParts parts = matcher.normalizer().SplitOrdinal(text);
  if (parts.style == normalize::OrdinalStyle::kNone ||
      parts.style == normalize::OrdinalStyle::kChineseComma) {
    return true;
  }
  const auto place = std::find_if(spec.sections.begin(), spec.sections.end(),
                                  [&](const SectionSpec& item) { return &item == &section; });
  return parts.ordinal == static_cast<int>(place - spec.sections.begin()) + 1;
}

// The non-blank paragraphs' texts with look-alike ideographs folded (⼈⺠ → 人民), as a
// reader sees them: titles, agencies and sections come from these.
std::vector<std::string> Paragraphs(const Document& document,
                                    const normalize::Normalizer& normalizer) {
  std::vector<std::string> out;
  for (const Block& block : document.blocks) {
    if (const Paragraph* paragraph = std::get_if<Paragraph>(&block)) {
      if (!WithoutSpaces(paragraph->text).empty()) {
        out.push_back(normalizer.FoldIdeographs(paragraph->text));
      }
    }
  }
  return out;
}

// Site navigation: a breadcrumb (首页 > 政务公开 > …), a "you are here" line, a menu bar.
bool IsNavigation(const std::u32string& text) {
  for (char32_t separator : {U'>', U'＞', U'»', U'›', U'|', U'｜'}) {
    if (text.find(separator) != text.npos) return true;
  }
  for (const char32_t* start : {U"当前位置", U"您当前的位置", U"您的位置", U"首页"}) {
    if (text.starts_with(start)) return true;
  }
  return false;
}

bool IsIdeograph(char32_t code_point) {
  return code_point >= U'一' && code_point <= U'鿿';
}

// Where the value of a form field (标题：…, 发布日期：…) starts: after a short label of
// ideographs and its colon; 0 when the text is not a field.
size_t FieldValueStart(const std::u32string& text) {
  for (size_t pos = 0; pos < text.size() && pos <= kMaxFieldLabelLength; ++pos) {
    if (text[pos] == U'：' || text[pos] == U':') return pos >= 2 ? pos + 1 : 0;
    if (!IsIdeograph(text[pos])) return 0;
  }
  return 0;
}

// The title without what a site or a browser's header put after it (…年度报告_XX门户网站).
std::u32string WithoutSiteSuffix(std::u32string text) {
  size_t end = text.rfind(kReport);
  if (end == text.npos) return text;
  end += kReport.size();
  if (end < text.size() && std::u32string(U"_-—–|｜").find(text[end]) != text.npos) {
    text.resize(end);
  }
  return text;
}

// How much a paragraph is trusted as the title: the report's own heading naming agency and
// year, else a form field's value naming them (标题：…), else any title-like line among the
// first paragraphs (a title without agency or year).
enum class TitleRank { kNone, kIncomplete, kField, kHeading };

struct TitleCandidate {
  std::u32string text;
  size_t after = 0;  // index of the paragraph after it
  TitleRank rank = TitleRank::kNone;
};

TitleCandidate ReadTitleCandidate(const std::vector<std::string>& paragraphs, size_t idx) {
  std::u32string text = WithoutSpaces(paragraphs[idx]);
  if (text.size() > kMaxTitleLength || text.find(kReport) == text.npos ||
      text.find(U'。') != text.npos || IsNavigation(text)) {
    return {};
  }
  const size_t value = FieldValueStart(text);
  text = WithoutSiteSuffix(text.substr(value));
  if (IsCompleteTitle(text)) {
    return {text, idx + 1, value > 0 ? TitleRank::kField : TitleRank::kHeading};
  }
  if (value == 0 && idx > 0) {
    std::u32string before = WithoutSpaces(paragraphs[idx - 1]);
    if (LooksLikeTitlePart(before) && !IsNavigation(before) && IsCompleteTitle(before + text)) {
      return {before + text, idx + 1, TitleRank::kHeading};
    }
  }
  if (idx >= kTitleSearchParagraphs) return {};
  return {text, idx + 1, TitleRank::kIncomplete};
}

// The report's title: the first heading that names agency and year (joined with the line
// before when broken over two lines), never navigation or a field's label; else the best
// lesser candidate. Returns the title and the index after it.
std::pair<std::u32string, size_t> FindTitle(const std::vector<std::string>& paragraphs) {
  TitleCandidate best;
  const size_t limit = std::min(paragraphs.size(), kPageClutterParagraphs);
  for (size_t idx = 0; idx < limit && best.rank != TitleRank::kHeading; ++idx) {
    TitleCandidate candidate = ReadTitleCandidate(paragraphs, idx);
    if (candidate.rank > best.rank) best = std::move(candidate);
  }
  return {best.text, best.after};
}

// A number at text[pos] (ASCII digits, thousands commas, one decimal point).
std::optional<std::pair<double, size_t>> NumberAt(const std::u32string& text, size_t pos) {
  std::string digits;
  size_t end = pos;
  while (end < text.size() &&
         (IsAsciiDigit(text[end]) || ((text[end] == U',' || text[end] == U'.') && !digits.empty() &&
                                      end + 1 < text.size() && IsAsciiDigit(text[end + 1])))) {
    if (text[end] != U',') digits.push_back(static_cast<char>(text[end]));
    ++end;
  }
  if (digits.empty()) return std::nullopt;
  return std::make_pair(std::stod(digits), end);
}

// The first number within kMaxFeeGap characters after pos, with its unit: 件 (count), 元 or
// 万元 (amount, in 元); and where its unit ends.
std::optional<std::pair<double, size_t>> FeeNumberAfter(const std::u32string& text, size_t pos,
                                                        bool amount) {
  for (size_t gap = 0; gap <= kMaxFeeGap && pos + gap < text.size(); ++gap) {
    char32_t code_point = text[pos + gap];
    if (code_point == U'，' || code_point == U'。' || code_point == U'；') return std::nullopt;
    if (!IsAsciiDigit(code_point)) continue;
    auto number = NumberAt(text, pos + gap);
    if (!number) return std::nullopt;
    auto [value, end] = *number;
    std::u32string unit = text.substr(end, 2);
    if (!amount) {
      if (!unit.starts_with(U"件")) return std::nullopt;
      return std::make_pair(value, end + 1);
    }
    if (unit == U"万元") return std::make_pair(value * 10000, end + 2);
    if (unit.starts_with(U"元")) return std::make_pair(value, end + 1);
    return std::nullopt;
  }
  return std::nullopt;
}

// Running text as the fee figures are looked for in it: normalized, without white space,
// commas full-width except between digits (thousands separators).
std::u32string FeeText(const std::string& raw, const normalize::Normalizer& normalizer) {
  std::u32string text = WithoutSpaces(normalizer.NormalizeText(raw));
  for (char32_t& code_point : text) {
    if (code_point == U',') code_point = U'，';
  }
  for (size_t pos = 1; pos + 1 < text.size(); ++pos) {
    if (text[pos] == U'，' && IsAsciiDigit(text[pos - 1]) && IsAsciiDigit(text[pos + 1])) {
      text[pos] = U',';
    }
  }
  return text;
}

}  // namespace

std::optional<int> PageOfFeeFigure(const Document& document, const FeeFigure& figure,
                                   const normalize::Normalizer& normalizer) {
  const std::u32string phrase = DecodeUtf8(figure.text);
  for (const Block& block : document.blocks) {
    const Paragraph* paragraph = std::get_if<Paragraph>(&block);
    if (paragraph == nullptr || !paragraph->page) continue;
    if (FeeText(paragraph->text, normalizer).find(phrase) != std::u32string::npos) {
      return paragraph->page;
    }
  }
  return std::nullopt;
}

std::string AgencyFromTitle(const std::string& title) {
  std::u32string text = WithoutSpaces(title);
  auto [pos, length] = FindYear(FoldDigits(text));
  if (pos == std::u32string::npos) return "";
  std::u32string agency;
  if (pos > 0) {
    agency = text.substr(0, pos);
  } else {
    size_t end = text.rfind(kDisclosure);
    if (end == text.npos || end <= length) return "";
    agency = text.substr(length, end - length);
  }
  for (const std::u32string& tail : {std::u32string(U"关于"), std::u32string(U"的")}) {
    if (agency.ends_with(tail)) agency.resize(agency.size() - tail.size());
  }
  return EncodeUtf8(agency);
}

std::vector<FeeFigure> ReadFeeFigures(const std::string& section_text,
                                      const normalize::Normalizer& normalizer) {
  std::vector<FeeFigure> figures;
  const std::u32string text = FeeText(section_text, normalizer);
  size_t notice = text.find(kFeeNotice);
  if (notice == text.npos) return figures;
  if (auto count = FeeNumberAfter(text, notice + kFeeNotice.size(), false)) {
    figures.push_back(
        {"s6.fee_notices", count->first, EncodeUtf8(text.substr(notice, count->second - notice))});
  }
  bool billed = false;
  bool collected = false;
  for (size_t pos = text.find(kTotalAmount, notice); pos != text.npos;
       pos = text.find(kTotalAmount, pos + 1)) {
    const size_t window_start = pos >= 6 ? pos - 6 : 0;
    const bool is_collected =
        text.substr(window_start, pos - window_start).find(kCollected) != text.npos;
    auto amount = FeeNumberAfter(text, pos + kTotalAmount.size(), true);
    if (!amount) continue;
    const size_t start = is_collected ? text.rfind(kCollected, pos) : pos;
    std::string matched = EncodeUtf8(text.substr(start, amount->second - start));
    if (is_collected && !collected) {
      figures.push_back({"s6.fee_collected", amount->first, std::move(matched)});
      collected = true;
    } else if (!is_collected && !billed) {
      figures.push_back({"s6.fee_billed", amount->first, std::move(matched)});
      billed = true;
    }
  }
  return figures;
}

DocumentText ReadDocumentText(const Document& document, const TemplateSpec& spec,
                              const LabelMatcher& matcher) {
  DocumentText result;
  const std::vector<std::string> paragraphs = Paragraphs(document, matcher.normalizer());
  auto [title, after_title] = FindTitle(paragraphs);
  result.title = EncodeUtf8(title);
  result.agency = AgencyFromTitle(result.title);
  result.year = matcher.normalizer().ExtractYear(result.title);
  for (size_t idx = after_title;
       !result.year && idx < paragraphs.size() && idx < after_title + kTitleSearchParagraphs;
       ++idx) {
    // A publication date (发布日期：2024年…) or a menu is not the year reported on.
    const std::u32string compact = WithoutSpaces(paragraphs[idx]);
    if (FieldValueStart(compact) > 0 || IsNavigation(compact)) continue;
    result.year = matcher.normalizer().ExtractYear(paragraphs[idx]);
  }
  if (result.title.empty()) {
    result.warnings.push_back({Severity::kWarning,
                               "schema.no_title",
                               "no report title (…政府信息公开工作年度报告) among the first "
                               "paragraphs",
                               {}});
  }
  std::string current;
  for (size_t idx = after_title; idx < paragraphs.size(); ++idx) {
    const std::string& text = paragraphs[idx];
    std::u32string compact = WithoutSpaces(text);
    DocLabel label = matcher.Read(text);
    auto section =
        std::find_if(spec.sections.begin(), spec.sections.end(), [&](const SectionSpec& candidate) {
          return matcher.Strict(label, candidate.labels, LabelMatcher::StartMatch::kAnywhere) > 0;
        });
    if (section != spec.sections.end() && IsPartHeading(matcher, text, *section, spec)) {
      const bool heading_only =
          compact.size() <= kMaxHeadingLength && compact.find(U'。') == compact.npos;
      // A heading run into its part's first sentence (一、总体情况 2021年，…) opens the
      // part and stays in its text; only 一、-style headings are trusted that far.
      const bool run_in = !heading_only && matcher.normalizer().SplitOrdinal(text).style ==
                                               normalize::OrdinalStyle::kChineseComma;
      if (heading_only || run_in) {
        current = section->key;
        result.sections.try_emplace(current);
        if (heading_only) continue;
      }
    }
    if (current.empty()) continue;
    std::string& body = result.sections[current];
    if (!body.empty()) body += '\n';
    body += text;
  }
  return result;
}

}  // namespace nianbao::schema
