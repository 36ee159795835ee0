#include "label_matcher.hpp"

#include <algorithm>
#include <deque>

namespace nianbao::schema {
namespace {

bool IsPunctuation(char32_t code_point) {
  if (code_point < 0x80) {
    return !((code_point >= '0' && code_point <= '9') || (code_point >= 'a' && code_point <= 'z') ||
             (code_point >= 'A' && code_point <= 'Z'));
  }
  static constexpr char32_t kMarks[] = {
      U'、', U'。', U'，', U'：', U'；', U'（', U'）', U'《', U'》', U'〈', U'〉', U'【',
      U'】', U'“',  U'”',  U'‘',  U'’',  U'·',  U'…',  U'—',  U'－', U'〔', U'〕', U'「',
      U'」', U'『', U'』', U'〝', U'〞', U'！', U'？', U'／', U'＋', U'～', U'　'};
  return std::find(std::begin(kMarks), std::end(kMarks), code_point) != std::end(kMarks);
}

}  // namespace

std::u32string DecodeUtf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    auto lead = static_cast<unsigned char>(text[pos]);
    int extra = lead < 0x80 ? 0 : lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
    if (extra < 0 || (extra > 0 && pos + extra >= text.size())) {
      out.push_back(U'\uFFFD');
      ++pos;
      continue;
    }
    char32_t code_point = extra == 0 ? lead : lead & (0x3F >> extra);
    for (int idx = 1; idx <= extra; ++idx) {
      code_point = (code_point << 6) | (static_cast<unsigned char>(text[pos + idx]) & 0x3F);
    }
    out.push_back(code_point);
    pos += static_cast<size_t>(extra) + 1;
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view text) {
  std::string out;
  for (char32_t code_point : text) {
    if (code_point < 0x80) {
      out.push_back(static_cast<char>(code_point));
    } else if (code_point < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
      out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else if (code_point < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
      out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
      out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
  }
  return out;
}

size_t CodePointCount(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
  }));
}

namespace {

// A template label made comparable: enumerator and punctuation removed.
std::u32string CleanTemplateLabel(const normalize::Normalizer& normalizer, std::string_view raw) {
  normalize::LabelParts parts = normalizer.SplitOrdinal(raw);
  std::u32string text = DecodeUtf8(parts.text);
  std::erase_if(text, IsPunctuation);
  return text;
}

}  // namespace

LabelMatcher::LabelMatcher(const TemplateSet::Impl& templates,
                           const normalize::Normalizer& normalizer)
    : normalizer_(normalizer) {
  auto normalized = std::make_shared<VariantsByList>();
  for (const TemplateSpec& spec : templates.templates) {
    for (const SectionSpec& section : spec.sections) Add(*normalized, normalizer, section.labels);
    for (const TableSpec& table : spec.tables) {
      Add(*normalized, normalizer, table.markers);
      AddTree(*normalized, normalizer, table.columns);
      AddTree(*normalized, normalizer, table.rows);
    }
  }
  normalized_ = std::move(normalized);
}

LabelMatcher::LabelMatcher(std::shared_ptr<const VariantsByList> normalized,
                           const normalize::Normalizer& normalizer)
    : normalizer_(normalizer), normalized_(std::move(normalized)) {}

LabelMatcher LabelMatcher::ForDocument() const {
  return LabelMatcher(normalized_, normalizer_);
}

void LabelMatcher::AddTree(VariantsByList& normalized, const normalize::Normalizer& normalizer,
                           const LabelNode& node) {
  Add(normalized, normalizer, node.labels);
  for (const LabelNode& child : node.children) AddTree(normalized, normalizer, child);
}

void LabelMatcher::Add(VariantsByList& normalized, const normalize::Normalizer& normalizer,
                       const std::vector<std::string>& labels) {
  Variants variants;
  for (const std::string& label : labels) {
    variants.code_points.push_back(CleanTemplateLabel(normalizer, label));
    variants.texts.push_back(EncodeUtf8(variants.code_points.back()));
  }
  normalized[&labels] = std::move(variants);
}

