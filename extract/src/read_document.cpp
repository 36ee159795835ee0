#include <fstream>
#include <system_error>

#include "nianbao/extract.hpp"
#include "reader.hpp"

namespace nianbao {
namespace {

using ReadFn = Document (*)(const extract_internal::ReaderInput&);

struct ReaderEntry {
  Format format;
  ReadFn read;
};

// Which reader reads which format: data, not a chain of ifs.
constexpr ReaderEntry kReaders[] = {
    {Format::kPdf, extract_internal::ReadPdf},  {Format::kDocx, extract_internal::ReadDocx},
    {Format::kDoc, extract_internal::ReadDoc},  {Format::kHtml, extract_internal::ReadHtml},
    {Format::kTxt, extract_internal::ReadText},
};

ReadFn ReaderFor(Format format, const std::string& path) {
  for (const ReaderEntry& entry : kReaders) {
    if (entry.format == format) return entry.read;
  }
  throw Error(ErrorKind::kUnsupported, path, "no reader for this format");
}

}  // namespace

Document ReadDocument(std::string_view bytes, const std::string& path, const ReadOptions& options) {
  if (bytes.size() > options.max_file_bytes) {
    throw Error(ErrorKind::kLimit, path,
                "the file has " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                    std::to_string(options.max_file_bytes));
  }
  const Format format = options.force_format ? *options.force_format : DetectFormat(bytes, path);
  extract_internal::ReaderInput input{bytes, path, options};
  Document document = ReaderFor(format, path)(input);
  document.source.path = path;
  document.source.sha256 = Sha256Hex(bytes);
  document.source.format = format;
  return document;
}

Document ReadDocumentFile(const std::filesystem::path& path, const ReadOptions& options) {
  const std::string name = path.string();
  std::error_code error;
  auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) {
    throw Error(ErrorKind::kIo, name, "no such file");
  }
  if (std::filesystem::is_directory(status)) {
    throw Error(ErrorKind::kIo, name, "this is a directory, not a file");
  }
  auto size = std::filesystem::file_size(path, error);
  if (!error && size > options.max_file_bytes) {
    throw Error(ErrorKind::kLimit, name,
                "the file has " + std::to_string(size) + " bytes, over the limit of " +
                    std::to_string(options.max_file_bytes));
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) throw Error(ErrorKind::kIo, name, "cannot open the file (permission denied?)");
  std::string bytes;
  bytes.resize(error ? 0 : size);
  if (!error) stream.read(bytes.data(), static_cast<std::streamsize>(size));
  if (error || stream.bad()) throw Error(ErrorKind::kIo, name, "reading the file failed");
  bytes.resize(static_cast<size_t>(stream.gcount()));
  return ReadDocument(bytes, name, options);
}

}  // namespace nianbao
