// Internal: compares a document's label text with the template's labels.
//
// Both sides go through Normalizer::NormalizeLabel and SplitOrdinal, then lose their
// punctuation (brackets, quotes, colons, list marks), so 危及"三安全一稳定" and
// 危及三安全一稳定, or 本年增/减 and 本年增减, compare equal.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nianbao/normalize.hpp"
#include "template_model.hpp"

namespace nianbao::schema {

// A document's label made comparable.
struct DocLabel {
  std::string raw;             // as printed
  std::string text;            // normalized, enumerator and punctuation removed
  std::u32string code_points;  // `text` decoded, for Fuzzy
  int ordinal = 0;             // the enumerator's number; 0 when there is none
  // Code-point offsets in `text` where punctuation was removed (a bracketed remark or a
  // clause starts there): a template label only matches a longer label's start up to one.
  std::vector<size_t> breaks;
};

// How far below a node a label may name a column. kAnyDepth: any descendant (whether a
// header row names the table's columns at all). kNamedGroups: through unkeyed groups
// only (申请人情况, 法人或其他组织, 行政诉讼); a keyed group (行政复议, 未经复议直接起诉)
// must be named by the header itself before its columns are, so a header 行政诉讼 ·
// 结果维持 never gives 未经复议直接起诉's key.
enum class Depth { kAnyDepth, kNamedGroups };

class LabelMatcher {
 public:
  // Score of a strict match: the whole label equals a variant, or starts with one (a long
  // label with a bracketed remark after the template's words).
  static constexpr int kExact = 1000;

  LabelMatcher(const TemplateSet::Impl& templates, const normalize::Normalizer& normalizer);

  // A matcher for one document: the same template labels (shared), and each distinct text of
  // the document read once (a header's cells are read again for every data row, and a
  // document's labels again for every template tried). Use it for one document only.
  LabelMatcher ForDocument() const;

  // `raw` made comparable; the reference lives as long as this matcher.
  const DocLabel& Read(std::string_view raw) const;

  // 0: no match; kExact: equal to a variant; else the length of the variant the label
  // starts with, followed by punctuation (部分公开（区分处理的…）); longer is better. A
  // label that merely starts with a short variant's words (其他法律… with 其他) is no match.
  // kAnywhere: the variant may end anywhere in the label (a heading run into its first
  // sentence: 总体情况2021年，…).
  enum class StartMatch { kAtBreak, kAnywhere };
  int Strict(const DocLabel& label, const std::vector<std::string>& labels,
             StartMatch start = StartMatch::kAtBreak) const;
  // Best Similarity of the label, or of its words before a remark (up to a break). With
  // `floor`, a best below it may be given as any figure below it (the thresholds are all a
  // caller needs of a far label; most pairs are far, and their distances are cut short).
  double Fuzzy(const DocLabel& label, const std::vector<std::string>& labels,
               double floor = 0) const;
  // The node below `from` (children first, then deeper) whose labels match `label` strictly;
  // nullptr when none. Kept per document: each header is searched again for every data row.
  const LabelNode* FindBelow(const LabelNode& from, const DocLabel& label,
                             Depth depth = Depth::kAnyDepth) const;
  // True when the label contains one of the texts.
  bool Contains(const DocLabel& label, const std::vector<std::string>& texts) const;

  const normalize::Normalizer& normalizer() const { return normalizer_; }

 private:
  // A template label list's variants made comparable: texts, and the same decoded.
  struct Variants {
    std::vector<std::string> texts;
    std::vector<std::u32string> code_points;
  };

  using VariantsByList = std::map<const std::vector<std::string>*, Variants>;

  LabelMatcher(std::shared_ptr<const VariantsByList> normalized,
               const normalize::Normalizer& normalizer);
  static void Add(VariantsByList& normalized, const normalize::Normalizer& normalizer,
                  const std::vector<std::string>& labels);
  static void AddTree(VariantsByList& normalized, const normalize::Normalizer& normalizer,
                      const LabelNode& node);
  DocLabel ReadUncached(std::string_view raw) const;
  const LabelNode* FindBelowUncached(const LabelNode& from, const DocLabel& label,
                                     Depth depth) const;
  const Variants& Normalized(const std::vector<std::string>& labels) const;

  const normalize::Normalizer& normalizer_;
  // Template label lists (by address: they live in the TemplateSet) → normalized variants.
  std::shared_ptr<const VariantsByList> normalized_;
  // The document's label texts read so far (ForDocument).
  mutable std::unordered_map<std::string, DocLabel> read_;
  // FindBelow's answers so far, by node, depth and what Strict reads of the label.
  mutable std::unordered_map<std::string, const LabelNode*> found_below_;
};

// UTF-8 helpers shared by the schema stage.
std::u32string DecodeUtf8(std::string_view text);
std::string EncodeUtf8(std::u32string_view text);
size_t CodePointCount(std::string_view text);

}  // namespace nianbao::schema
