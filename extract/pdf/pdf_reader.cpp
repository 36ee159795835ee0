#include "reader.hpp"

namespace nianbao::extract_internal {

Document ReadPdf(const ReaderInput& input) {
  throw Error(ErrorKind::kUnsupported, input.path, "the pdf reader is not built yet");
}

}  // namespace nianbao::extract_internal
