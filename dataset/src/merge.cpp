// `nianbao merge`: several datasets (e.g. one per shard) into one. Documents are copied by
// their stored record through the same write path as `nianbao run`, so the long-form tables
// of the output are rebuilt whatever schema version an input has.
#include <filesystem>

#include "reports.hpp"
#include "store.hpp"

namespace nianbao::dataset {
namespace {

void MergeOne(Store& output, const std::string& input_path, MergeSummary& summary) {
  Database input = OpenDatasetReadOnly(input_path);
  Statement documents =
      input.Prepare("SELECT sha256, record, processed_at, duration_ms FROM documents ORDER BY id");
  while (documents.Step()) {
    if (output.StatusOf(documents.Text(0))) {
      ++summary.duplicates;
      continue;
    }
    Json record = Json::parse(documents.Text(1));
    output.Put(record, StoredMeta{documents.Text(2), documents.OptionalInteger(3)});
    ++summary.added;
  }
  Statement errors = input.Prepare("SELECT path, kind, message FROM input_errors");
  while (errors.Step()) output.PutInputError(errors.Text(0), errors.Text(1), errors.Text(2));
  CopySources(input, output.database());
}

}  // namespace

MergeSummary MergeDatabases(const std::string& output_path,
                            const std::vector<std::string>& inputs) {
  Store output(output_path);
  MergeSummary summary;
  for (const std::string& input : inputs) {
    std::error_code error;
    if (std::filesystem::equivalent(input, output_path, error)) {
      throw Error(ErrorKind::kIo, input, "is the output database itself: name another output");
    }
    MergeOne(output, input, summary);
  }
  LinkAttachments(output.database());
  BuildReports(output.database());
  return summary;
}

}  // namespace nianbao::dataset
