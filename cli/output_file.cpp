#include "output_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace nianbao::cli {

OutputFile::OutputFile(const std::string& path)
    : path_(path.empty() || path == "-" ? "standard output" : path), stream_(this) {
  if (path.empty() || path == "-") {
    fd_ = STDOUT_FILENO;
  } else {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    owned_ = fd_ >= 0;
    if (fd_ < 0) error_ = errno;
  }
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  if (error_ != 0) stream_.setstate(std::ios::badbit);
}

OutputFile::~OutputFile() {
  Close();
}

bool OutputFile::Drain() {
  const char* next = pbase();
  while (error_ == 0 && next < pptr()) {
    const ssize_t wrote = ::write(fd_, next, static_cast<size_t>(pptr() - next));
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) {
      error_ = wrote < 0 ? errno : EIO;
      break;
    }
    next += wrote;
  }
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return error_ == 0;
}

int OutputFile::overflow(int ch) {
  if (!Drain()) return traits_type::eof();
  if (ch != traits_type::eof()) {
    *pptr() = static_cast<char>(ch);
    pbump(1);
  }
  return traits_type::not_eof(ch);
}

int OutputFile::sync() {
  return Drain() ? 0 : -1;
}

bool OutputFile::Close() {
  if (fd_ >= 0) {
    Drain();
    if (owned_ && ::close(fd_) != 0 && error_ == 0) error_ = errno;
    fd_ = -1;
  }
  if (error_ != 0) stream_.setstate(std::ios::badbit);
  return error_ == 0;
}

std::string OutputFile::Problem() const {
  std::string text = "cannot write ";
  text.append(path_).append(": ").append(std::strerror(error_ != 0 ? error_ : EIO));
  return text;
}

}  // namespace nianbao::cli
