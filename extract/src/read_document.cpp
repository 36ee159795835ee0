#include <fmt/format.h>

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
  std::uint64_t ReadOptions::*size_limit;  // the largest input this reader is given
  const char* limit_name;
};

// Which reader reads which format, and within which size: data, not a chain of ifs.
constexpr ReaderEntry kReaders[] = {
    {Format::kPdf, extract_internal::ReadPdf, &ReadOptions::max_file_bytes, "max_file_bytes"},
    {Format::kDocx, extract_internal::ReadDocx, &ReadOptions::max_file_bytes, "max_file_bytes"},
    {Format::kDoc, extract_internal::ReadDoc, &ReadOptions::max_file_bytes, "max_file_bytes"},
    {Format::kHtml, extract_internal::ReadHtml, &ReadOptions::max_markup_bytes, "max_markup_bytes"},
    {Format::kTxt, extract_internal::ReadText, &ReadOptions::max_markup_bytes, "max_markup_bytes"},
};

const ReaderEntry& ReaderFor(Format format, const std::string& path) {
  for (const ReaderEntry& entry : kReaders) {
    if (entry.format == format) return entry;
  }
  throw Error(ErrorKind::kUnsupported, path, "no reader for this format");
}

void CheckSize(std::uint64_t size, std::uint64_t limit, const std::string& what,
               const std::string& path) {
  if (size <= limit) return;
  throw Error(ErrorKind::kLimit, path,
              fmt::format("the file has {} bytes, over the limit of {} ({}); too large to be a "
                          "report as published: check what was downloaded",
                          size, limit, what));
}

}  // namespace

Document ReadDocument(std::string_view bytes, const std::string& path, const ReadOptions& options) {
  CheckSize(bytes.size(), options.max_file_bytes, "ReadOptions::max_file_bytes", path);
  const Format format = options.force_format ? *options.force_format : DetectFormat(bytes, path);
  const ReaderEntry& reader = ReaderFor(format, path);
  CheckSize(bytes.size(), options.*reader.size_limit,
            fmt::format("ReadOptions::{} for {}", reader.limit_name, FormatName(format)), path);
  extract_internal::ReaderInput input{bytes, path, options};
  Document document = reader.read(input);
  document.source.path = path;
  document.source.sha256 = options.sha256 ? *options.sha256 : Sha256Hex(bytes);
  document.source.format = format;
  return document;
}

std::string ReadFileBytes(const std::filesystem::path& path, const ReadOptions& options) {
  const std::string name = path.string();
  std::error_code error;
  auto status = std::filesystem::status(path, error);
  if (error && error != std::errc::no_such_file_or_directory) {
    throw Error(ErrorKind::kIo, name, "cannot reach the file: " + error.message());
  }
  if (error || !std::filesystem::exists(status)) {
    throw Error(ErrorKind::kIo, name, "no such file");
  }
  if (std::filesystem::is_directory(status)) {
    throw Error(ErrorKind::kIo, name, "this is a directory, not a file");
  }
  auto size = std::filesystem::file_size(path, error);
  if (!error) CheckSize(size, options.max_file_bytes, "ReadOptions::max_file_bytes", name);
  std::ifstream stream(path, std::ios::binary);
  if (!stream) throw Error(ErrorKind::kIo, name, "cannot open the file (permission denied?)");
  std::string bytes;
  bytes.resize(error ? 0 : size);
  if (!error) stream.read(bytes.data(), static_cast<std::streamsize>(size));
  if (error || stream.bad()) throw Error(ErrorKind::kIo, name, "reading the file failed");
  bytes.resize(static_cast<size_t>(stream.gcount()));
  return bytes;
}

Document ReadDocumentFile(const std::filesystem::path& path, const ReadOptions& options) {
  return ReadDocument(ReadFileBytes(path, options), path.string(), options);
}

}  // namespace nianbao
