// nianbao/counted.hpp: a count with its noun, as the program's messages print counts.
#pragma once

#include <string>
#include <string_view>

namespace nianbao {

// "1 document", "0 documents", "12 documents": the noun made plural by an s, or `plural` for
// a noun that is not ("agency", "agencies"; "body that is no report", "bodies that are no
// report").
std::string Counted(long long count, std::string_view singular, std::string_view plural = {});

// Only the noun, singular or plural as `count` wants it ("3/10 documents": the total's noun).
std::string Noun(long long count, std::string_view singular, std::string_view plural = {});

}  // namespace nianbao
