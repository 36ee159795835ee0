// One document: read, mapped, placed; hashed once, its format detected once.
#include <new>

#include "nianbao/pipeline.hpp"

namespace nianbao::pipeline {

Outcome ErrorOutcome(const std::string& path, const std::string& sha256, const Error& error) {
  Outcome outcome;
  outcome.record.source.path = path;
  outcome.record.source.sha256 = sha256;
  outcome.record.status = schema::RecordStatus::kError;
  outcome.error = error;
  return outcome;
}

Outcome ProcessDocument(std::string_view bytes, const std::string& path, const Stages& stages,
                        const Known& known) {
  const std::string sha256 = known.sha256 ? *known.sha256 : Sha256Hex(bytes);
  try {
    ReadOptions options;
    options.sha256 = sha256;
    options.force_format = known.format;
    Document document = ReadDocument(bytes, path, options);
    Outcome outcome;
    outcome.record = stages.mapper.Map(document);
    stages.placer.PlaceRecord(outcome.record, document);
    outcome.attachments = ReportAttachments(document.links);
    return outcome;
  } catch (const Error& error) {
    return ErrorOutcome(path, sha256, error);
  } catch (const std::bad_alloc&) {
    return ErrorOutcome(path, sha256,
                        Error(ErrorKind::kLimit, path,
                              "ran out of memory reading this document (the worker's memory "
                              "limit; raise it with --memory-limit)"));
  } catch (const std::exception& error) {
    return ErrorOutcome(path, sha256, Error(ErrorKind::kInternal, path, error.what()));
  }
}

Outcome ProcessFile(const std::string& path, const Stages& stages) {
  std::string bytes;
  try {
    bytes = ReadFileBytes(path);
  } catch (const Error& error) {
    return ErrorOutcome(path, "", error);
  }
  return ProcessDocument(bytes, path, stages);
}

}  // namespace nianbao::pipeline
