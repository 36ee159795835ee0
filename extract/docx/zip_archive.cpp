#include "zip_archive.hpp"

#include <cmath>

#include <fmt/format.h>

#include "nianbao/error.hpp"

namespace nianbao::docx_internal {
namespace {

struct ZipErrorFinisher {
  decltype(&zip_error_fini) error_fini;
  void operator()(zip_error_t* error) const { error_fini(error); }
};

struct ZipSourceFreer {
  decltype(&zip_source_free) source_free;
  void operator()(zip_source_t* source) const { source_free(source); }
};

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes, const std::string& path, ZipLimits limits)
    : path_(path), limits_(limits), zip_(Libzip(path)), archive_(nullptr, ZipCloser{zip_.discard}) {
  zip_error_t error;
  zip_.error_init(&error);
  std::unique_ptr<zip_error_t, ZipErrorFinisher> error_guard(&error,
                                                             ZipErrorFinisher{zip_.error_fini});
  std::unique_ptr<zip_source_t, ZipSourceFreer> source(
      zip_.source_buffer_create(bytes.data(), bytes.size(), 0, &error),
      ZipSourceFreer{zip_.source_free});
  if (!source) {
    throw Error(
        ErrorKind::kInternal, path_,
        std::string("cannot wrap the file's bytes for libzip: ") + zip_.error_strerror(&error));
  }
  archive_.reset(zip_.open_from_source(source.get(), ZIP_RDONLY, &error));
  if (!archive_) {
    throw Error(ErrorKind::kDamaged, path_,
                std::string("the DOCX package is not a readable ZIP archive (") +
                    zip_.error_strerror(&error) +
                    "); the file is probably truncated or corrupt: re-save or re-download it");
  }
  source.release();  // the archive owns it now
}

bool ZipArchive::Contains(const std::string& entry_name) const {
  return zip_.name_locate(archive_.get(), entry_name.c_str(), 0) >= 0;
}

void ZipArchive::CheckDeclaredSize(const std::string& entry_name, const zip_stat_t& stat) const {
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    throw Error(ErrorKind::kEncrypted, path_,
                entry_name +
                    " is encrypted inside the package; remove the password in Word "
                    "and save again");
  }
  if (!(stat.valid & ZIP_STAT_SIZE)) return;  // enforced while reading
  std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
  CheckInflated(entry_name, stat.size, compressed);
}

void ZipArchive::CheckInflated(const std::string& entry_name, std::uint64_t inflated,
                               std::uint64_t compressed) const {
  if (inflated > limits_.max_inflated_bytes) {
    throw Error(ErrorKind::kLimit, path_,
                fmt::format("{} inflates to more than {} bytes (ReadOptions::max_inflated_bytes); "
                            "refusing it as a possible zip bomb",
                            entry_name, limits_.max_inflated_bytes));
  }
  if (inflated < kRatioCheckFloorBytes) return;
  double ratio = compressed == 0 ? HUGE_VAL : static_cast<double>(inflated) / compressed;
  if (ratio > limits_.max_compression_ratio) {
    throw Error(
        ErrorKind::kLimit, path_,
        fmt::format("{} inflates {} compressed bytes to at least {} (ratio over {:.0f}, "
                    "limit {:.0f}: ReadOptions::max_compression_ratio); refusing it as a "
                    "zip bomb",
                    entry_name, compressed, inflated, ratio, limits_.max_compression_ratio));
  }
}

std::string ZipArchive::Read(const std::string& entry_name) const {
  zip_int64_t index = zip_.name_locate(archive_.get(), entry_name.c_str(), 0);
  if (index < 0) {
    throw Error(ErrorKind::kDamaged, path_,
                "the DOCX package has no " + entry_name +
                    "; it is not a Word document or is "
                    "damaged");
  }
  zip_stat_t stat;
  zip_.stat_init(&stat);
  if (zip_.stat_index(archive_.get(), index, 0, &stat) != 0) {
    throw Error(
        ErrorKind::kDamaged, path_,
        "cannot read the directory entry of " + entry_name + ": " + zip_.strerror(archive_.get()));
  }
  CheckDeclaredSize(entry_name, stat);
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_.fopen_index(archive_.get(), index, 0),
                                                  ZipFileCloser{zip_.fclose});
  if (!file) {
    throw Error(ErrorKind::kDamaged, path_,
                "cannot open " + entry_name + " in the package: " + zip_.strerror(archive_.get()));
  }
  // The header's size is only a claim: count what actually comes out.
  std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
  std::string out;
  if (stat.valid & ZIP_STAT_SIZE) out.reserve(stat.size);
  std::string chunk(kReadChunkBytes, '\0');
  for (;;) {
    zip_int64_t got = zip_.fread(file.get(), chunk.data(), chunk.size());
    if (got < 0) {
      throw Error(ErrorKind::kDamaged, path_,
                  "inflating " + entry_name + " failed: " + zip_.file_strerror(file.get()) +
                      "; the package is corrupt");
    }
    if (got == 0) break;
    out.append(chunk.data(), static_cast<size_t>(got));
    CheckInflated(entry_name, out.size(), compressed);
  }
  return out;
}

}  // namespace nianbao::docx_internal
