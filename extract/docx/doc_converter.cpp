#include "doc_converter.hpp"

#include <signal.h>
#include <sys/prctl.h>
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

void KillOwnGroup(int /*signal*/) {
  killpg(0, SIGKILL);  // async-signal-safe; takes the guardian itself too
}

// The guardian: leads a new process group, in which LibreOffice and every helper it starts
// run, and dies with the process that started it (PR_SET_PDEATHSIG), killing that whole
// group. So a batch worker killed for its time limit leaves no LibreOffice behind. Only
// async-signal-safe calls from here on: the caller may have other threads.
[[noreturn]] void RunGuardian(pid_t starter, char* const* argv, const char* log_file) {
  setpgid(0, 0);
  struct sigaction on_starter_death = {};
  on_starter_death.sa_handler = KillOwnGroup;
  sigaction(SIGTERM, &on_starter_death, nullptr);
  sigset_t no_signals;
  sigemptyset(&no_signals);
  sigprocmask(SIG_SETMASK, &no_signals, nullptr);
  prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (getppid() != starter) KillOwnGroup(SIGTERM);  // the starter died before prctl
  const pid_t office = fork();
  if (office == 0) {
    const int input = open("/dev/null", O_RDONLY);
    const int output = open(log_file, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (input < 0 || output < 0) _exit(126);
    dup2(input, STDIN_FILENO);
    dup2(output, STDOUT_FILENO);
    dup2(output, STDERR_FILENO);
    execve(argv[0], argv, environ);  // exec resets the SIGTERM handler
    _exit(127);
  }
  int status = 0;
  while (office > 0 && waitpid(office, &status, 0) < 0 && errno == EINTR) {
  }
  if (office < 0 || !WIFEXITED(status)) _exit(125);
  _exit(WEXITSTATUS(status));
}

// Starts `program` under a guardian (above); returns the guardian's pid, which is also the
// process group of everything LibreOffice runs.
pid_t Spawn(const std::string& program, const std::vector<std::string>& args,
            const fs::path& log_file, const std::string& path) {
  std::vector<char*> argv;  // built before fork: no allocation in the child
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  const std::string log = log_file.string();
  const pid_t starter = getpid();
  const pid_t guardian = fork();
  if (guardian < 0) {
    throw Error(ErrorKind::kIo, path,
                "cannot start LibreOffice (" + program + "): " + std::strerror(errno));
  }
  if (guardian == 0) RunGuardian(starter, argv.data(), log.c_str());
  setpgid(guardian, guardian);  // also here, so a kill(-guardian) right away finds the group
  return guardian;
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
  if (WIFEXITED(*status) && WEXITSTATUS(*status) == 127) {
    throw Error(ErrorKind::kIo, path, "cannot start LibreOffice (" + *program + ")");
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
