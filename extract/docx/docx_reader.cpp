#include "reader.hpp"

namespace nianbao::extract_internal {

Document ReadDocx(const ReaderInput& input) {
  throw Error(ErrorKind::kUnsupported, input.path, "the docx reader is not built yet");
}

}  // namespace nianbao::extract_internal

namespace nianbao::extract_internal {

Document ReadDoc(const ReaderInput& input) {
  throw Error(ErrorKind::kUnsupported, input.path, "the doc reader is not built yet");
}

}  // namespace nianbao::extract_internal
