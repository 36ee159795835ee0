#include "bounded_run.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <exception>
#include <new>

#include "nianbao/sanitizer.hpp"

namespace nianbao::testing {
namespace {

// Under AddressSanitizer the memory limit cannot be an address-space limit, and is left out.
constexpr bool kAddressSpaceLimitWorks = !kAddressSanitizer;

constexpr int kExitBadAlloc = 70;
constexpr int kExitException = 71;

void WriteAll(int fd, const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    ssize_t wrote = write(fd, text.data() + done, text.size() - done);
    if (wrote <= 0) return;
    done += static_cast<size_t>(wrote);
  }
}

[[noreturn]] void RunChild(int fd, const std::function<std::string()>& work,
                           const BoundedLimits& limits) {
  rlimit memory{limits.address_space_bytes, limits.address_space_bytes};
  rlimit cpu{static_cast<rlim_t>(limits.cpu_seconds), static_cast<rlim_t>(limits.cpu_seconds)};
  if (kAddressSpaceLimitWorks) setrlimit(RLIMIT_AS, &memory);
  setrlimit(RLIMIT_CPU, &cpu);
  int code = 0;
  try {
    WriteAll(fd, work());
  } catch (const std::bad_alloc&) {
    code = kExitBadAlloc;
  } catch (const std::exception& error) {
    WriteAll(fd, error.what());
    code = kExitException;
  }
  close(fd);
  _exit(code);
}

// Reads the child's report until it closes the pipe or the wall-clock limit passes.
bool ReadReport(int fd, int wall_seconds, std::string& report) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(wall_seconds);
  char buffer[4096];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd waiting{fd, POLLIN, 0};
    if (poll(&waiting, 1, static_cast<int>(left.count())) <= 0) continue;
    ssize_t got = read(fd, buffer, sizeof buffer);
    if (got <= 0) return true;
    report.append(buffer, static_cast<size_t>(got));
  }
}

std::string DescribeStatus(int status) {
  if (WIFSIGNALED(status)) {
    const int signal_number = WTERMSIG(status);
    if (signal_number == SIGXCPU) return "went over the CPU time limit";
    return std::string("died of signal ") + strsignal(signal_number);
  }
  switch (WEXITSTATUS(status)) {
    case kExitBadAlloc:
      return "went over the memory limit (std::bad_alloc)";
    case kExitException:
      return "threw an unexpected exception: ";
    default:
      return "exited with status " + std::to_string(WEXITSTATUS(status));
  }
}

}  // namespace

BoundedOutcome RunBounded(const std::function<std::string()>& work, const BoundedLimits& limits) {
  int fds[2];
  if (pipe(fds) != 0) return {false, "pipe() failed"};
  const pid_t child = fork();
  if (child < 0) return {false, "fork() failed"};
  if (child == 0) {
    close(fds[0]);
    RunChild(fds[1], work, limits);
  }
  close(fds[1]);
  BoundedOutcome outcome;
  const bool finished = ReadReport(fds[0], limits.wall_seconds, outcome.report);
  close(fds[0]);
  if (!finished) kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  if (!finished) return {false, "still running after the wall-clock limit (a hang)"};
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    outcome.completed = true;
    return outcome;
  }
  outcome.report = DescribeStatus(status) + outcome.report;
  return outcome;
}

}  // namespace nianbao::testing