const LabelMatcher::Variants& LabelMatcher::Normalized(
    const std::vector<std::string>& labels) const {
  static const Variants kNone;
  auto found = normalized_->find(&labels);
  return found == normalized_->end() ? kNone : found->second;
}

const DocLabel& LabelMatcher::Read(std::string_view raw) const {
  auto found = read_.find(std::string(raw));
  if (found == read_.end()) found = read_.emplace(std::string(raw), ReadUncached(raw)).first;
  return found->second;
}

DocLabel LabelMatcher::ReadUncached(std::string_view raw) const {
  DocLabel label;
  label.raw = std::string(raw);
  normalize::LabelParts parts = normalizer_.SplitOrdinal(raw);
  label.ordinal = parts.ordinal;
  std::u32string text;
  for (char32_t code_point : DecodeUtf8(parts.text)) {
    if (!IsPunctuation(code_point)) {
      text.push_back(code_point);
    } else if (!text.empty() && (label.breaks.empty() || label.breaks.back() != text.size())) {
      label.breaks.push_back(text.size());
    }
  }
  label.text = EncodeUtf8(text);
  label.code_points = std::move(text);
  return label;
}

int LabelMatcher::Strict(const DocLabel& label, const std::vector<std::string>& labels,
                         StartMatch start) const {
  int best = 0;
  for (const std::string& variant : Normalized(labels).texts) {
    if (variant.empty()) continue;
    if (label.text == variant) return kExact;
    if (!label.text.starts_with(variant)) continue;  // most variants: checked first, cheaply
    const size_t length = CodePointCount(variant);
    const bool at_break =
        start == StartMatch::kAnywhere ||
        std::find(label.breaks.begin(), label.breaks.end(), length) != label.breaks.end();
    if (length >= 2 && at_break) best = std::max(best, static_cast<int>(length));
  }
  return best;
}

double LabelMatcher::Fuzzy(const DocLabel& label, const std::vector<std::string>& labels,
                           double floor) const {
  double best = 0;
  // A pair is only needed exactly when it could beat both the floor and the best so far.
  auto compare = [&](std::u32string_view text, std::u32string_view variant) {
    best = std::max(best, normalizer_.Similarity(text, variant, std::max(floor, best)));
  };
  // The label's words before a remark (部分公开（区分处理的…）): its start up to a break.
  const std::u32string_view text = label.code_points;
  for (const std::u32string& variant : Normalized(labels).code_points) {
    compare(text, variant);
    for (size_t end : label.breaks) {
      if (end < text.size()) compare(text.substr(0, end), variant);
    }
  }
  return best;
}

const LabelNode* LabelMatcher::FindBelow(const LabelNode& from, const DocLabel& label,
                                         Depth depth) const {
  // Strict reads the label's text and breaks only.
  const LabelNode* const node = &from;
  std::string key(reinterpret_cast<const char*>(&node), sizeof(node));
  key += static_cast<char>(depth);
  key += label.text;
  key += '\0';
  for (size_t end : label.breaks) key.append(reinterpret_cast<const char*>(&end), sizeof(end));
  auto [found, added] = found_below_.try_emplace(std::move(key), nullptr);
  if (added) found->second = FindBelowUncached(from, label, depth);
  return found->second;
}

const LabelNode* LabelMatcher::FindBelowUncached(const LabelNode& from, const DocLabel& label,
                                                 Depth depth) const {
  // Breadth first; the best score wins (an exact label beats a label that only starts
  // with a shorter one), and on equal scores the shallower node.
  std::deque<const LabelNode*> queue;
  for (const LabelNode& child : from.children) queue.push_back(&child);
  const LabelNode* best = nullptr;
  int best_score = 0;
  while (!queue.empty()) {
    const LabelNode* node = queue.front();
    queue.pop_front();
    int score = Strict(label, node->labels);
    if (score > best_score) {
      best = node;
      best_score = score;
    }
    if (depth == Depth::kNamedGroups && !node->key.empty()) continue;
    for (const LabelNode& child : node->children) queue.push_back(&child);
  }
  return best;
}

bool LabelMatcher::Contains(const DocLabel& label, const std::vector<std::string>& texts) const {
  for (const std::string& text : Normalized(texts).texts) {
    if (!text.empty() && label.text.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace nianbao::schema
