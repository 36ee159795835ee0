// `nianbao merge`: several datasets (e.g. one per shard, or a PostgreSQL dataset and a SQLite
// file) into one. Documents are copied by their stored record through the same write path as
// `nianbao run` (Sink::Put), so the long-form tables of the output are rebuilt whatever schema
// version or kind of database an input has.
#include <filesystem>

#include "sink.hpp"

namespace nianbao::dataset {
namespace {

void MergeOne(Sink& output, DatasetReader& input, MergeSummary& summary) {
  input.ForEachDocument([&](const StoredDocument& document) {
    if (output.StatusOf(document.sha256)) {
      ++summary.duplicates;
      return;
    }
    output.Put(nianbao::output::OutcomeFromJson(Json::parse(document.record), document.sha256),
               document.meta);
    ++summary.added;
  });
  input.ForEachInputError([&](const StoredInputError& error) {
    output.PutInputError(error.path, error.kind, error.message, error.at);
  });
  input.ForEachSource([&](const SourceRow& source) { output.AddSource(source); });
}

bool SameDatabase(const std::string& input, const std::string& output) {
  if (input == output) return true;
  if (IsPostgres(input) || IsPostgres(output)) return false;
  std::error_code error;
  return std::filesystem::equivalent(input, output, error);
}

}  // namespace

MergeSummary MergeDatabases(const std::string& output_path,
                            const std::vector<std::string>& inputs) {
  for (const std::string& input : inputs) {
    if (SameDatabase(input, output_path)) {
      throw Error(ErrorKind::kIo, input, "is the output database itself: name another output");
    }
  }
  std::unique_ptr<Sink> output = OpenSink(output_path);
  MergeSummary summary;
  for (const std::string& input : inputs) {
    std::unique_ptr<DatasetReader> reader = OpenReader(input);
    MergeOne(*output, *reader, summary);
  }
  output->Finish();
  return summary;
}

}  // namespace nianbao::dataset
