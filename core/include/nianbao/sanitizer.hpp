// nianbao/sanitizer.hpp: whether this build runs under AddressSanitizer. ASan reserves
// terabytes of address space up front, so an address-space limit (RLIMIT_AS) cannot bound a
// process's memory there: the workers of `nianbao run` and the tests' bounded children leave
// it out in such a build.
#pragma once

namespace nianbao {

#if defined(__SANITIZE_ADDRESS__)  // GCC
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)  // clang
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

}  // namespace nianbao
