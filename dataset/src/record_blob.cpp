#include "record_blob.hpp"

#include <zlib.h>

#include <cmath>
#include <string_view>
#include <unordered_set>

#include "nianbao/error.hpp"
#include "nianbao/output.hpp"

namespace nianbao::dataset {
namespace {

// Level 6 (zlib's default): level 9 saves 1.5 % more for twice the time.
constexpr int kLevel = 6;
// A record's text is at most this many times its deflated size (JSON compresses ~6×; the
// bound keeps a damaged length from asking for gigabytes).
constexpr uLongf kMaxRatio = 1000;

// The members of a record that its long tables hold.
constexpr const char* kPartMembers[] = {"sections", "values", "checks"};

// The members kPartMembers as output::RecordToJson writes them for these rows.
Json PartsJson(const RecordParts& parts) {
  schema::Record record;
  for (const SectionRow& section : parts.sections) record.sections[section.key] = section.text;
  for (const ValueRow& value : parts.values) record.values.emplace_back(value.key, value.value);
  for (const CheckRow& check : parts.checks) {
    record.checks.push_back(
        schema::Check{check.rule, check.ok, check.lhs.value_or(NAN), check.rhs.value_or(NAN)});
  }
  return output::RecordToJson(record);
}

// Whether the tables hold `parts` as they are: a key twice among the values is one row there.
bool TablesHoldAsTheyAre(const RecordParts& parts) {
  std::unordered_set<std::string_view> keys;
  for (const ValueRow& value : parts.values) {
    if (!keys.insert(value.key).second) return false;
  }
  return true;
}

bool HasParts(const RecordParts& parts) {
  return !parts.sections.empty() || !parts.values.empty() || !parts.checks.empty();
}

// Fills the empty members of kPartMembers from `parts`; whether any was filled.
bool Restore(Json& record, const RecordParts& parts) {
  if (!record.is_object() || !HasParts(parts)) return false;
  const Json made = PartsJson(parts);
  bool restored = false;
  for (const char* member : kPartMembers) {
    auto found = record.find(member);
    if (found == record.end() || !found->empty() || made.at(member).empty()) continue;
    *found = made.at(member);
    restored = true;
  }
  return restored;
}

}  // namespace

// The stored text is the record's with these members emptied, and reading puts `made`'s in
// their places: the record comes back byte for byte when each member's text is `made`'s.
std::string StoredRecordJson(Json record, const RecordParts& parts) {
  if (!record.is_object() || !HasParts(parts) || !TablesHoldAsTheyAre(parts)) {
    return record.dump();
  }
  const Json made = PartsJson(parts);
  for (const char* member : kPartMembers) {
    auto found = record.find(member);
    if (found != record.end() && found->dump() != made.at(member).dump()) return record.dump();
  }
  for (const char* member : kPartMembers) {
    auto found = record.find(member);
    if (found != record.end()) found->clear();
  }
  return record.dump();
}

std::string RestoredRecordJson(const std::string& stored_text, const RecordParts& parts,
                               const std::string& where) {
  if (!HasParts(parts)) return stored_text;
  Json record = Json::parse(stored_text, nullptr, false);
  if (record.is_discarded()) {
    throw Error(ErrorKind::kDamaged, where, "a stored record is not JSON");
  }
  return Restore(record, parts) ? record.dump() : stored_text;
}

std::string DeflateRecord(std::string_view json_text) {
  uLongf size = compressBound(static_cast<uLong>(json_text.size()));
  std::string stored(size, '\0');
  int code = compress2(reinterpret_cast<Bytef*>(stored.data()), &size,
                       reinterpret_cast<const Bytef*>(json_text.data()),
                       static_cast<uLong>(json_text.size()), kLevel);
  if (code != Z_OK) {
    throw Error(ErrorKind::kInternal, "",
                "zlib could not deflate a record (code " + std::to_string(code) + ")");
  }
  stored.resize(size);
  return stored;
}

std::string InflateRecord(std::string_view stored, const std::string& where) {
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) {
    throw Error(ErrorKind::kInternal, where, "zlib could not start inflating a record");
  }
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(stored.data()));
  stream.avail_in = static_cast<uInt>(stored.size());
  std::string text;
  char buffer[1 << 16];
  int code = Z_OK;
  while (code == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    code = inflate(&stream, Z_NO_FLUSH);
    text.append(buffer, sizeof buffer - stream.avail_out);
    if (text.size() > stored.size() * kMaxRatio) code = Z_DATA_ERROR;
  }
  inflateEnd(&stream);
  if (code != Z_STREAM_END) {
    throw Error(ErrorKind::kDamaged, where,
                "a stored record is damaged (zlib: " +
                    std::string(code == Z_BUF_ERROR ? "truncated" : "invalid data") + ")");
  }
  return text;
}

}  // namespace nianbao::dataset
