#include "http_message.hpp"

#include <zlib.h>
#include <boost/algorithm/string/case_conv.hpp>

#include <algorithm>
#include <cctype>
#include <memory>

namespace nianbao::dataset {
namespace {

constexpr size_t kMaxInflatedBytes = 256u << 20;  // a gzip-encoded body (may be a PDF)
constexpr int kAutoGzipZlibWindow = 15 + 32;
constexpr int kRawDeflateWindow = -15;

struct InflateEnder {
  void operator()(z_stream* stream) const {
    inflateEnd(stream);
    delete stream;
  }
};

std::optional<std::string> Inflate(std::string_view data, int window_bits) {
  std::unique_ptr<z_stream, InflateEnder> stream;
  {
    auto fresh = std::make_unique<z_stream>();
    if (inflateInit2(fresh.get(), window_bits) != Z_OK) return std::nullopt;
    stream.reset(fresh.release());
  }
  stream->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream->avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buffer[1 << 16];
  while (true) {
    stream->next_out = reinterpret_cast<Bytef*>(buffer);
    stream->avail_out = sizeof buffer;
    int code = inflate(stream.get(), Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream->avail_out);
    if (out.size() > kMaxInflatedBytes) return std::nullopt;
    if (code == Z_STREAM_END) return out;
    if (code != Z_OK) return std::nullopt;
    if (stream->avail_in == 0 && stream->avail_out != 0) return std::nullopt;  // truncated
  }
}

// "Header: value" lines up to the blank line; returns the header text (lowercased) and sets
// `body_start`.
std::optional<std::string> SplitHead(std::string_view block, size_t& body_start) {
  size_t end = block.find("\r\n\r\n");
  size_t separator = 4;
  size_t bare = block.find("\n\n");
  if (end == std::string_view::npos || (bare != std::string_view::npos && bare < end)) {
    end = bare;
    separator = 2;
  }
  if (end == std::string_view::npos) return std::nullopt;
  body_start = end + separator;
  return boost::algorithm::to_lower_copy(std::string(block.substr(0, end)));
}

std::string HeaderValue(const std::string& head, const std::string& name) {
  size_t at = 0;
  while ((at = head.find("\n" + name + ":", at)) != std::string::npos) {
    size_t begin = at + name.size() + 2;
    size_t end = head.find('\n', begin);
    std::string value = head.substr(begin, end == std::string::npos ? end : end - begin);
    value.erase(0, value.find_first_not_of(" \t"));
    while (!value.empty() && (value.back() == '\r' || value.back() == ' ')) value.pop_back();
    return value;
  }
  return "";
}

}  // namespace

std::optional<std::string> Dechunk(std::string_view body) {
  std::string out;
  size_t at = 0;
  while (true) {
    size_t line_end = body.find("\r\n", at);
    if (line_end == std::string_view::npos) return std::nullopt;
    std::string_view size_text = body.substr(at, line_end - at);
    size_text = size_text.substr(0, size_text.find(';'));
    while (!size_text.empty() && size_text.back() == ' ') size_text.remove_suffix(1);
    if (size_text.empty() || size_text.size() > 15) return std::nullopt;
    size_t size = 0;
    for (char ch : size_text) {
      if (!std::isxdigit(static_cast<unsigned char>(ch))) return std::nullopt;
      size = size * 16 + static_cast<size_t>(std::isdigit(static_cast<unsigned char>(ch))
                                                 ? ch - '0'
                                                 : std::tolower(ch) - 'a' + 10);
    }
    at = line_end + 2;
    if (size == 0) return out;  // trailers, if any, are ignored
    if (body.size() - at < size) return std::nullopt;
    out.append(body.substr(at, size));
    at += size;
    if (body.substr(at, 2) != "\r\n") return std::nullopt;
    at += 2;
  }
}

std::optional<HttpResponse> ParseHttpResponse(std::string_view block) {
  if (block.rfind("HTTP/", 0) != 0) return std::nullopt;
  size_t body_start = 0;
  std::optional<std::string> head = SplitHead(block, body_start);
  if (!head) return std::nullopt;
  HttpResponse response;
  size_t space = head->find(' ');
  if (space == std::string::npos) return std::nullopt;
  try {
    response.status = std::stoi(head->substr(space + 1, 3));
  } catch (const std::exception&) {
    return std::nullopt;
  }
  std::string_view body = block.substr(body_start);
  if (HeaderValue(*head, "transfer-encoding").find("chunked") != std::string::npos) {
    std::optional<std::string> dechunked = Dechunk(body);
    if (!dechunked) return std::nullopt;
    response.body = std::move(*dechunked);
  } else {
    response.body = std::string(body);
  }
  std::string encoding = HeaderValue(*head, "content-encoding");
  if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
    std::optional<std::string> inflated = Inflate(response.body, kAutoGzipZlibWindow);
    if (!inflated && encoding == "deflate") inflated = Inflate(response.body, kRawDeflateWindow);
    if (!inflated) return std::nullopt;
    response.body = std::move(*inflated);
  }
  return response;
}

}  // namespace nianbao::dataset
