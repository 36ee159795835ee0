// The stored form of a record's JSON text in a SQLite dataset (schema version 3): deflated by
// zlib (RFC 1950), about a sixth of the text. The text comes back byte for byte.
#pragma once

#include <string>
#include <string_view>

namespace nianbao::dataset {

std::string DeflateRecord(std::string_view json_text);

// Throws Error(kDamaged, `where`) for bytes that are no deflated record.
std::string InflateRecord(std::string_view stored, const std::string& where);

}  // namespace nianbao::dataset
