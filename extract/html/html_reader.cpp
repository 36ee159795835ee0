// The html reader: page bytes -> UTF-8 (encoding.hpp) -> libxml2 DOM (html_dom.hpp) -> the
// article (article.hpp) -> paragraphs and tables (block_builder.hpp, table_grid.hpp).
#include <fmt/core.h>
#include <boost/algorithm/string/case_conv.hpp>

#include <algorithm>
#include <stdexcept>
#include <variant>

#include "article.hpp"
#include "block_builder.hpp"
#include "encoding.hpp"
#include "html_dom.hpp"
#include "line_collector.hpp"
#include "reader.hpp"

namespace nianbao::extract_internal {
namespace {

// How many leading paragraphs are searched for the headline before it is added.
constexpr size_t kHeadlineSearchParagraphs = 3;
// Below this detector confidence (0-100) the guessed encoding is reported.
constexpr int kConfidentDetection = 50;

Diagnostic MakeDiagnostic(Severity severity, std::string code, std::string message) {
  Diagnostic diagnostic;
  diagnostic.severity = severity;
  diagnostic.code = std::move(code);
  diagnostic.message = std::move(message);
  return diagnostic;
}

void ReportEncoding(const html::EncodingChoice& choice, size_t invalid_sequences,
                    std::vector<Diagnostic>& diagnostics) {
  if (!choice.declared.empty() && choice.source != html::EncodingSource::kMetaDeclaration) {
    diagnostics.push_back(MakeDiagnostic(
        Severity::kWarning, "html.charset_ignored",
        fmt::format("the page declares charset={} but its bytes do not fit it; read as {}",
                    choice.declared, choice.name)));
  }
  if (choice.source == html::EncodingSource::kDefault ||
      (choice.source == html::EncodingSource::kDetector &&
       choice.detector_confidence < kConfidentDetection)) {
    diagnostics.push_back(MakeDiagnostic(
        Severity::kInfo, "html.charset_guessed",
        fmt::format("the page declares no usable charset; guessed {} (confidence {}%)", choice.name,
                    choice.detector_confidence)));
  }
  if (invalid_sequences > 0) {
    diagnostics.push_back(
        MakeDiagnostic(Severity::kWarning, "html.undecodable_bytes",
                       fmt::format("{} byte sequences are not valid {} and were replaced by U+FFFD",
                                   invalid_sequences, choice.name)));
  }
}

std::string DecodePage(const ReaderInput& input, std::vector<Diagnostic>& diagnostics) {
  html::EncodingChoice choice = html::ChooseEncoding(input.bytes);
  try {
    html::DecodedText decoded =
        html::DecodeToUtf8(input.bytes.substr(choice.bom_length), choice.name);
    ReportEncoding(choice, decoded.invalid_sequences, diagnostics);
    return std::move(decoded.utf8);
  } catch (const std::runtime_error& error) {
    throw Error(ErrorKind::kDamaged, input.path,
                std::string("cannot decode the page: ") + error.what());
  }
}

// True if some run of consecutive paragraphs among the first few is exactly the headline
// (white space aside): a title split over two lines still counts, a sentence that merely
// mentions the title does not.
bool OpensWithHeadline(const std::string& wanted, const std::vector<Block>& blocks) {
  std::vector<std::string> opening;
  for (const Block& block : blocks) {
    if (opening.size() == kHeadlineSearchParagraphs) break;
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      opening.push_back(html::WithoutSpaces(paragraph->text));
    }
  }
  for (size_t first = 0; first < opening.size(); ++first) {
    std::string run;
    for (size_t last = first; last < opening.size() && run.size() < wanted.size(); ++last) {
      run += opening[last];
      if (run == wanted) return true;
    }
  }
  return false;
}

// Makes sure the page's headline opens the document: CMS pages often keep the report's
// title in an <h1> above the article body rather than in it.
void PrependHeadline(const std::vector<std::string>& headline, std::vector<Block>& blocks) {
  if (headline.empty()) return;
  const std::string wanted = html::WithoutSpaces(html::JoinLines(headline));
  if (wanted.empty() || OpensWithHeadline(wanted, blocks)) return;
  std::vector<Block> front;
  for (const std::string& line : headline) front.emplace_back(Paragraph{line});
  blocks.insert(blocks.begin(), std::make_move_iterator(front.begin()),
                std::make_move_iterator(front.end()));
}

// A page saved whole ends with </body> or </html> (whatever follows: scripts, comments,
// white space). Without either, the download was most likely cut short: what came after
// the cut, often the last tables, is missing.
bool EndsLikeAWholePage(std::string_view page) {
  constexpr size_t kTailBytes = 8192;
  const std::string tail = boost::algorithm::to_lower_copy(
      std::string(page.substr(page.size() - std::min(page.size(), kTailBytes))));
  return tail.find("</html") != std::string::npos || tail.find("</body") != std::string::npos;
}

}  // namespace

Document ReadHtml(const ReaderInput& input) {
  Document document;
  const int max_depth = input.options.max_nesting_depth;
  html::ParsedPage parsed;
  {
    std::string utf8 = DecodePage(input, document.diagnostics);
    if (!EndsLikeAWholePage(utf8)) {
      document.diagnostics.push_back(MakeDiagnostic(
          Severity::kWarning, "html.truncated",
          "the page ends without </body> or </html>: it was probably cut short (an incomplete "
          "download), and what followed the cut is missing; download it again"));
    }
    parsed = html::ParseHtml(utf8, input.path, max_depth);
  }
  xmlDoc* page = parsed.doc.get();
  document.links = html::PageLinks(page, kMaxLinks);
  xmlNode* body = html::FindBody(page);
  if (body == nullptr) {
    document.diagnostics.push_back(
        MakeDiagnostic(Severity::kWarning, "html.no_content", "the page has no body content"));
    return document;
  }
  html::ArticleFinder finder(body, max_depth);
  html::WalkLimits limits{max_depth};
  html::BlockBuilder builder(finder, limits, document.diagnostics);
  const xmlNode* article = finder.Article();
  document.blocks = builder.Build(article, html::DepthOf(article));
  PrependHeadline(html::FindHeadline(page, max_depth), document.blocks);
  if (parsed.cut_by_depth) {
    document.diagnostics.push_back(MakeDiagnostic(
        Severity::kWarning, "html.too_deep",
        fmt::format("the page nests elements deeper than {} levels; the HTML parser stopped "
                    "there and the rest of the page is missing",
                    html::kParserDepthLimit)));
  } else if (limits.depth_exceeded || finder.DepthExceeded()) {
    document.diagnostics.push_back(MakeDiagnostic(
        Severity::kWarning, "html.too_deep",
        fmt::format("elements nested deeper than {} levels were skipped (ReadOptions::"
                    "max_nesting_depth)",
                    std::min(max_depth, html::kDeepestSupportedNesting))));
  }
  if (document.blocks.empty()) {
    document.diagnostics.push_back(
        MakeDiagnostic(Severity::kWarning, "html.no_content", "the page has no text or tables"));
  }
  return document;
}

}  // namespace nianbao::extract_internal
