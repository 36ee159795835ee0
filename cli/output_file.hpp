// An output file that keeps why it failed: the reason (errno) of the first open, write or
// close that did not work, which a std::ofstream loses to whatever runs after the write.
#pragma once

#include <array>
#include <ostream>
#include <streambuf>
#include <string>

namespace nianbao::cli {

class OutputFile : private std::streambuf {
 public:
  // Creates or truncates `path`; "-" or "" is standard output.
  explicit OutputFile(const std::string& path);
  ~OutputFile() override;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return stream_; }
  bool ok() const { return error_ == 0; }
  // Writes what is buffered and closes the file; false if anything failed.
  bool Close();
  // "cannot write PATH: REASON" (PATH "standard output" for stdout).
  std::string Problem() const;

 private:
  int overflow(int ch) override;
  int sync() override;
  bool Drain();

  std::string path_;
  int fd_ = -1;
  bool owned_ = false;
  int error_ = 0;
  std::array<char, 1 << 16> buffer_{};
  std::ostream stream_;
};

}  // namespace nianbao::cli
