// The program's ReadScannedPages (module.hpp): loads the embedded OCR module on the first
// scanned page and calls its ReadScannedPages. Text PDFs never load it.
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "module.hpp"
#include "nianbao/error.hpp"

// The module's bytes, placed in the program by the generated ocr_module_data.cpp.
extern "C" const unsigned char nianbao_ocr_module_begin[];
extern "C" const unsigned char nianbao_ocr_module_end[];

namespace nianbao::pdf::ocr {
namespace {

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

bool WriteAll(int fd, const unsigned char* data, std::size_t size) {
  while (size > 0) {
    ssize_t written = ::write(fd, data, size);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    data += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

struct LoadedModule {
  const OcrModule* module = nullptr;
  std::string problem;  // why it could not be loaded
};

LoadedModule FromHandle(void* handle) {
  auto* entry = reinterpret_cast<const OcrModule* (*)()>(::dlsym(handle, NIANBAO_OCR_MODULE_ENTRY));
  if (entry == nullptr) return {nullptr, "the OCR module has no entry " NIANBAO_OCR_MODULE_ENTRY};
  const OcrModule* module = entry();
  if (module->layout_size != sizeof(PageLayout) || module->settings_size != sizeof(OcrSettings)) {
    return {nullptr, "the OCR module was built from other sources than the program"};
  }
  return {module, ""};
}

std::string DlError() {
  const char* message = ::dlerror();
  return message != nullptr ? message : "unknown error";
}

// dlopen needs a file: an anonymous in-memory file (memfd) opened through /proc, or where
// that is refused (no /proc, memfd not executable), a temporary file removed once open.
LoadedModule Load() {
  const unsigned char* bytes = nianbao_ocr_module_begin;
  const auto size = static_cast<std::size_t>(nianbao_ocr_module_end - nianbao_ocr_module_begin);
  std::string problem = "cannot write the OCR module to a memory file";
  {
    FileDescriptor memory(::memfd_create("nianbao-ocr.so", MFD_CLOEXEC));
    if (memory.get() >= 0 && WriteAll(memory.get(), bytes, size)) {
      std::string path = "/proc/self/fd/" + std::to_string(memory.get());
      if (void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) return FromHandle(handle);
      problem = DlError();
    }
  }
  const char* tmpdir = std::getenv("TMPDIR");
  std::string path = std::string(tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp");
  path += "/nianbao-ocr-XXXXXX.so";
  FileDescriptor file(::mkostemps(path.data(), 3, O_CLOEXEC));
  if (file.get() < 0) return {nullptr, problem};
  bool written = WriteAll(file.get(), bytes, size);
  void* handle = written ? ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL) : nullptr;
  if (handle == nullptr && written) problem = DlError();
  ::unlink(path.c_str());
  return handle != nullptr ? FromHandle(handle) : LoadedModule{nullptr, problem};
}

// Loaded once per process (never unloaded); a failure is kept too, not retried per file.
const LoadedModule& Module() {
  static const LoadedModule module = Load();
  return module;
}

}  // namespace

std::vector<PageLayout> ReadScannedPages(std::string_view bytes, const std::string& path,
                                         const std::vector<const PageContent*>& pages,
                                         const OcrSettings& settings,
                                         std::vector<Diagnostic>& diagnostics) {
  if (pages.empty()) return {};
  const LoadedModule& loaded = Module();
  if (loaded.module == nullptr) {
    throw Error(ErrorKind::kUnsupported, path,
                "scanned pages need OCR, which needs Tesseract 5 and Leptonica (Debian: "
                "libtesseract5, tesseract-ocr-chi-sim); the OCR module could not be loaded: " +
                    loaded.problem);
  }
  return loaded.module->read_scanned_pages(bytes, path, pages, settings, diagnostics);
}

}  // namespace nianbao::pdf::ocr
