#include "reader.hpp"

namespace nianbao::extract_internal {

Document ReadText(const ReaderInput& input) {
  throw Error(ErrorKind::kUnsupported, input.path, "the text reader is not built yet");
}

}  // namespace nianbao::extract_internal
