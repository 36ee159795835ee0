// nianbao/pipeline.hpp: the pipeline stage: one document, from its bytes to its outcome.
//
// In:  a document's bytes and path (plus its SHA-256 and format when the caller already has
//      them: each is computed once per document).
// Out: an output::Outcome: the record with its status (extract -> schema -> region), an HTML
//      page's report-like links, or the error that kept the document from being read.
//
// `nianbao extract` and the workers of `nianbao run` both call ProcessDocument; what they
// write is output::OutcomeToJson of its result.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/extract.hpp"
#include "nianbao/output.hpp"
#include "nianbao/region.hpp"
#include "nianbao/schema.hpp"

namespace nianbao::pipeline {

using output::Outcome;

// What turns a read Document into its record: the schema mapper, then the region placer.
// Both are per thread (neither is for concurrent use).
struct Stages {
  const schema::Mapper& mapper;
  const region::Placer& placer;
};

// What the caller already knows about the bytes (not computed again).
struct Known {
  std::optional<std::string> sha256;  // hex SHA-256
  std::optional<Format> format;       // as DetectFormat found it (a WARC body's, say)
};

// Reads `bytes` (any supported format), maps and places the record. A document that cannot
// be read gives an outcome with its error (source path and sha256 set). Never throws for bad
// input; std::bad_alloc becomes an error of kind "limit".
Outcome ProcessDocument(std::string_view bytes, const std::string& path, const Stages& stages,
                        const Known& known = {});

// The same for a file on disk (`nianbao extract`): a file that cannot be read (missing,
// directory, unreadable, too large) gives an error outcome too (source path only).
Outcome ProcessFile(const std::string& path, const Stages& stages);

// The outcome of a document that could not be read.
Outcome ErrorOutcome(const std::string& path, const std::string& sha256, const Error& error);

// The links of an HTML page (Document::links, as its reader found them) that name a report
// document (.pdf/.doc/.docx/.wps, named 年度报告/附件…), each href once.
std::vector<output::Attachment> ReportAttachments(const std::vector<Link>& links);

// Percent-decoding of an href (libxml2); the text itself when it is not valid.
std::string Unescaped(std::string_view text);

}  // namespace nianbao::pipeline
