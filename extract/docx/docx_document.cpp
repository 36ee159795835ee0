#include "docx_document.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <span>
#include <utility>

#include "docx_tables.hpp"
#include "docx_xml.hpp"
#include "utf8.hpp"

namespace nianbao::docx_internal {
namespace {

// Symbol fonts put their glyphs at U+F000 + the font's own code (w:sym w:char="F0B4").
constexpr char32_t kSymbolFontBase = 0xF000;

struct SymbolGlyph {
  unsigned char code;
  char32_t unicode;
};

// The few glyphs of the Symbol and Wingdings fonts that carry meaning in a report.
constexpr SymbolGlyph kSymbolGlyphs[] = {{0x2D, U'−'}, {0xB1, U'±'}, {0xB4, U'×'},
                                         {0xB8, U'÷'}, {0xA3, U'≤'}, {0xB3, U'≥'}};
constexpr SymbolGlyph kWingdingsGlyphs[] = {
    {0xA8, U'☐'}, {0xFE, U'☑'}, {0xFD, U'☒'}, {0xFC, U'✓'}, {0xFB, U'✗'}};

std::string GlyphText(const std::string& font, unsigned char code) {
  std::string lower = font;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  bool wingdings = lower.find("wingdings") != std::string::npos;
  for (const SymbolGlyph& glyph : wingdings ? std::span<const SymbolGlyph>(kWingdingsGlyphs)
                                            : std::span<const SymbolGlyph>(kSymbolGlyphs)) {
    if (glyph.code == code) return extract_internal::EncodeUtf8(glyph.unicode);
  }
  // Digits, letters and punctuation look the same in Symbol; pictures mean nothing as text.
  if (!wingdings && code >= 0x20 && code < 0x7F && !std::isalpha(code)) {
    return std::string(1, static_cast<char>(code));
  }
  return "";
}

// The text of w:sym: a Unicode character, or a symbol-font glyph.
std::string SymbolText(const xmlNode* symbol) {
  std::string hex = WAttr(symbol, "char").value_or("");
  unsigned int code = 0;
  auto [ptr, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), code, 16);
  if (ec != std::errc() || ptr == hex.data()) return "";
  if (code >= kSymbolFontBase && code <= kSymbolFontBase + 0xFF) {
    return GlyphText(WAttr(symbol, "font").value_or(""), static_cast<unsigned char>(code));
  }
  if (code < 0x20) return "";
  return extract_internal::EncodeUtf8(static_cast<char32_t>(code));
}

// mc:AlternateContent: one branch only. The first mc:Choice (the modern markup) when it has
// content, else mc:Fallback.
const xmlNode* ChosenBranch(const xmlNode* alternate) {
  const xmlNode* fallback = nullptr;
  for (const xmlNode* child = alternate->children; child; child = child->next) {
    if (IsMc(child, "Choice") && child->children) return child;
    if (IsMc(child, "Fallback")) fallback = child;
  }
  return fallback;
}

bool IsHiddenRun(const xmlNode* run) {
  const xmlNode* props = FindW(run, "rPr");
  return IsOn(FindW(props, "vanish")) || IsOn(FindW(props, "specVanish"));
}

// Inline wrappers whose children are read as if they stood in the paragraph.
bool IsTransparentInline(const xmlNode* node) {
  for (const char* name : {"hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple",
                           "bdo", "dir", "rubyBase"}) {
    if (IsW(node, name)) return true;
  }
  return false;
}

}  // namespace

bool IsBlank(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](unsigned char ch) { return std::isspace(ch) != 0; });
}

void BlockListSink::AddParagraph(std::string text) {
  if (IsBlank(text)) return;
  blocks_.push_back(Paragraph{std::move(text), std::nullopt, std::nullopt});
}

struct BodyReader::InlineState {
  std::string text;
  std::vector<bool> fields;  // per open field: true while in its code (w:instrText) part
  std::vector<Block> anchored;

  bool InFieldCode() const { return std::find(fields.begin(), fields.end(), true) != fields.end(); }
  void Append(std::string_view more) {
    if (!InFieldCode()) text += more;
  }
};

BodyReader::BodyReader(const std::string& path, const ReadOptions& options, Numbering& numbering,
                       std::vector<Diagnostic>& diagnostics)
    : path_(path), options_(options), numbering_(numbering), diagnostics_(diagnostics) {}

void BodyReader::Warn(std::string code, std::string message, Location location) {
  diagnostics_.push_back(
      Diagnostic{Severity::kWarning, std::move(code), std::move(message), location});
}

void BodyReader::CheckDepth(int depth) const {
  if (depth > options_.max_nesting_depth) {
    throw Error(ErrorKind::kLimit, path_,
                "word/document.xml nests text boxes or tables more than " +
                    std::to_string(options_.max_nesting_depth) +
                    " deep (ReadOptions::max_nesting_depth)");
  }
}

std::vector<Block> BodyReader::ReadBody(const xmlNode* body) {
  std::vector<Block> blocks;
  BlockListSink sink(blocks);
  ReadBlocks(body, sink, 0);
  return blocks;
}

