// The mapper on a fuzzed document model: the input bytes are read as a text dump (the
// simplest reader), which turns arbitrary lines into paragraphs and tables of any shape.
#include <cstddef>
#include <cstdint>
#include <string>

#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/schema.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const nianbao::normalize::Normalizer normalizer;
  static const nianbao::schema::Mapper mapper(nianbao::schema::TemplateSet::Builtin(), normalizer);
  // A leading tab line keeps detection on the text reader for most inputs.
  std::string bytes = "报告\n\t";
  bytes.append(reinterpret_cast<const char*>(data), size);
  try {
    mapper.Map(nianbao::ReadDocument(bytes, "fuzz-input"));
  } catch (const nianbao::Error&) {
  }
  return 0;
}
