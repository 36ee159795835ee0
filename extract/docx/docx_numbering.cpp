#include "docx_numbering.hpp"

#include <vector>

#include <fmt/core.h>

#include "docx_xml.hpp"
#include "utf8.hpp"

namespace nianbao::docx_internal {
namespace {

// Style inheritance chains longer than this are treated as cycles.
constexpr int kMaxStyleDepth = 32;

constexpr std::array<std::string_view, 10> kChineseDigits = {"零", "一", "二", "三", "四",
                                                             "五", "六", "七", "八", "九"};
constexpr std::array<std::string_view, 10> kLegalDigits = {"零", "壹", "贰", "叁", "肆",
                                                           "伍", "陆", "柒", "捌", "玖"};
constexpr std::array<std::string_view, 10> kIdeographDigits = {"〇", "一", "二", "三", "四",
                                                               "五", "六", "七", "八", "九"};
constexpr std::array<std::string_view, 10> kHeavenlyStems = {"甲", "乙", "丙", "丁", "戊",
                                                             "己", "庚", "辛", "壬", "癸"};
constexpr std::array<std::string_view, 12> kEarthlyBranches = {"子", "丑", "寅", "卯", "辰", "巳",
                                                               "午", "未", "申", "酉", "戌", "亥"};

struct ChineseNumerals {
  const std::array<std::string_view, 10>& digits;
  std::array<std::string_view, 3> units;  // ten, hundred, thousand
  std::string_view ten_thousand;
  bool bare_ten;  // 十一 rather than 一十一
};

constexpr ChineseNumerals kCounting{kChineseDigits, {"十", "百", "千"}, "万", true};
constexpr ChineseNumerals kLegal{kLegalDigits, {"拾", "佰", "仟"}, "万", false};

// 1..9999 in Chinese counting: 十一, 一百零一, 一千零十.
std::string ChineseBelowTenThousand(int value, const ChineseNumerals& numerals, bool leading) {
  std::string out;
  const int powers[] = {1000, 100, 10};
  bool pending_zero = false;
  for (int unit_idx = 0; unit_idx < 3; ++unit_idx) {
    int digit = value / powers[unit_idx] % 10;
    if (digit == 0) {
      pending_zero = !out.empty();
      continue;
    }
    if (pending_zero) out += numerals.digits[0];
    pending_zero = false;
    bool is_ten = unit_idx == 2;
    if (!(is_ten && digit == 1 && numerals.bare_ten && leading && out.empty())) {
      out += numerals.digits[digit];
    }
    out += numerals.units[2 - unit_idx];
  }
  int ones = value % 10;
  if (ones != 0) {
    if (pending_zero) out += numerals.digits[0];
    out += numerals.digits[ones];
  }
  return out;
}

std::string ChineseNumber(int value, const ChineseNumerals& numerals) {
  if (value == 0) return std::string(numerals.digits[0]);
  if (value < 10000) return ChineseBelowTenThousand(value, numerals, true);
  int high = value / 10000;
  int low = value % 10000;
  std::string out = ChineseNumber(high, numerals) + std::string(numerals.ten_thousand);
  if (low == 0) return out;
  if (low < 1000) out += numerals.digits[0];
  return out + ChineseBelowTenThousand(low, numerals, false);
}

std::string DigitByDigit(int value, const std::array<std::string_view, 10>& digits) {
  std::string out;
  for (char ch : std::to_string(value)) out += digits[ch - '0'];
  return out;
}

std::string Letters(int value, char first) {
  // Word repeats the letter: 27 -> aa, 53 -> aaa.
  int repeat = (value - 1) / 26 + 1;
  return std::string(static_cast<size_t>(repeat), static_cast<char>(first + (value - 1) % 26));
}

std::string Roman(int value, bool upper) {
  static constexpr std::pair<int, std::string_view> kNumerals[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [amount, text] : kNumerals) {
    while (value >= amount) {
      out += text;
      value -= amount;
    }
  }
  if (upper) {
    for (char& ch : out) ch = static_cast<char>(ch - 'a' + 'A');
  }
  return out;
}

std::string EnclosedOrDecimal(int value, char32_t first, int last_value) {
  if (value < 1 || value > last_value) return std::to_string(value);
  return extract_internal::EncodeUtf8(first + static_cast<char32_t>(value - 1));
}

std::string FullWidth(int value) {
  std::string out;
  for (char ch : std::to_string(value))
    out += extract_internal::EncodeUtf8(U'０' + static_cast<char32_t>(ch - '0'));
  return out;
}

ListLevel ReadLevel(const xmlNode* level_node) {
  ListLevel level;
  if (auto start = WIntAttr(FindW(level_node, "start"), "val")) level.start = *start;
  if (auto format = WAttr(FindW(level_node, "numFmt"), "val")) level.num_format = *format;
  if (auto text = WAttr(FindW(level_node, "lvlText"), "val")) level.level_text = *text;
  if (auto suffix = WAttr(FindW(level_node, "suff"), "val")) level.suffix = *suffix;
  level.legal = IsOn(FindW(level_node, "isLgl"));
  if (auto style = WAttr(FindW(level_node, "pStyle"), "val")) level.paragraph_style = *style;
  return level;
}

std::string Suffix(const ListLevel& level) {
  if (level.suffix == "space") return " ";
  if (level.suffix == "nothing") return "";
  return "\t";
}

}  // namespace

std::string FormatListNumber(int value, std::string_view num_format) {
  if (value < 0) return std::to_string(value);
  if (num_format == "chineseCounting" || num_format == "chineseCountingThousand" ||
      num_format == "japaneseCounting" || num_format == "taiwaneseCounting" ||
      num_format == "taiwaneseCountingThousand" || num_format == "koreanCounting") {
    return ChineseNumber(value, kCounting);
  }
  if (num_format == "chineseLegalSimplified") return ChineseNumber(value, kLegal);
  if (num_format == "ideographDigital" || num_format == "taiwaneseDigital" ||
      num_format == "koreanDigital") {
    return DigitByDigit(value, kIdeographDigits);
  }
  if (num_format == "ideographTraditional" && value >= 1 && value <= 10) {
    return std::string(kHeavenlyStems[value - 1]);
  }
  if (num_format == "ideographZodiac" && value >= 1 && value <= 12) {
    return std::string(kEarthlyBranches[value - 1]);
  }
  if (value >= 1) {
    if (num_format == "lowerLetter") return Letters(value, 'a');
    if (num_format == "upperLetter") return Letters(value, 'A');
    if (num_format == "lowerRoman") return Roman(value, false);
    if (num_format == "upperRoman") return Roman(value, true);
  }
  if (num_format == "decimalZero" && value < 10) return fmt::format("0{}", value);
  if (num_format == "decimalFullWidth" || num_format == "decimalFullWidth2") {
    return FullWidth(value);
  }
  if (num_format == "decimalEnclosedCircle" || num_format == "decimalEnclosedCircleChinese") {
    return EnclosedOrDecimal(value, U'①', 20);
  }
  if (num_format == "decimalEnclosedParen") return EnclosedOrDecimal(value, U'⑴', 20);
  if (num_format == "decimalEnclosedFullstop") return EnclosedOrDecimal(value, U'⒈', 20);
  return std::to_string(value);
}

Numbering::Numbering(const xmlDoc* numbering_part, StylesLoader load_styles)
    : load_styles_(std::move(load_styles)) {
  if (!numbering_part) return;
  const xmlNode* root = xmlDocGetRootElement(numbering_part);
  for (const xmlNode* node = root ? root->children : nullptr; node; node = node->next) {
    if (IsW(node, "abstractNum")) {
      std::optional<int> id = WIntAttr(node, "abstractNumId");
      if (!id) continue;
      AbstractList list;
      for (const xmlNode* child = node->children; child; child = child->next) {
        std::optional<int> level = WIntAttr(child, "ilvl");
        if (IsW(child, "lvl") && level && *level >= 0 && *level < kListLevels) {
          list.levels[*level] = ReadLevel(child);
        }
      }
      abstract_lists_[*id] = std::move(list);
    } else if (IsW(node, "num")) {
      std::optional<int> id = WIntAttr(node, "numId");
      std::optional<int> abstract_id = WIntAttr(FindW(node, "abstractNumId"), "val");
      if (!id || !abstract_id) continue;
      ListInstance instance{*abstract_id, {}};
      for (const xmlNode* child = node->children; child; child = child->next) {
        std::optional<int> level = WIntAttr(child, "ilvl");
        std::optional<int> start = WIntAttr(FindW(child, "startOverride"), "val");
        if (IsW(child, "lvlOverride") && level && start) instance.start_overrides[*level] = *start;
      }
      instances_[*id] = std::move(instance);
    }
  }
}

void Numbering::EnsureStyles() {
  if (styles_loaded_) return;
  styles_loaded_ = true;
  if (!load_styles_) return;
  XmlDocPtr styles = load_styles_();
  ReadStyles(styles.get());
}

void Numbering::ReadStyles(const xmlDoc* styles_part) {
  if (!styles_part) return;
  const xmlNode* root = xmlDocGetRootElement(styles_part);
  for (const xmlNode* node = root ? root->children : nullptr; node; node = node->next) {
    if (!IsW(node, "style") || WAttr(node, "type").value_or("paragraph") != "paragraph") continue;
    std::optional<std::string> id = WAttr(node, "styleId");
    if (!id) continue;
    if (auto parent = WAttr(FindW(node, "basedOn"), "val")) style_parent_[*id] = *parent;
    const xmlNode* numbering = FindW(FindW(node, "pPr"), "numPr");
    if (!numbering) continue;
    style_numbering_[*id] = {WIntAttr(FindW(numbering, "numId"), "val"),
                             WIntAttr(FindW(numbering, "ilvl"), "val")};
  }
}

Numbering::StyleNumbering Numbering::StyleNumberingOf(const std::string& style_id) const {
  StyleNumbering result;
  std::string current = style_id;
  for (int hop = 0; hop < kMaxStyleDepth && !current.empty(); ++hop) {
    auto found = style_numbering_.find(current);
    if (found != style_numbering_.end()) {
      if (!result.num_id) result.num_id = found->second.num_id;
      if (!result.level) result.level = found->second.level;
    }
    auto parent = style_parent_.find(current);
    if (parent == style_parent_.end()) break;
    current = parent->second;
  }
  return result;
}

int Numbering::LevelOfStyle(const AbstractList& list, const std::string& style_id) const {
  for (int level_idx = 0; level_idx < kListLevels; ++level_idx) {
    if (!style_id.empty() && list.levels[level_idx].paragraph_style == style_id) return level_idx;
  }
  return 0;
}

std::string Numbering::Label(const AbstractList& list, const Counters& counters, int level) const {
  const ListLevel& current = list.levels[level];
  if (current.num_format == "bullet") return "";
  std::string out;
  const std::string& text = current.level_text;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] == '%' && pos + 1 < text.size() && text[pos + 1] >= '1' && text[pos + 1] <= '9') {
      int referenced = text[pos + 1] - '1';
      const ListLevel& ref_level = list.levels[referenced];
      int value = counters[referenced].value_or(ref_level.start);
      out += FormatListNumber(value, current.legal ? "decimal" : ref_level.num_format);
      ++pos;
    } else {
      out += text[pos];
    }
  }
  if (out.empty()) return out;
  return out + Suffix(current);
}

