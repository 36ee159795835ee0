#include "doc_converter.hpp"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "nianbao/error.hpp"

extern char** environ;

namespace nianbao::docx_internal {
namespace {

namespace fs = std::filesystem;

constexpr auto kPollInterval = std::chrono::milliseconds(50);
// How much of LibreOffice's own output an error message quotes.
constexpr size_t kQuotedOutputBytes = 400;

constexpr std::string_view kInstallHint =
    "LibreOffice is needed to read .doc (Word 97) files and is not installed: run "
    "`apt-get install libreoffice-writer-nogui` (or scripts/setup.sh), or save the file as "
    ".docx";

// A private directory, removed with everything in it when it goes out of scope.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "nianbao-doc-XXXXXX").string();
    if (!mkdtemp(pattern.data())) {
      throw Error(ErrorKind::kIo, pattern, "cannot create a temporary directory for LibreOffice");
    }
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

struct SpawnActions {
  posix_spawn_file_actions_t actions;
  SpawnActions() { posix_spawn_file_actions_init(&actions); }
  ~SpawnActions() { posix_spawn_file_actions_destroy(&actions); }
};

struct SpawnAttributes {
  posix_spawnattr_t attributes;
  SpawnAttributes() { posix_spawnattr_init(&attributes); }
  ~SpawnAttributes() { posix_spawnattr_destroy(&attributes); }
};

void WriteFile(const fs::path& file, std::string_view bytes) {
  std::ofstream out(file, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw Error(ErrorKind::kIo, file.string(), "cannot write the temporary copy");
}

std::string ReadFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The group leader's pid; the child runs in a new process group of its own.
pid_t Spawn(const std::string& program, const std::vector<std::string>& args,
            const fs::path& log_file, const std::string& path) {
  SpawnActions actions;
  posix_spawn_file_actions_addopen(&actions.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions.actions, STDOUT_FILENO, log_file.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions.actions, STDOUT_FILENO, STDERR_FILENO);
  SpawnAttributes attributes;
  sigset_t no_signals;
  sigemptyset(&no_signals);
  posix_spawnattr_setsigmask(&attributes.attributes, &no_signals);
  posix_spawnattr_setpgroup(&attributes.attributes, 0);
  posix_spawnattr_setflags(&attributes.attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK);
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, program.c_str(), &actions.actions, &attributes.attributes, argv.data(),
                       environ);
  if (rc != 0) {
    throw Error(ErrorKind::kIo, path,
                "cannot start LibreOffice (" + program + "): " + std::strerror(rc));
  }
  return pid;
}

// Waits for the child; on timeout kills its whole process group. Returns the wait status,
// or nullopt on timeout.
std::optional<int> WaitWithTimeout(pid_t pid, int timeout_seconds) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  int status = 0;
  for (;;) {
    pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid || (done < 0 && errno != EINTR)) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      return std::nullopt;
    }
    std::this_thread::sleep_for(kPollInterval);
  }
  kill(-pid, SIGKILL);  // helpers LibreOffice may have left behind in its group
  return status;
}

bool LooksEncrypted(std::string_view bytes) {
  // OOXML files with a password are OLE2 containers holding an "EncryptedPackage" stream.
  static constexpr std::string_view kEncryptedPackage{
      "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32};
  return bytes.find(kEncryptedPackage) != std::string_view::npos;
}

std::string Quote(std::string output) {
  while (!output.empty() && (output.back() == '\n' || output.back() == ' ')) output.pop_back();
  if (output.size() > kQuotedOutputBytes)
    output = "…" + output.substr(output.size() - kQuotedOutputBytes);
  return output.empty() ? "no output" : output;
}

}  // namespace

std::optional<std::string> FindLibreOffice() {
  const char* path_env = std::getenv("PATH");
  std::string_view search = path_env ? path_env : "/usr/bin:/bin";
  for (const char* name : {"soffice", "libreoffice"}) {
    size_t start = 0;
    while (start <= search.size()) {
      size_t end = search.find(':', start);
      if (end == std::string_view::npos) end = search.size();
      fs::path candidate = fs::path(std::string(search.substr(start, end - start))) / name;
      if (end > start && access(candidate.c_str(), X_OK) == 0) return candidate.string();
      start = end + 1;
    }
  }
  return std::nullopt;
}

std::string ConvertDocToDocx(std::string_view doc_bytes, const std::string& path,
                             int timeout_seconds) {
  if (LooksEncrypted(doc_bytes)) {
    throw Error(ErrorKind::kEncrypted, path,
                "the document is password-protected; remove the password in Word and save again");
  }
  std::optional<std::string> program = FindLibreOffice();
  if (!program) throw Error(ErrorKind::kUnsupported, path, std::string(kInstallHint));

  TempDir work;
  fs::path input = work.path() / "input.doc";
  fs::path out_dir = work.path() / "out";
  fs::path log_file = work.path() / "soffice.log";
  fs::create_directory(out_dir);
  WriteFile(input, doc_bytes);
  std::vector<std::string> args = {
      "-env:UserInstallation=file://" + (work.path() / "profile").string(),
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "docx:MS Word 2007 XML",
      "--outdir",
      out_dir.string(),
      input.string()};
  pid_t pid = Spawn(*program, args, log_file, path);
  std::optional<int> status = WaitWithTimeout(pid, timeout_seconds);
  if (!status) {
    throw Error(ErrorKind::kLimit, path,
                "LibreOffice did not finish converting the .doc within " +
                    std::to_string(timeout_seconds) +
                    " s (ReadOptions::converter_timeout_seconds); it was stopped");
  }
  fs::path output = out_dir / "input.docx";
  std::error_code error;
  if (!fs::exists(output, error) || fs::file_size(output, error) == 0) {
    throw Error(ErrorKind::kDamaged, path,
                "LibreOffice could not convert this .doc (damaged, password-protected or not "
                "Word 97?): " +
                    Quote(ReadFile(log_file)));
  }
  return ReadFile(output);
}

}  // namespace nianbao::docx_internal
