// Internal to extract/docx: list numbering (word/numbering.xml). Headings such as
// "一、总体情况" are often numbered by Word rather than typed; the enumerator is not in
// document.xml, so we compute it from the numbering definitions in document order.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <libxml/tree.h>

#include "docx_xml.hpp"

namespace nianbao::docx_internal {

// Word allows list levels 0..8.
constexpr int kListLevels = 9;

// `value` written in a WordprocessingML number format (w:numFmt): "decimal",
// "chineseCounting" (十一), "chineseCountingThousand" (一百零一), "ideographTraditional"
// (甲乙丙), "upperRoman", "lowerLetter", "decimalEnclosedCircle" (①) … Unknown formats
// fall back to decimal.
std::string FormatListNumber(int value, std::string_view num_format);

struct ListLevel {
  int start = 1;
  std::string num_format = "decimal";
  std::string level_text;       // e.g. "%1、", "（%2）"
  std::string suffix = "tab";   // tab | space | nothing
  bool legal = false;           // w:isLgl: every %N in decimal
  std::string paragraph_style;  // w:pStyle linking the level to a style
};

// Loads word/styles.xml on demand (null when the package has none or it is unreadable).
using StylesLoader = std::function<XmlDocPtr()>;

class Numbering {
 public:
  Numbering() = default;
  // `numbering_part` may be null (no lists). Styles are parsed only when a paragraph names
  // a style (w:pStyle) and the package has lists: styles.xml is often the largest part, and
  // most reports never need it. A paragraph without w:pStyle is numbered by its own w:numPr
  // only (Word's default paragraph style does not carry a list in practice).
  Numbering(const xmlDoc* numbering_part, StylesLoader load_styles);

  // The enumerator the reader sees before a paragraph with these properties (w:pPr, may be
  // null), followed by its separator ("一、\t"); "" for unnumbered paragraphs and bullets.
  // Advances the list counters: call once per paragraph, in document order.
  std::string NextLabel(const xmlNode* paragraph_properties);

 private:
  struct AbstractList {
    std::array<ListLevel, kListLevels> levels;
  };
  struct ListInstance {
    int abstract_id = 0;
    std::map<int, int> start_overrides;  // level -> start
  };
  struct StyleNumbering {
    std::optional<int> num_id;
    std::optional<int> level;
  };
  // Counters are shared by every w:num of one abstract list unless the w:num restarts it.
  using CounterKey = std::pair<int, int>;  // (abstract id, num id or -1 when shared)
  using Counters = std::array<std::optional<int>, kListLevels>;

  void EnsureStyles();
  void ReadStyles(const xmlDoc* styles_part);
  StyleNumbering StyleNumberingOf(const std::string& style_id) const;
  int LevelOfStyle(const AbstractList& list, const std::string& style_id) const;
  std::string Label(const AbstractList& list, const Counters& counters, int level) const;

  std::map<int, AbstractList> abstract_lists_;
  std::map<int, ListInstance> instances_;
  std::map<std::string, StyleNumbering> style_numbering_;  // direct, per style id
  std::map<std::string, std::string> style_parent_;        // w:basedOn
  StylesLoader load_styles_;
  bool styles_loaded_ = false;
  std::map<CounterKey, Counters> counters_;
};

}  // namespace nianbao::docx_internal
