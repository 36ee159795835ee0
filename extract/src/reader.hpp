// Internal to extract/: the contract between ReadDocument and each format's reader.
#pragma once

#include <string>
#include <string_view>

#include "nianbao/extract.hpp"

namespace nianbao::extract_internal {

struct ReaderInput {
  std::string_view bytes;
  const std::string& path;  // for errors and diagnostics
  const ReadOptions& options;
};

// Each reader fills blocks, diagnostics and (paged formats) source.pages; ReadDocument
// fills the rest of Source. A reader throws nianbao::Error for a document it cannot read.
Document ReadHtml(const ReaderInput& input);
Document ReadDocx(const ReaderInput& input);
Document ReadDoc(const ReaderInput& input);
Document ReadPdf(const ReaderInput& input);
Document ReadText(const ReaderInput& input);

}  // namespace nianbao::extract_internal
