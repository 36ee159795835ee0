// Worker processes. Each worker is a fork of the parent that reads jobs (path, hash, format,
// source fields and bytes) from a socket, runs the process function on them and writes back its
// result text. The parent enforces a time limit per job (SIGKILL), each worker its own memory limit
// (RLIMIT_AS); a worker that dies or is killed is replaced and its job reported as failed, with the
// cause.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/error.hpp"

namespace nianbao::dataset {

struct WorkerLimits {
  std::chrono::seconds time_limit{120};
  std::uint64_t memory_bytes = 0;  // 0: no limit
  int documents_per_worker = 0;    // 0: a worker lives for the whole run
};

struct Job {
  std::uint64_t id = 0;
  std::string path;
  std::string sha256;         // hex, as the parent computed it (the worker does not hash again)
  std::string format;         // FormatName when the parent detected it already (WARC), else ""
  std::string source_fields;  // the crawl's fields for the record's source (JSON), "" for none
  std::string bytes;
};

// Runs in the worker process: a job in, result text out. Must not throw.
using ProcessFn = std::function<std::string(const Job& job)>;

struct JobOutcome {
  std::uint64_t id = 0;
  std::optional<std::string> result;  // the worker's result, or nullopt with the failure
  ErrorKind failure_kind = ErrorKind::kInternal;
  std::string failure;
  std::chrono::milliseconds duration{0};
};

class FileDescriptor {
 public:
  FileDescriptor() = default;
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(FileDescriptor&& other) noexcept : fd_(other.Release()) {}
  FileDescriptor& operator=(FileDescriptor&& other) noexcept;
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() { Close(); }
  int get() const { return fd_; }
  int Release();
  void Close();

 private:
  int fd_ = -1;
};

class WorkerPool {
 public:
  WorkerPool(int size, WorkerLimits limits, ProcessFn process);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  bool HasIdleSlot() const;
  int BusyCount() const;
  // Sends the job to an idle worker (starting one if needed). Requires HasIdleSlot().
  void Submit(Job job);
  // Waits up to `timeout` for results, killing workers over the time limit.
  std::vector<JobOutcome> Collect(std::chrono::milliseconds timeout);
  // Ends every worker and waits for them.
  void Shutdown();
  // The largest resident set of any ended worker, in KiB (getrusage RUSAGE_CHILDREN).
  long PeakWorkerRssKib() const;

 private:
  struct Worker {
    pid_t pid = -1;
    FileDescriptor socket;
    std::optional<std::uint64_t> job_id;
    std::chrono::steady_clock::time_point started;
    int documents = 0;  // finished; at limits_.documents_per_worker the worker exits
  };

  Worker Spawn();
  std::string Reap(Worker& worker, bool kill_first);
  void DrainFinished(std::vector<JobOutcome>& outcomes, size_t worker_idx);

  int size_;
  WorkerLimits limits_;
  ProcessFn process_;
  std::vector<Worker> workers_;
};

}  // namespace nianbao::dataset
