// The HTTP response inside a WARC response record: status, headers, and the body with
// chunked transfer-encoding and gzip/deflate content-encoding undone.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nianbao::dataset {

struct HttpResponse {
  int status = 0;
  std::string body;
};

// nullopt when the block is not an HTTP response or its body cannot be decoded (bad
// chunking, corrupt compression, over the size limit).
std::optional<HttpResponse> ParseHttpResponse(std::string_view block);

// Undoes chunked transfer-encoding; nullopt when the chunks are malformed.
std::optional<std::string> Dechunk(std::string_view body);

}  // namespace nianbao::dataset
