#include "worker_pool.hpp"

#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

#include "nianbao/sanitizer.hpp"

namespace nianbao::dataset {
namespace {

using Clock = std::chrono::steady_clock;

bool WriteAll(int fd, const char* data, size_t size) {
  while (size > 0) {
    ssize_t sent = send(fd, data, size, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    data += sent;
    size -= static_cast<size_t>(sent);
  }
  return true;
}

bool ReadAll(int fd, char* data, size_t size) {
  while (size > 0) {
    ssize_t got = read(fd, data, size);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    data += got;
    size -= static_cast<size_t>(got);
  }
  return true;
}

bool WriteFrame(int fd, std::string_view payload) {
  std::uint64_t size = payload.size();
  return WriteAll(fd, reinterpret_cast<const char*>(&size), sizeof size) &&
         WriteAll(fd, payload.data(), payload.size());
}

bool ReadFrame(int fd, std::string& payload) {
  std::uint64_t size = 0;
  if (!ReadAll(fd, reinterpret_cast<char*>(&size), sizeof size)) return false;
  payload.resize(size);
  return ReadAll(fd, payload.data(), size);
}

// The worker keeps only its own socket and the standard streams.
void CloseOtherDescriptors(int keep) {
  if (keep > 3) close_range(3, static_cast<unsigned>(keep - 1), 0);
  close_range(static_cast<unsigned>(keep + 1), ~0u, 0);
}

[[noreturn]] void WorkerMain(int socket_fd, pid_t parent, const WorkerLimits& limits,
                             const ProcessFn& process) {
  prctl(PR_SET_PDEATHSIG, SIGKILL);  // the parent's death (even kill -9) ends the worker
  if (getppid() != parent) _exit(0);
  CloseOtherDescriptors(socket_fd);
  std::signal(SIGINT, SIG_IGN);  // Ctrl-C stops the parent; workers follow through PDEATHSIG
  if (limits.memory_bytes > 0 && !kAddressSanitizer) {  // see nianbao/sanitizer.hpp
    rlimit limit{limits.memory_bytes, limits.memory_bytes};
    setrlimit(RLIMIT_AS, &limit);
  }
  int done = 0;
  Job job;
  while (ReadFrame(socket_fd, job.path) && ReadFrame(socket_fd, job.sha256) &&
         ReadFrame(socket_fd, job.format) && ReadFrame(socket_fd, job.source_fields) &&
         ReadFrame(socket_fd, job.bytes)) {
    std::string result = process(job);
    if (!WriteFrame(socket_fd, result)) break;
    if (limits.documents_per_worker > 0 && ++done >= limits.documents_per_worker) break;
  }
  _exit(0);
}

std::string DescribeWaitStatus(int status) {
  if (WIFSIGNALED(status)) {
    int signal_number = WTERMSIG(status);
    return "was killed by signal " + std::to_string(signal_number) + " (" +
           strsignal(signal_number) + ")";
  }
  if (WIFEXITED(status)) return "exited with code " + std::to_string(WEXITSTATUS(status));
  return "ended (wait status " + std::to_string(status) + ")";
}

std::chrono::milliseconds Since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

}  // namespace

FileDescriptor& FileDescriptor::operator=(FileDescriptor&& other) noexcept {
  if (this != &other) {
    Close();
    fd_ = other.Release();
  }
  return *this;
}

int FileDescriptor::Release() {
  int fd = fd_;
  fd_ = -1;
  return fd;
}

void FileDescriptor::Close() {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
}

WorkerPool::WorkerPool(int size, WorkerLimits limits, ProcessFn process)
    : size_(std::max(1, size)), limits_(limits), process_(std::move(process)) {}

WorkerPool::~WorkerPool() {
  Shutdown();
}

WorkerPool::Worker WorkerPool::Spawn() {
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
    throw Error(ErrorKind::kInternal, "",
                std::string("cannot make a worker socket: ") + std::strerror(errno));
  }
  FileDescriptor parent_end(fds[0]);
  FileDescriptor child_end(fds[1]);
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    throw Error(ErrorKind::kInternal, "",
                std::string("cannot start a worker process: ") + std::strerror(errno));
  }
  if (pid == 0) WorkerMain(child_end.get(), parent, limits_, process_);
  Worker worker;
  worker.pid = pid;
  worker.socket = std::move(parent_end);
  return worker;
}

