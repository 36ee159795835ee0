// TEST-ONLY fault injection, read by worker processes only, so tests can show that a
// document which crashes, hangs or exhausts memory is contained. Never set it in production.
//
//   NIANBAO_FAULT_INJECT="crash:<substring>,hang:<substring>,oom:<substring>,slow:<ms>"
//
// crash: the worker dies with SIGSEGV on a document whose path contains <substring>;
// hang: it sleeps forever; oom: it allocates until the memory limit stops it (std::bad_alloc);
// slow: it sleeps <ms> milliseconds before every document.
#pragma once

#include <string>

namespace nianbao::dataset {

constexpr const char* kFaultInjectVariable = "NIANBAO_FAULT_INJECT";

// Applies the faults of the environment variable to the document at `path`.
void InjectFaults(const std::string& path);

}  // namespace nianbao::dataset
