#include "fault_injection.hpp"

#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <vector>

namespace nianbao::dataset {
namespace {

void Crash() {
  std::signal(SIGSEGV, SIG_DFL);
  std::raise(SIGSEGV);
  std::abort();
}

void Hang() {
  while (true) pause();
}

// Allocates and touches memory until the allocation fails (RLIMIT_AS), then lets the
// std::bad_alloc escape to the document's error handling.
void ExhaustMemory() {
  constexpr size_t kBlock = 64u << 20;
  std::vector<std::unique_ptr<char[]>> blocks;
  while (true) {
    auto block = std::make_unique_for_overwrite<char[]>(kBlock);
    for (size_t at = 0; at < kBlock; at += 4096) block[at] = 1;
    blocks.push_back(std::move(block));
  }
}

}  // namespace

void InjectFaults(const std::string& path) {
  const char* setting = std::getenv(kFaultInjectVariable);
  if (setting == nullptr) return;
  std::istringstream items(setting);
  std::string item;
  while (std::getline(items, item, ',')) {
    size_t colon = item.find(':');
    if (colon == std::string::npos) continue;
    std::string kind = item.substr(0, colon);
    std::string argument = item.substr(colon + 1);
    if (kind == "slow") {
      usleep(static_cast<useconds_t>(std::atoi(argument.c_str())) * 1000);
      continue;
    }
    if (argument.empty() || path.find(argument) == std::string::npos) continue;
    if (kind == "crash") Crash();
    if (kind == "hang") Hang();
    if (kind == "oom") ExhaustMemory();
  }
}

}  // namespace nianbao::dataset
