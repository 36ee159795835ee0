#include "nianbao/embedded_module.hpp"

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>

namespace nianbao {
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
  // Keeps the file open for the life of the process.
  void Keep() { fd_ = -1; }

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

std::string DlError() {
  const char* message = ::dlerror();
  return message != nullptr ? message : "unknown error";
}

OpenedModule FindEntry(void* handle, const EmbeddedModule& module) {
  void* entry = ::dlsym(handle, module.entry);
  if (entry == nullptr) {
    return {nullptr, std::string(module.file_name) + " has no entry " + module.entry};
  }
  return {entry, ""};
}

// A temporary file in TMPDIR (or /tmp), removed as soon as it is open.
OpenedModule OpenFromTemporaryFile(const EmbeddedModule& module, std::size_t size,
                                   std::string problem) {
  const char* tmpdir = std::getenv("TMPDIR");
  std::string path = std::string(tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp");
  path += "/nianbao-module-XXXXXX.so";
  FileDescriptor file(::mkostemps(path.data(), 3, O_CLOEXEC));
  if (file.get() < 0) return {nullptr, std::move(problem)};
  bool written = WriteAll(file.get(), module.begin, size);
  void* handle = written ? ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL) : nullptr;
  if (handle == nullptr && written) problem = DlError();
  ::unlink(path.c_str());
  return handle != nullptr ? FindEntry(handle, module) : OpenedModule{nullptr, problem};
}

}  // namespace

// dlopen needs a file: an anonymous in-memory file (memfd) opened through /proc, or where
// that is refused (no /proc, memfd not executable), a temporary file.
OpenedModule OpenEmbeddedModule(const EmbeddedModule& module) {
  const auto size = static_cast<std::size_t>(module.end - module.begin);
  std::string problem = "cannot write " + std::string(module.file_name) + " to a memory file";
  {
    const std::string name(module.file_name);
    FileDescriptor memory(::memfd_create(name.c_str(), MFD_CLOEXEC));
    if (memory.get() >= 0 && WriteAll(memory.get(), module.begin, size)) {
      std::string path = "/proc/self/fd/" + std::to_string(memory.get());
      if (void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) {
        // dlopen knows an open object by its path before its file: were this descriptor
        // closed, the next module would get the same /proc/self/fd/N path, and dlopen would
        // hand back this one (a SQLite dataset, then a DOCX: "no entry nianbao_zip_module").
        memory.Keep();
        return FindEntry(handle, module);
      }
      problem = DlError();
    }
  }
  return OpenFromTemporaryFile(module, size, std::move(problem));
}

}  // namespace nianbao
