#include "document_text.hpp"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

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
struct ParagraphTexts {
  std::vector<std::string> texts;
  std::vector<const Paragraph*> sources;  // parallel to texts
};

ParagraphTexts Paragraphs(const Document& document, const normalize::Normalizer& normalizer) {
  ParagraphTexts out;
  for (const Block& block : document.blocks) {
    if (const Paragraph* paragraph = std::get_if<Paragraph>(&block)) {
      if (!WithoutSpaces(paragraph->text).empty()) {
        out.texts.push_back(normalizer.FoldIdeographs(paragraph->text));
        out.sources.push_back(paragraph);
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

// Where the clause holding text[pos] begins: after the last 。，； before it, not before
// `from`.
size_t ClauseStart(const std::u32string& text, size_t from, size_t pos) {
  size_t start = from;
  for (size_t idx = from; idx < pos; ++idx) {
    if (text[idx] == U'。' || text[idx] == U'，' || text[idx] == U'；') start = idx + 1;
  }
  return start;
}

// Words before 总金额 naming the amount collected (实际收取的), also as OCR garbles them:
// two or more of 实际收取's characters in their order, 实 or 际 among them (收取 alone, as in
// 收取费用总金额, may name the amount billed).
bool NamesCollected(const std::u32string& words) {
  size_t found = 0;
  size_t next = 0;
  bool actual = false;
  for (char32_t code_point : words) {
    const size_t at = kCollected.find(code_point, next);
    if (at == std::u32string::npos) continue;
    ++found;
    actual = actual || at < 2;
    next = at + 1;
  }
  return found >= 2 && actual;
}

// An amount read as 0 whose unit was not read after it (the line with 元 lost, or misread
// as more characters): the 0 and where it ends; nullopt for any other number (0.5 included).
std::optional<std::pair<double, size_t>> ZeroBeforeUnreadUnit(const std::u32string& text,
                                                              size_t pos) {
  for (size_t gap = 0; gap <= kMaxFeeGap && pos + gap < text.size(); ++gap) {
    const char32_t code_point = text[pos + gap];
    if (code_point == U'，' || code_point == U'。' || code_point == U'；') return std::nullopt;
    if (!IsAsciiDigit(code_point)) continue;
    const size_t end = pos + gap + 1;
    const bool fraction = end + 1 < text.size() && (text[end] == U'.' || text[end] == U',') &&
                          IsAsciiDigit(text[end + 1]);
    if (code_point != U'0' || fraction) return std::nullopt;
    return std::make_pair(0.0, end);
  }
  return std::nullopt;
}

// Commas full-width except between digits (thousands separators), one for one.
void FoldFeeCommas(std::u32string& text) {
  for (char32_t& code_point : text) {
    if (code_point == U',') code_point = U'，';
  }
  for (size_t pos = 1; pos + 1 < text.size(); ++pos) {
    if (text[pos] == U'，' && IsAsciiDigit(text[pos - 1]) && IsAsciiDigit(text[pos + 1])) {
      text[pos] = U',';
    }
  }
}

// Running text as the fee figures are looked for in it: normalized, without white space,
// commas full-width except between digits (thousands separators).
std::u32string FeeText(const std::string& raw, const normalize::Normalizer& normalizer) {
  std::u32string text = WithoutSpaces(normalizer.NormalizeText(raw));
  FoldFeeCommas(text);
  return text;
}

// The least confidence of a fee phrase's number and unit (from its first digit on): the
// words before them only located it.
double FigureConfidence(const ReadText& read, size_t pos, size_t length) {
  size_t first_digit = pos;
  while (first_digit < pos + length && !IsAsciiDigit(read.text[first_digit])) ++first_digit;
  float least = 1.0f;
  for (size_t idx = first_digit; idx < pos + length; ++idx) {
    least = std::min(least, read.ConfidenceAt(idx));
  }
  return least;
}

// Where the digits of `year` stand in `text`, read as the year is read; npos when absent.
size_t FindYearDigits(const std::u32string& text, int year) {
  for (const normalize::YearSpan& span : normalize::FindYears(text)) {
    if (span.year == year) return span.begin;
  }
  return std::u32string::npos;
}

// The years of the reporting period read with confidence (本报告所列数据的统计期限自2021年1月1日
// 起至2021年12月31日止): the year stated a second time.
std::vector<int> PeriodYears(const std::vector<ReadText>& reads) {
  std::vector<int> years;
  for (const ReadText& read : reads) {
    const std::u32string text = FoldDigits(read.text);
    for (const std::u32string_view date : {U"年1月1日", U"年12月31日"}) {
      for (size_t pos = text.find(date); pos != text.npos; pos = text.find(date, pos + 1)) {
        if (pos < 4 ||
            !std::all_of(text.begin() + static_cast<std::ptrdiff_t>(pos - 4),
                         text.begin() + static_cast<std::ptrdiff_t>(pos), IsAsciiDigit)) {
          continue;
        }
        const auto confident = [&](size_t idx) {
          return read.ConfidenceAt(idx) >= kMinTextConfidence;
        };
        if (!(confident(pos - 4) && confident(pos - 3) && confident(pos - 2) &&
              confident(pos - 1))) {
          continue;
        }
        years.push_back(std::stoi(EncodeUtf8(text.substr(pos - 4, 4))));
      }
    }
  }
  return years;
}

// The wording every title shares: a character read there as expected is confirmed by it.
bool InTitleWording(const std::u32string& title, size_t pos) {
  for (const std::u32string_view wording : {U"政府信息公开", U"工作年度报告", U"年度报告"}) {
    for (size_t at = title.find(wording); at != title.npos; at = title.find(wording, at + 1)) {
      if (pos >= at && pos < at + wording.size()) return true;
    }
  }
  return false;
}

// The uncertain characters of word (at pos in read, `length` long) that nothing confirms:
// not the same character read clearly where the words around it recur in `others`, nor
// `confirmed` by the caller. Each with what it was read as elsewhere, for the warning.
std::string UnconfirmedReadings(const ReadText& read, size_t pos, size_t length,
                                const std::vector<ReadText>& others,
                                const std::function<bool(size_t)>& confirmed) {
  const std::u32string word = read.text.substr(pos, length);
  std::vector<UncertainChar> left;
  std::u32string alternatives;
  for (const UncertainChar& uncertain : UncertainChars(read, pos, length)) {
    if (confirmed(uncertain.pos)) continue;
    const std::vector<char32_t> elsewhere =
        ClearReadingsElsewhere(others, word, uncertain.pos - pos);
    if (std::find(elsewhere.begin(), elsewhere.end(), uncertain.code) != elsewhere.end()) continue;
    left.push_back(uncertain);
    for (char32_t code : elsewhere) {
      if (alternatives.find(code) == alternatives.npos) alternatives += code;
    }
  }
  if (left.empty()) return "";
  std::string description = DescribeUncertain(left, pos);
  if (!alternatives.empty()) {
    description += "; read elsewhere in the text as " + EncodeUtf8(alternatives);
  }
  return description;
}

// An OCR'd title without the Latin letters standing alone among its ideographs (临I澜市 for
// 临澜市: the water radical read apart), said in a warning.
std::u32string DropStrayLetters(const std::u32string& title, DocumentText& result) {
  const std::vector<size_t> stray = StrayLetters(title);
  if (stray.empty()) return title;
  const std::u32string kept = WithoutStrayLetters(ReadText{title, {}}).text;
  std::u32string dropped;
  for (size_t pos : stray) dropped += title[pos];
  result.warnings.push_back(
      {Severity::kWarning,
       "schema.uncertain_title",
       "the title was read by OCR as " + EncodeUtf8(title) + ": the Latin letter(s) " +
           EncodeUtf8(dropped) +
           " standing alone among its ideographs are taken for a stroke read apart and dropped",
       {}});
  return kept;
}

// Where the title (or the paragraph giving the year) was read by OCR: its characters read
// with little confidence are named in warnings, and an uncertain year is left out unless the
// reporting period states the same year with confidence. Values are never changed to what
// the text reads elsewhere: that is only evidence.
class OcrReadingWeigher {
 public:
  OcrReadingWeigher(const ParagraphTexts& paragraphs, const normalize::Normalizer& normalizer) {
    const TextTransform fold = [&](std::string_view text) {
      return normalizer.FoldIdeographs(text);
    };
    for (const Paragraph* source : paragraphs.sources) reads_.push_back(CompactRead(*source, fold));
  }

  // title from paragraphs [first, after); year_paragraph: where the year came from.
  void Weigh(size_t first, size_t after, size_t year_paragraph, DocumentText& result) {
    const std::u32string title = DecodeUtf8(result.title);
    ReadText joined;
    for (size_t idx = first; idx < after; ++idx) joined.Append(reads_[idx]);
    joined = WithoutStrayLetters(joined);  // as the title was taken
    const size_t title_pos = title.empty() ? std::u32string::npos : joined.text.rfind(title);
    const ReadText title_read = title_pos == std::u32string::npos
                                    ? ReadText{title, {}}
                                    : joined.Slice(title_pos, title.size());
    const std::vector<ReadText> others = Others(first, after);
    const std::u32string agency = DecodeUtf8(result.agency);
    const size_t agency_pos = agency.empty() ? title.npos : title.find(agency);
    if (agency_pos != title.npos) {
      const std::string doubt = UnconfirmedReadings(title_read, agency_pos, agency.size(), others,
                                                    [](size_t) { return false; });
      if (!doubt.empty()) {
        Warn(result, "schema.uncertain_agency",
             "the agency " + result.agency +
                 " was read by OCR with uncertain characters: " + doubt + "; kept as read");
      }
    }
    if (agency_pos == title.npos && !title.empty()) {
      // A title with no agency before its wording lost its opening to OCR (年度报告 alone).
      Warn(result, "schema.uncertain_title",
           "the title " + result.title +
               " was read by OCR and names no agency: its opening may be lost; kept as read");
    }
    size_t year_pos = title.npos;
    if (result.year && year_paragraph >= first && year_paragraph < after) {
      year_pos = FindYearDigits(title, *result.year);
      if (year_pos != title.npos) WeighYear(title_read, year_pos, others, result);
    } else if (result.year && year_paragraph < reads_.size()) {
      const ReadText& read = reads_[year_paragraph];
      const size_t pos = FindYearDigits(read.text, *result.year);
      if (pos != read.text.npos) {
        WeighYear(read, pos, Others(year_paragraph, year_paragraph + 1), result);
      }
    }
    const auto in_parts = [&](size_t pos) {
      return (agency_pos != title.npos && pos >= agency_pos && pos < agency_pos + agency.size()) ||
             (year_pos != title.npos && pos >= year_pos && pos < year_pos + 4) ||
             InTitleWording(title, pos);
    };
    const std::string doubt = UnconfirmedReadings(title_read, 0, title.size(), others, in_parts);
    if (!doubt.empty()) {
      Warn(result, "schema.uncertain_title",
           "the title was read by OCR with uncertain characters: " + doubt + "; kept as read");
    }
  }

 private:
  std::vector<ReadText> Others(size_t first, size_t after) const {
    std::vector<ReadText> others;
    for (size_t idx = 0; idx < reads_.size(); ++idx) {
      if (idx < first || idx >= after) others.push_back(reads_[idx]);
    }
    return others;
  }

  static void WeighYear(const ReadText& read, size_t pos, const std::vector<ReadText>& others,
                        DocumentText& result) {
    const std::vector<UncertainChar> uncertain = UncertainChars(read, pos, 4);
    if (uncertain.empty()) return;
    const std::vector<int> period = PeriodYears(others);
    if (std::find(period.begin(), period.end(), *result.year) != period.end()) return;
    std::string message =
        fmt::format("the year was read by OCR as {} with uncertain characters: {}", *result.year,
                    DescribeUncertain(uncertain, pos));
    message += period.empty() ? std::string("; the reporting period does not state it clearly")
                              : fmt::format("; the reporting period states {}", period.front());
    Warn(result, "schema.uncertain_year", message + "; left out rather than guessed");
    result.year.reset();
  }

  static void Warn(DocumentText& result, const char* code, std::string message) {
    result.warnings.push_back({Severity::kWarning, code, std::move(message), {}});
  }

  std::vector<ReadText> reads_;  // parallel to the paragraphs' texts
};

// A phrase OCR read over a line that ended a paragraph: the least confidence of its number
// and unit in two paragraphs read as one; nullopt where no two hold it.
std::optional<double> ConfidenceAcrossParagraphs(const Document& document,
                                                 const std::u32string& phrase,
                                                 const normalize::Normalizer& normalizer) {
  const TextTransform normalize = [&](std::string_view text) {
    return normalizer.NormalizeText(text);
  };
  std::optional<ReadText> previous;
  for (const Block& block : document.blocks) {
    const Paragraph* paragraph = std::get_if<Paragraph>(&block);
    if (paragraph == nullptr) continue;
    ReadText read = CompactRead(*paragraph, normalize);
    if (previous) {
      ReadText joined = *previous;
      joined.Append(read);
      FoldFeeCommas(joined.text);
      const size_t pos = joined.text.find(phrase);
      if (pos != std::u32string::npos) return FigureConfidence(joined, pos, phrase.size());
    }
    previous = std::move(read);
  }
  return std::nullopt;
}

}  // namespace

FeeSource LocateFeeFigure(const Document& document, const FeeFigure& figure,
                          const normalize::Normalizer& normalizer) {
  const std::u32string phrase = DecodeUtf8(figure.text);
  FeeSource source;
  for (const Block& block : document.blocks) {
    const Paragraph* paragraph = std::get_if<Paragraph>(&block);
    if (paragraph == nullptr) continue;
    source.ocr = source.ocr || paragraph->FromOcr();
    if (!paragraph->page) continue;
    const size_t pos = FeeText(paragraph->text, normalizer).find(phrase);
    if (pos == std::u32string::npos) continue;
    source.page = paragraph->page;
    source.ocr = paragraph->FromOcr();
    if (source.ocr) {
      ReadText read = CompactRead(
          *paragraph, [&](std::string_view text) { return normalizer.NormalizeText(text); });
      FoldFeeCommas(read.text);
      source.confidence = FigureConfidence(read, pos, phrase.size());
    }
    return source;
  }
  if (source.ocr) source.confidence = ConfidenceAcrossParagraphs(document, phrase, normalizer);
  return source;
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
  size_t phrase_start = notice + kFeeNotice.size();
  if (auto count = FeeNumberAfter(text, phrase_start, false)) {
    figures.push_back(
        {"s6.fee_notices", count->first, EncodeUtf8(text.substr(notice, count->second - notice))});
    phrase_start = count->second;
  }
  bool billed = false;
  bool collected = false;
  for (size_t pos = text.find(kTotalAmount, notice); pos != text.npos;
       pos = text.find(kTotalAmount, pos + 1)) {
    // The words since the clause began (or the figure before) say which amount this is.
    const size_t clause = ClauseStart(text, std::max(phrase_start, notice), pos);
    const bool is_collected = NamesCollected(text.substr(clause, pos - clause));
    const size_t after = pos + kTotalAmount.size();
    std::optional<std::pair<double, size_t>> amount = FeeNumberAfter(text, after, true);
    const bool unit_unread = !amount;
    if (unit_unread) amount = ZeroBeforeUnreadUnit(text, after);
    if (!amount) continue;
    phrase_start = amount->second;
    const size_t named = is_collected ? text.rfind(kCollected, pos) : text.npos;
    const size_t start = named != text.npos && named >= clause ? named : pos;
    FeeFigure figure{"", amount->first, EncodeUtf8(text.substr(start, amount->second - start)),
                     unit_unread};
    if (is_collected && !collected) {
      figure.key = "s6.fee_collected";
      collected = true;
    } else if (!is_collected && !billed) {
      figure.key = "s6.fee_billed";
      billed = true;
    } else {
      continue;
    }
    figures.push_back(std::move(figure));
  }
  return figures;
}

DocumentText ReadDocumentText(const Document& document, const TemplateSpec& spec,
                              const LabelMatcher& matcher) {
  DocumentText result;
  const ParagraphTexts paragraph_texts = Paragraphs(document, matcher.normalizer());
  const std::vector<std::string>& paragraphs = paragraph_texts.texts;
  auto [title, after_title] = FindTitle(paragraphs);
  const bool read_by_ocr =
      std::any_of(paragraph_texts.sources.begin(), paragraph_texts.sources.end(),
                  [](const Paragraph* source) { return source->FromOcr(); });
  if (read_by_ocr) title = DropStrayLetters(title, result);
  result.title = EncodeUtf8(title);
  result.agency = AgencyFromTitle(result.title);
  result.year = matcher.normalizer().ExtractYear(result.title);
  size_t year_paragraph = after_title > 0 ? after_title - 1 : paragraphs.size();
  for (size_t idx = after_title;
       !result.year && idx < paragraphs.size() && idx < after_title + kTitleSearchParagraphs;
       ++idx) {
    // A publication date (发布日期：2024年…) or a menu is not the year reported on.
    const std::u32string compact = WithoutSpaces(paragraphs[idx]);
    if (FieldValueStart(compact) > 0 || IsNavigation(compact)) continue;
    result.year = matcher.normalizer().ExtractYear(paragraphs[idx]);
    year_paragraph = idx;
  }
  if (read_by_ocr) {
    // A title broken over two lines joins the paragraph before its last.
    const size_t first = after_title >= 2 ? after_title - 2 : 0;
    OcrReadingWeigher(paragraph_texts, matcher.normalizer())
        .Weigh(first, after_title, year_paragraph, result);
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
