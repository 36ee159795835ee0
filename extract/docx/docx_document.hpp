// Internal to extract/docx: walking the body of word/document.xml into blocks.
//
// Reading order is document order. Text boxes and nested tables float: their content is
// emitted as blocks right after the paragraph or table that anchors them. Text the reader
// does not see is dropped: deleted revisions, field codes, hidden runs, the second branch
// of mc:AlternateContent. Headers, footers, footnotes and comments live in other parts and
// are not read.
#pragma once

#include <string>
#include <vector>

#include <libxml/tree.h>

#include "docx_numbering.hpp"
#include "nianbao/extract.hpp"

namespace nianbao::docx_internal {

// Where walked content goes: the body keeps everything as blocks in order; a table cell
// keeps its own paragraphs as its text and passes floating blocks on.
class BlockSink {
 public:
  virtual ~BlockSink() = default;
  virtual void AddParagraph(std::string text) = 0;
  virtual void AddBlock(Block block) = 0;  // a table, or a text box's content
};

// Collects blocks in order; paragraphs that are only white space are skipped.
class BlockListSink : public BlockSink {
 public:
  explicit BlockListSink(std::vector<Block>& blocks) : blocks_(blocks) {}
  void AddParagraph(std::string text) override;
  void AddBlock(Block block) override { blocks_.push_back(std::move(block)); }

 private:
  std::vector<Block>& blocks_;
};

bool IsBlank(const std::string& text);

class BodyReader {
 public:
  BodyReader(const std::string& path, const ReadOptions& options, Numbering& numbering,
             std::vector<Diagnostic>& diagnostics);

  // The blocks of w:body.
  std::vector<Block> ReadBody(const xmlNode* body);

  // Block-level content of `container` (w:body, w:tc, w:txbxContent, w:sdtContent …).
  void ReadBlocks(const xmlNode* container, BlockSink& sink, int depth);

  void Warn(std::string code, std::string message, Location location = {});

  // Throws Error(kLimit) past ReadOptions::max_nesting_depth.
  void CheckDepth(int depth) const;

  const std::string& path() const { return path_; }

 private:
  struct InlineState;

  void ReadParagraph(const xmlNode* paragraph, BlockSink& sink, int depth);
  void ReadInline(const xmlNode* parent, InlineState& state, int depth);
  void ReadRunContent(const xmlNode* parent, InlineState& state, int depth);
  void ReadFieldChar(const xmlNode* field_char, InlineState& state);
  void ReadEmbedded(const xmlNode* node, InlineState& state, int depth);

  const std::string& path_;
  const ReadOptions& options_;
  Numbering& numbering_;
  std::vector<Diagnostic>& diagnostics_;
};

}  // namespace nianbao::docx_internal
