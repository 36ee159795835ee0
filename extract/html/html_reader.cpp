#include "reader.hpp"

namespace nianbao::extract_internal {

Document ReadHtml(const ReaderInput& input) {
  throw Error(ErrorKind::kUnsupported, input.path, "the html reader is not built yet");
}

}  // namespace nianbao::extract_internal
