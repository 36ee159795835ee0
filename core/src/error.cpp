#include "nianbao/error.hpp"

namespace nianbao {

const char* ErrorKindName(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kIo:
      return "io";
    case ErrorKind::kUnsupported:
      return "unsupported";
    case ErrorKind::kEncrypted:
      return "encrypted";
    case ErrorKind::kDamaged:
      return "damaged";
    case ErrorKind::kLimit:
      return "limit";
    case ErrorKind::kInternal:
      return "internal";
  }
  return "internal";
}

std::string Location::ToString() const {
  std::string out;
  auto add = [&out](const char* name, long long value) {
    if (!out.empty()) out += ", ";
    out += name;
    out += ' ';
    out += std::to_string(value);
  };
  if (page) add("page", *page);
  if (line) add("line", *line);
  if (offset) add("byte", *offset);
  if (table) add("table", *table);
  if (row) add("row", *row);
  if (col) add("col", *col);
  return out;
}

namespace {
std::string Compose(ErrorKind kind, const std::string& path, const std::string& message,
                    const Location& location) {
  std::string where = location.ToString();
  std::string text = path.empty() ? std::string() : path + ": ";
  if (!where.empty()) text += "(" + where + ") ";
  text += ErrorKindName(kind);
  text += ": ";
  text += message;
  return text;
}
}  // namespace

Error::Error(ErrorKind kind, std::string path, std::string message, Location location)
    : std::runtime_error(Compose(kind, path, message, location)),
      kind_(kind),
      path_(std::move(path)),
      message_(std::move(message)),
      location_(location) {}

}  // namespace nianbao
