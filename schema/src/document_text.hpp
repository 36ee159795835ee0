// Internal: what the running text of a report gives: title, agency, year, the sections
// s1…s6 and part 六's 信息处理费 figures.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "label_matcher.hpp"
#include "nianbao/schema.hpp"
#include "ocr_text.hpp"
#include "template_model.hpp"

namespace nianbao::schema {

struct FeeFigure {
  std::string key;  // s6.fee_notices, s6.fee_billed, s6.fee_collected
  double value = 0;
  std::string text;  // the phrase it was read from, white space removed (收费通知3件)
  // An amount read as 0 with what follows it not its unit (a line OCR lost, 元 misread):
  // 0 only where the sentence's other figures allow no other amount.
  bool unit_unread = false;
};

struct DocumentText {
  std::string title;  // white space removed
  std::string agency;
  std::optional<int> year;
  std::map<std::string, std::string> sections;
  std::vector<Diagnostic> warnings;
};

// Title, agency and year from the heading paragraphs; sections by the numbered headings
// the template names.
DocumentText ReadDocumentText(const Document& document, const TemplateSpec& spec,
                              const LabelMatcher& matcher);

// The agency as named in a title: the text before the year (XX市XX局2021年…), or between
// the year and 政府信息公开 (2021年XX市XX局政府信息公开…).
std::string AgencyFromTitle(const std::string& title);

// The 信息处理费 figures stated in part 六's text (发出收费通知N件, 总金额N元, 实际收取N元).
// Each with the phrase it was read from, as NormalizeText gives it without white space.
std::vector<FeeFigure> ReadFeeFigures(const std::string& section_text,
                                      const normalize::Normalizer& normalizer);

// Where a fee figure was read: the page of its paragraph (nullopt for formats without pages
// or a phrase split over paragraphs), whether OCR read it, and then how sure OCR was of its
// number and unit (its least confident character; nullopt when the phrase could not be
// traced to a paragraph of a document OCR read).
struct FeeSource {
  std::optional<int> page;
  bool ocr = false;
  std::optional<double> confidence;
};
FeeSource LocateFeeFigure(const Document& document, const FeeFigure& figure,
                          const normalize::Normalizer& normalizer);

}  // namespace nianbao::schema
