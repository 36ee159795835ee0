// The per-document work shared by `nianbao run` workers and `nianbao extract`.
#include <new>

#include "nianbao/dataset.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/output.hpp"
#include "reports.hpp"

namespace nianbao::dataset {
namespace {

Json ErrorRecord(std::string_view bytes, const std::string& path, const Error& error) {
  Json record = output::ErrorRecordToJson(path, error);
  record["source"]["sha256"] = Sha256Hex(bytes);
  return record;
}

}  // namespace

Json ProcessDocument(std::string_view bytes, const std::string& path,
                     const DocumentStages& stages) {
  try {
    Document document = ReadDocument(bytes, path);
    schema::Record record = stages.mapper.Map(document);
    stages.placer.PlaceRecord(record, document);
    Json json = output::RecordToJson(record);
    if (document.source.format == Format::kHtml) {
      Json attachments = ReportAttachments(bytes);
      if (!attachments.empty()) json["attachments"] = std::move(attachments);
    }
    return json;
  } catch (const Error& error) {
    return ErrorRecord(bytes, path, error);
  } catch (const std::bad_alloc&) {
    return ErrorRecord(bytes, path,
                       Error(ErrorKind::kLimit, path,
                             "ran out of memory reading this document (the worker's memory "
                             "limit; raise it with --memory-limit)"));
  } catch (const std::exception& error) {
    return ErrorRecord(bytes, path, Error(ErrorKind::kInternal, path, error.what()));
  }
}

Json ProcessFile(const std::string& path, const DocumentStages& stages) {
  std::string bytes;
  try {
    bytes = ReadFileBytes(path);
  } catch (const Error& error) {
    return output::ErrorRecordToJson(path, error);
  }
  return ProcessDocument(bytes, path, stages);
}

}  // namespace nianbao::dataset