std::string WorkerPool::Reap(Worker& worker, bool kill_first) {
  if (worker.pid <= 0) return "was already gone";
  if (kill_first) kill(worker.pid, SIGKILL);
  worker.socket.Close();
  int status = 0;
  while (waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {
  }
  worker.pid = -1;
  return DescribeWaitStatus(status);
}

bool WorkerPool::HasIdleSlot() const {
  return BusyCount() < size_;
}

int WorkerPool::BusyCount() const {
  return static_cast<int>(std::count_if(workers_.begin(), workers_.end(),
                                        [](const Worker& worker) { return worker.job_id; }));
}

void WorkerPool::Submit(Job job) {
  constexpr int kAttempts = 2;
  for (int attempt = 0; attempt < kAttempts; ++attempt) {
    auto idle = std::find_if(workers_.begin(), workers_.end(),
                             [](const Worker& worker) { return !worker.job_id; });
    if (idle == workers_.end()) {
      workers_.push_back(Spawn());
      idle = std::prev(workers_.end());
    }
    const int socket = idle->socket.get();
    if (WriteFrame(socket, job.path) && WriteFrame(socket, job.sha256) &&
        WriteFrame(socket, job.format) && WriteFrame(socket, job.source_fields) &&
        WriteFrame(socket, job.bytes)) {
      idle->job_id = job.id;
      idle->started = Clock::now();
      return;
    }
    Reap(*idle, true);  // it died while idle (e.g. after its last document): replace it
    workers_.erase(idle);
  }
  throw Error(ErrorKind::kInternal, job.path, "cannot hand the document to a worker process");
}

void WorkerPool::DrainFinished(std::vector<JobOutcome>& outcomes, size_t worker_idx) {
  Worker& worker = workers_[worker_idx];
  std::string result;
  bool got = ReadFrame(worker.socket.get(), result);
  if (!worker.job_id) {  // an idle worker ended (documents_per_worker) or wrote out of turn
    Reap(worker, !got);
    return;
  }
  JobOutcome outcome;
  outcome.id = *worker.job_id;
  outcome.duration = Since(worker.started);
  worker.job_id.reset();
  if (got) {
    outcome.result = std::move(result);
    ++worker.documents;
    bool quota_reached =
        limits_.documents_per_worker > 0 && worker.documents >= limits_.documents_per_worker;
    if (quota_reached) Reap(worker, false);  // it exits by itself; never hand it another job
  } else {
    std::string how = Reap(worker, false);
    outcome.failure_kind = ErrorKind::kInternal;
    outcome.failure = "the worker process " + how +
                      " while reading this document (a crash in a reader or library); the "
                      "rest of the run went on";
  }
  outcomes.push_back(std::move(outcome));
}

std::vector<JobOutcome> WorkerPool::Collect(std::chrono::milliseconds timeout) {
  std::vector<JobOutcome> outcomes;
  Clock::time_point now = Clock::now();
  auto wait = timeout;
  for (const Worker& worker : workers_) {
    if (!worker.job_id) continue;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(worker.started +
                                                                      limits_.time_limit - now);
    wait = std::clamp(left, std::chrono::milliseconds(0), wait);
  }
  std::vector<pollfd> polls;
  for (const Worker& worker : workers_) polls.push_back({worker.socket.get(), POLLIN, 0});
  int ready = poll(polls.data(), polls.size(), static_cast<int>(wait.count()));
  if (ready > 0) {
    for (size_t worker_idx = 0; worker_idx < polls.size(); ++worker_idx) {
      if (polls[worker_idx].revents != 0) DrainFinished(outcomes, worker_idx);
    }
  }
  for (Worker& worker : workers_) {
    if (!worker.job_id || Clock::now() - worker.started < limits_.time_limit) continue;
    JobOutcome outcome;
    outcome.id = *worker.job_id;
    outcome.duration = Since(worker.started);
    outcome.failure_kind = ErrorKind::kLimit;
    outcome.failure = "reading took longer than the time limit of " +
                      std::to_string(limits_.time_limit.count()) +
                      " s; the worker was killed (raise the limit with --time-limit)";
    worker.job_id.reset();
    Reap(worker, true);
    outcomes.push_back(std::move(outcome));
  }
  std::erase_if(workers_, [](const Worker& worker) { return worker.pid <= 0; });
  return outcomes;
}

void WorkerPool::Shutdown() {
  for (Worker& worker : workers_) worker.socket.Close();  // idle workers see EOF and exit
  for (Worker& worker : workers_) Reap(worker, worker.job_id.has_value());
  workers_.clear();
}

long WorkerPool::PeakWorkerRssKib() const {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss;
}

}  // namespace nianbao::dataset
