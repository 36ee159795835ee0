#include "postgres_server.hpp"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "postgres.hpp"

namespace fs = std::filesystem;

namespace nianbao::dataset::testing {
namespace {

constexpr const char* kSuperuser = "nianbao";
constexpr const char* kUnprivilegedUser = "nobody";

bool HasServer(const fs::path& bindir) {
  return fs::exists(bindir / "initdb") && fs::exists(bindir / "pg_ctl") &&
         fs::exists(bindir / "postgres");
}

std::string ReadText(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs a program (as `user` when given: we are root), output appended to `log`; its exit code.
int Run(const std::vector<std::string>& arguments, const fs::path& log, const passwd* user) {
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    int out = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (out >= 0) {
      dup2(out, STDOUT_FILENO);
      dup2(out, STDERR_FILENO);
    }
    if (user != nullptr &&
        (setgroups(0, nullptr) != 0 || setgid(user->pw_gid) != 0 || setuid(user->pw_uid) != 0)) {
      _exit(126);
    }
    setenv("LC_ALL", "C", 1);
    std::vector<char*> argv;
    std::vector<std::string> copies = arguments;
    for (std::string& argument : copies) argv.push_back(argument.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

const passwd* ServerUser() {
  if (geteuid() != 0) return nullptr;
  const passwd* user = getpwnam(kUnprivilegedUser);
  if (user == nullptr) {
    throw std::runtime_error("running as root and there is no user `nobody` to run PostgreSQL as");
  }
  return user;
}

}  // namespace

std::string PostgresServer::FindBinaries() {
  if (const char* configured = std::getenv("NIANBAO_PG_BINDIR")) {
    return HasServer(configured) ? configured : "";
  }
  std::vector<std::pair<int, fs::path>> found;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", error)) {
    fs::path bindir = entry.path() / "bin";
    int version = std::atoi(entry.path().filename().c_str());
    if (version > 0 && HasServer(bindir)) found.emplace_back(version, bindir);
  }
  if (found.empty()) return "";
  return std::max_element(found.begin(), found.end())->second.string();
}

std::string PostgresServer::WhyItCannotRun(const std::string& bindir) {
  const passwd* user = ServerUser();
  if (user == nullptr) return "";
  char log_pattern[] = "/tmp/nianbao-pg-probe.XXXXXX";
  const int log_fd = mkstemp(log_pattern);
  if (log_fd < 0) return "cannot make a file in /tmp";
  close(log_fd);
  const int code = Run({bindir + "/pg_ctl", "--version"}, log_pattern, user);
  const std::string output = ReadText(log_pattern);
  fs::remove(log_pattern);
  if (code == 0) return "";
  return std::string("as root the PostgreSQL server must run as `") + kUnprivilegedUser +
         "`, who cannot run " + bindir + "/pg_ctl (is a folder on the way, such as /, not " +
         "searchable by others?)" + (output.empty() ? "" : ": " + output);
}

PostgresServer::PostgresServer(const std::string& bindir) : bindir_(bindir) {
  // As root the server runs as `nobody`, who must reach the folder: TMPDIR may be private.
  fs::path parent = geteuid() == 0 ? fs::path("/tmp") : fs::temp_directory_path();
  std::string pattern = (parent / "nianbao-pg.XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  folder_ = pattern;
  const passwd* user = ServerUser();
  if (user != nullptr && chown(folder_.c_str(), user->pw_uid, user->pw_gid) != 0) {
    throw std::runtime_error("cannot give " + folder_.string() + " to " + kUnprivilegedUser);
  }

  // The watcher: waits for the end of the pipe (this object's destructor, or this process's
  // death), then stops the server and removes the folder.
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe2 failed");
  watcher_ = fork();
  if (watcher_ == 0) {
    close(fds[1]);
    char byte;
    while (read(fds[0], &byte, 1) > 0) {
    }
    Run({bindir_ + "/pg_ctl", "stop", "-D", (folder_ / "data").string(), "-m", "immediate", "-w"},
        folder_ / "ctl.log", user);
    std::error_code ignored;
    fs::remove_all(folder_, ignored);
    _exit(0);
  }
  close(fds[0]);
  watcher_pipe_ = fds[1];
  try {
    Start();
  } catch (...) {
    close(watcher_pipe_);
    waitpid(watcher_, nullptr, 0);
    throw;
  }
}

void PostgresServer::Start() {
  const passwd* user = ServerUser();
  const fs::path log = folder_ / "ctl.log";
  if (Run({bindir_ + "/initdb", "-D", (folder_ / "data").string(), "-U", kSuperuser, "--auth=trust",
           "-E", "UTF8", "--locale=C", "--no-sync"},
          log, user) != 0) {
    throw std::runtime_error("initdb failed:\n" + ReadText(log));
  }
  std::string options = "-k " + folder_.string() + " -c listen_addresses='' -F";
  if (Run({bindir_ + "/pg_ctl", "start", "-D", (folder_ / "data").string(), "-l",
           (folder_ / "server.log").string(), "-w", "-t", "60", "-o", options},
          log, user) != 0) {
    throw std::runtime_error("pg_ctl start failed:\n" + ReadText(log) +
                             ReadText(folder_ / "server.log"));
  }
}

PostgresServer::~PostgresServer() {
  if (watcher_pipe_ >= 0) close(watcher_pipe_);
  if (watcher_ > 0) waitpid(watcher_, nullptr, 0);
}

void PostgresServer::Stop() {
  Run({bindir_ + "/pg_ctl", "stop", "-D", (folder_ / "data").string(), "-m", "fast", "-w"},
      folder_ / "ctl.log", ServerUser());
}

std::string PostgresServer::ConnectionString(const std::string& database) const {
  return "host=" + folder_.string() + " user=" + kSuperuser + " dbname=" + database;
}

std::string PostgresServer::Uri(const std::string& database) const {
  return "postgresql:///" + database + "?host=" + folder_.string() + "&user=" + kSuperuser;
}

std::string PostgresServer::NewDatabase(const std::string& name) {
  PgConnection server(ConnectionString("postgres"));
  server.Execute("CREATE DATABASE " + name);
  return ConnectionString(name);
}

}  // namespace nianbao::dataset::testing
