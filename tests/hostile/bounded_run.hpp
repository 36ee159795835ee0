// Runs a piece of work in a child process under hard limits, so a test can prove that a
// hostile input is handled within bounded time and memory (and that a crash or a hang
// fails the test instead of taking the test runner down).
#pragma once

#include <functional>
#include <string>

namespace nianbao::testing {

struct BoundedLimits {
  unsigned long long address_space_bytes = 1ull << 30;  // RLIMIT_AS of the child
  int cpu_seconds = 10;                                 // RLIMIT_CPU of the child
  int wall_seconds = 60;  // then the child is killed: a hang that does not use the CPU
};

struct BoundedOutcome {
  bool completed = false;  // the work returned; `report` is what it returned
  std::string report;      // or, when not completed, why (signal, limit, exception)
};

// Forks; the child sets the limits, runs `work` and sends its report back through a pipe.
// std::bad_alloc in the child counts as going over the memory limit.
BoundedOutcome RunBounded(const std::function<std::string()>& work,
                          const BoundedLimits& limits = {});

}  // namespace nianbao::testing