std::string Numbering::NextLabel(const xmlNode* paragraph_properties) {
  if (instances_.empty()) return "";
  const xmlNode* direct = FindW(paragraph_properties, "numPr");
  std::string style_id = WAttr(FindW(paragraph_properties, "pStyle"), "val").value_or("");
  if (!style_id.empty()) EnsureStyles();
  StyleNumbering from_style = StyleNumberingOf(style_id);
  std::optional<int> num_id = WIntAttr(FindW(direct, "numId"), "val");
  if (!num_id) num_id = from_style.num_id;
  if (!num_id || *num_id == 0) return "";
  auto instance = instances_.find(*num_id);
  if (instance == instances_.end()) return "";
  auto list = abstract_lists_.find(instance->second.abstract_id);
  if (list == abstract_lists_.end()) return "";

  std::optional<int> level = WIntAttr(FindW(direct, "ilvl"), "val");
  if (!level) level = from_style.level;
  if (!level) level = LevelOfStyle(list->second, style_id);
  if (*level < 0 || *level >= kListLevels) return "";

  const auto& overrides = instance->second.start_overrides;
  CounterKey key{instance->second.abstract_id, overrides.empty() ? -1 : *num_id};
  auto [entry, inserted] = counters_.try_emplace(key);
  Counters& counters = entry->second;
  if (inserted) {
    for (const auto& [override_level, start] : overrides) {
      if (override_level >= 0 && override_level < kListLevels) {
        // Stored one below the start so the first paragraph at that level gets `start`.
        counters[override_level] = start - 1;
      }
    }
  }
  std::optional<int>& current = counters[*level];
  current = current ? *current + 1 : list->second.levels[*level].start;
  for (int deeper = *level + 1; deeper < kListLevels; ++deeper) {
    if (!overrides.count(deeper) || !inserted) counters[deeper].reset();
  }
  return Label(list->second, counters, *level);
}

}  // namespace nianbao::docx_internal
