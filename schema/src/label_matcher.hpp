// Internal: compares a document's label text with the template's labels.
//
// Both sides go through Normalizer::NormalizeLabel and SplitOrdinal, then lose their
// punctuation (brackets, quotes, colons, list marks), so 危及"三安全一稳定" and
// 危及三安全一稳定, or 本年增/减 and 本年增减, compare equal.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/normalize.hpp"
#include "template_model.hpp"

namespace nianbao::schema {

// A document's label made comparable.
struct DocLabel {
  std::string raw;   // as printed
  std::string text;  // normalized, enumerator and punctuation removed
  int ordinal = 0;   // the enumerator's number; 0 when there is none
  // Code-point offsets in `text` where punctuation was removed (a bracketed remark or a
  // clause starts there): a template label only matches a longer label's start up to one.
  std::vector<size_t> breaks;
};

class LabelMatcher {
 public:
  // Score of a strict match: the whole label equals a variant, or starts with one (a long
  // label with a bracketed remark after the template's words).
  static constexpr int kExact = 1000;

  LabelMatcher(const TemplateSet::Impl& templates, const normalize::Normalizer& normalizer);

  DocLabel Read(std::string_view raw) const;

  // 0: no match; kExact: equal to a variant; else the length of the variant the label
  // starts with, followed by punctuation (部分公开（区分处理的…）); longer is better. A
  // label that merely starts with a short variant's words (其他法律… with 其他) is no match.
  // kAnywhere: the variant may end anywhere in the label (a heading run into its first
  // sentence: 总体情况2021年，…).
  enum class StartMatch { kAtBreak, kAnywhere };
  int Strict(const DocLabel& label, const std::vector<std::string>& labels,
             StartMatch start = StartMatch::kAtBreak) const;
  // Best Similarity of the label, or of its words before a remark (up to a break).
  double Fuzzy(const DocLabel& label, const std::vector<std::string>& labels) const;
  // True when the label contains one of the texts.
  bool Contains(const DocLabel& label, const std::vector<std::string>& texts) const;

  const normalize::Normalizer& normalizer() const { return normalizer_; }

 private:
  std::string Clean(std::string_view raw) const;
  const std::vector<std::string>& Normalized(const std::vector<std::string>& labels) const;
  void Add(const std::vector<std::string>& labels);
  void AddTree(const LabelNode& node);

  const normalize::Normalizer& normalizer_;
  // Template label lists (by address: they live in the TemplateSet) → normalized texts.
  std::map<const std::vector<std::string>*, std::vector<std::string>> normalized_;
};

// UTF-8 helpers shared by the schema stage.
std::u32string DecodeUtf8(std::string_view text);
std::string EncodeUtf8(std::u32string_view text);
size_t CodePointCount(std::string_view text);

}  // namespace nianbao::schema
