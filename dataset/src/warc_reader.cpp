// WARC files: records of "WARC/1.x" header lines, a blank line, Content-Length bytes of
// block, CRLF CRLF. A .warc.gz is one gzip member per record; zlib's gzread reads through
// members (and plain files) transparently. Response blocks hold the HTTP message as sent.
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "http_message.hpp"
#include "nianbao/dataset.hpp"
#include "nianbao/extract.hpp"

namespace nianbao::dataset {
namespace {

constexpr std::uint64_t kMaxBlockBytes = 512ull << 20;  // as ReadOptions::max_file_bytes
constexpr size_t kMaxHeaderLine = 1 << 16;
constexpr unsigned kReadChunk = 1u << 20;

struct GzCloser {
  void operator()(gzFile_s* file) const { gzclose(file); }
};
using GzFile = std::unique_ptr<gzFile_s, GzCloser>;

GzFile OpenGz(const std::string& path) {
  GzFile file(gzopen(path.c_str(), "rb"));
  if (!file) throw Error(ErrorKind::kIo, path, "cannot open the WARC file");
  gzbuffer(file.get(), 1 << 17);
  return file;
}

std::string Lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return text;
}

std::string Trim(std::string_view text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return "";
  size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

// One line without its line break; false at end of file.
bool ReadLine(gzFile file, std::string& line) {
  line.clear();
  char buffer[4096];
  while (gzgets(file, buffer, sizeof buffer) != nullptr) {
    line += buffer;
    if (!line.empty() && line.back() == '\n') break;
    if (line.size() > kMaxHeaderLine) return true;
  }
  if (line.empty()) return false;
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  return true;
}

struct WarcHeader {
  std::vector<std::pair<std::string, std::string>> fields;  // names lowercased

  std::string Get(const std::string& name) const {
    for (const auto& [key, value] : fields) {
      if (key == name) return value;
    }
    return "";
  }
};

class WarcStream {
 public:
  explicit WarcStream(const std::string& path) : path_(path), file_(OpenGz(path)) {}

  // Reads the next record's header; false at a clean end of file.
  bool NextHeader(WarcHeader& header, int record_number) {
    std::string line;
    do {
      if (!ReadLine(file_.get(), line)) return false;
    } while (Trim(line).empty());
    if (line.rfind("WARC/", 0) != 0) {
      throw Error(ErrorKind::kDamaged, path_,
                  "record " + std::to_string(record_number) +
                      " does not start with a WARC/ "
                      "version line (found \"" +
                      line.substr(0, 40) + "\"): not a WARC file, or damaged");
    }
    header.fields.clear();
    while (ReadLine(file_.get(), line) && !line.empty()) {
      if ((line[0] == ' ' || line[0] == '\t') && !header.fields.empty()) {
        header.fields.back().second.append(" ").append(Trim(line));
        continue;
      }
      size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      header.fields.emplace_back(Lowercase(Trim(line.substr(0, colon))),
                                 Trim(line.substr(colon + 1)));
    }
    return true;
  }

  std::uint64_t BlockLength(const WarcHeader& header, int record_number) const {
    std::string text = header.Get("content-length");
    try {
      size_t used = 0;
      std::uint64_t length = std::stoull(text, &used);
      if (used == text.size()) return length;
    } catch (const std::exception&) {
    }
    throw Error(ErrorKind::kDamaged, path_,
                "record " + std::to_string(record_number) + " has no valid Content-Length (\"" +
                    text + "\")");
  }

  std::string ReadBlock(std::uint64_t length, int record_number) {
    std::string block;
    block.resize(length);
    std::uint64_t done = 0;
    while (done < length) {
      unsigned want = static_cast<unsigned>(std::min<std::uint64_t>(kReadChunk, length - done));
      int got = gzread(file_.get(), block.data() + done, want);
      if (got <= 0) {
        throw Error(ErrorKind::kDamaged, path_,
                    "record " + std::to_string(record_number) + " is truncated: " +
                        std::to_string(done) + " of " + std::to_string(length) + " bytes");
      }
      done += static_cast<std::uint64_t>(got);
    }
    return block;
  }

  void SkipBlock(std::uint64_t length, int record_number) {
    if (gzseek(file_.get(), static_cast<z_off_t>(length), SEEK_CUR) < 0) {
      throw Error(ErrorKind::kDamaged, path_,
                  "record " + std::to_string(record_number) + " is truncated");
    }
  }

 private:
  std::string path_;
  GzFile file_;
};

// The body's format when it is a report's (HTML, PDF, DOC, DOCX).
std::optional<Format> ReportFormat(std::string_view body, const std::string& name) {
  try {
    Format format = DetectFormat(body, name);
    if (format == Format::kHtml || format == Format::kPdf || format == Format::kDoc ||
        format == Format::kDocx) {
      return format;
    }
  } catch (const Error&) {
  }
  return std::nullopt;
}

std::string StripAngles(std::string uri) {
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>')
    return uri.substr(1, uri.size() - 2);
  return uri;
}

}  // namespace

bool IsWarcFile(const std::string& path) {
  GzFile file(gzopen(path.c_str(), "rb"));
  if (!file) return false;
  char head[5] = {};
  return gzread(file.get(), head, sizeof head) == sizeof head &&
         std::string_view(head, sizeof head) == "WARC/";
}

WarcTally ReadWarc(const std::string& path,
                   const std::function<void(InputDocument&&)>& on_document) {
  WarcStream stream(path);
  WarcTally tally;
  WarcHeader header;
  while (stream.NextHeader(header, tally.records + 1)) {
    int record_number = ++tally.records;
    std::uint64_t length = stream.BlockLength(header, record_number);
    bool is_response = Lowercase(header.Get("warc-type")) == "response";
    if (!is_response || length > kMaxBlockBytes) {
      stream.SkipBlock(length, record_number);
      ++(is_response ? tally.not_report : tally.not_response);
      continue;
    }
    std::string block = stream.ReadBlock(length, record_number);
    std::optional<HttpResponse> response = ParseHttpResponse(block);
    if (!response) {
      ++tally.unreadable_http;
      continue;
    }
    if (response->status < 200 || response->status > 299) {
      ++tally.http_not_ok;
      continue;
    }
    std::string name = path + "#" + std::to_string(record_number);
    std::optional<Format> format = ReportFormat(response->body, name);
    if (!format) {
      ++tally.not_report;
      continue;
    }
    ++tally.documents;
    InputDocument document;
    document.path = name;
    document.format = format;
    document.bytes = std::move(response->body);
    document.source_fields["url"] = StripAngles(header.Get("warc-target-uri"));
    document.source_fields["fetched_at"] = header.Get("warc-date");
    std::string record_id = header.Get("warc-record-id");
    if (!record_id.empty()) document.source_fields["warc_record_id"] = StripAngles(record_id);
    on_document(std::move(document));
  }
  return tally;
}

}  // namespace nianbao::dataset
