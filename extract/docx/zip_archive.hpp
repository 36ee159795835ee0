// Internal to extract/docx: a read-only ZIP archive held in memory (libzip, through its table:
// libzip_functions.hpp), with the zip-bomb limits of ReadOptions applied before and while
// inflating each entry.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "libzip_functions.hpp"

namespace nianbao::docx_internal {

// Entries smaller than this are never called bombs, whatever their compression ratio:
// small, highly repetitive XML parts legitimately compress very well.
constexpr std::uint64_t kRatioCheckFloorBytes = 1u << 20;

// Bytes inflated per zip_fread call.
constexpr std::uint64_t kReadChunkBytes = 64u << 10;

struct ZipLimits {
  std::uint64_t max_inflated_bytes = 0;  // per entry
  double max_compression_ratio = 0;      // inflated / compressed
};

class ZipArchive {
 public:
  // Opens `bytes` (which must outlive the archive). Throws Error(kDamaged) naming
  // libzip's reason when the bytes are not a readable ZIP archive.
  ZipArchive(std::string_view bytes, const std::string& path, ZipLimits limits);

  bool Contains(const std::string& entry_name) const;

  // The entry's inflated bytes. Throws Error(kDamaged) if it is missing or corrupt,
  // kEncrypted if it is encrypted, kLimit if it is (or turns out to be) too large or too
  // highly compressed.
  std::string Read(const std::string& entry_name) const;

 private:
  struct ZipCloser {
    decltype(&zip_discard) discard;
    void operator()(zip_t* archive) const { discard(archive); }
  };
  struct ZipFileCloser {
    decltype(&zip_fclose) fclose;
    void operator()(zip_file_t* file) const { fclose(file); }
  };

  void CheckDeclaredSize(const std::string& entry_name, const zip_stat_t& stat) const;
  void CheckInflated(const std::string& entry_name, std::uint64_t inflated,
                     std::uint64_t compressed) const;

  std::string path_;
  ZipLimits limits_;
  const LibzipFunctions& zip_;
  std::unique_ptr<zip_t, ZipCloser> archive_;
};

}  // namespace nianbao::docx_internal