void BodyReader::ReadBlocks(const xmlNode* container, BlockSink& sink, int depth) {
  CheckDepth(depth);
  for (const xmlNode* child = container->children; child; child = child->next) {
    if (IsW(child, "p")) {
      ReadParagraph(child, sink, depth + 1);
    } else if (IsW(child, "tbl")) {
      std::vector<Block> floating;
      Table table = ReadTable(child, *this, floating, depth + 1);
      if (table.rows > 0) sink.AddBlock(std::move(table));
      for (Block& block : floating) sink.AddBlock(std::move(block));
    } else if (IsW(child, "sdt")) {
      if (const xmlNode* content = FindW(child, "sdtContent")) {
        ReadBlocks(content, sink, depth + 1);
      }
    } else if (IsW(child, "customXml") || IsW(child, "ins") || IsW(child, "moveTo")) {
      ReadBlocks(child, sink, depth + 1);
    } else if (IsMc(child, "AlternateContent")) {
      if (const xmlNode* branch = ChosenBranch(child)) ReadBlocks(branch, sink, depth + 1);
    } else if (IsW(child, "altChunk")) {
      Warn("docx.alt_chunk",
           "the document embeds another file (w:altChunk, e.g. pasted HTML or RTF); its "
           "content is not read");
    }
  }
}

void BodyReader::ReadParagraph(const xmlNode* paragraph, BlockSink& sink, int depth) {
  std::string label = numbering_.NextLabel(FindW(paragraph, "pPr"));
  InlineState state;
  ReadInline(paragraph, state, depth + 1);
  sink.AddParagraph(label + state.text);
  for (Block& block : state.anchored) sink.AddBlock(std::move(block));
}

void BodyReader::ReadInline(const xmlNode* parent, InlineState& state, int depth) {
  CheckDepth(depth);
  for (const xmlNode* child = parent->children; child; child = child->next) {
    if (IsW(child, "r")) {
      if (!IsHiddenRun(child)) ReadRunContent(child, state, depth + 1);
    } else if (IsTransparentInline(child)) {
      ReadInline(child, state, depth + 1);
    } else if (IsW(child, "sdt")) {
      if (const xmlNode* content = FindW(child, "sdtContent")) {
        ReadInline(content, state, depth + 1);
      }
    } else if (IsMc(child, "AlternateContent")) {
      if (const xmlNode* branch = ChosenBranch(child)) ReadInline(branch, state, depth + 1);
    }
    // w:del, w:moveFrom (deleted revisions), w:pPr, bookmarks, proofing marks: nothing to read.
  }
}

void BodyReader::ReadRunContent(const xmlNode* parent, InlineState& state, int depth) {
  CheckDepth(depth);
  for (const xmlNode* child = parent->children; child; child = child->next) {
    if (IsW(child, "t")) {
      state.Append(TextOf(child));
    } else if (IsW(child, "tab") || IsW(child, "ptab")) {
      state.Append("\t");
    } else if (IsW(child, "br") || IsW(child, "cr")) {
      state.Append("\n");
    } else if (IsW(child, "noBreakHyphen")) {
      state.Append("-");
    } else if (IsW(child, "sym")) {
      state.Append(SymbolText(child));
    } else if (IsW(child, "fldChar")) {
      ReadFieldChar(child, state);
    } else if (IsW(child, "ruby")) {
      if (const xmlNode* base = FindW(child, "rubyBase")) ReadInline(base, state, depth + 1);
    } else if (IsMc(child, "AlternateContent")) {
      if (const xmlNode* branch = ChosenBranch(child)) ReadRunContent(branch, state, depth + 1);
    } else if (IsW(child, "drawing") || IsW(child, "pict") || IsW(child, "object")) {
      ReadEmbedded(child, state, depth + 1);
    }
    // w:instrText (field code), w:delText (deleted), w:softHyphen, w:rPr: not shown as text.
  }
}

void BodyReader::ReadFieldChar(const xmlNode* field_char, InlineState& state) {
  std::string type = WAttr(field_char, "fldCharType").value_or("");
  if (type == "begin") {
    state.fields.push_back(true);
  } else if (type == "separate" && !state.fields.empty()) {
    state.fields.back() = false;
  } else if (type == "end" && !state.fields.empty()) {
    state.fields.pop_back();
  }
}

// Drawings and VML shapes: only text boxes (w:txbxContent) hold text worth reading.
void BodyReader::ReadEmbedded(const xmlNode* node, InlineState& state, int depth) {
  CheckDepth(depth);
  for (const xmlNode* child = node->children; child; child = child->next) {
    if (!IsElement(child)) continue;
    if (IsW(child, "txbxContent")) {
      BlockListSink sink(state.anchored);
      ReadBlocks(child, sink, depth + 1);
    } else if (IsMc(child, "AlternateContent")) {
      if (const xmlNode* branch = ChosenBranch(child)) ReadEmbedded(branch, state, depth + 1);
    } else {
      ReadEmbedded(child, state, depth + 1);
    }
  }
}

}  // namespace nianbao::docx_internal
