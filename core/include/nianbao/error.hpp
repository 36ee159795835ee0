// nianbao/error.hpp: the one error type every stage throws for failures that end the work
// on a document, and the Diagnostic value for problems that do not.
//
// In: nothing. Out: Error (exception), Location, Diagnostic.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace nianbao {

enum class ErrorKind {
  kIo,           // cannot read the file (missing, directory, permission)
  kUnsupported,  // not a format nianbao reads (image, spreadsheet, empty file)
  kEncrypted,    // password-protected document
  kDamaged,      // truncated or corrupt content
  kLimit,        // a safety limit was hit (size, depth, zip ratio, time)
  kInternal,     // a bug in nianbao
};

const char* ErrorKindName(ErrorKind kind);

// Where in a document something happened. Every field is optional; ToString() names
// only what is known ("page 3, table 1, row 4, col 2").
struct Location {
  std::optional<int> page;          // 1-based
  std::optional<long long> offset;  // byte offset in the file
  std::optional<int> line;          // 1-based line (XML, HTML, text)
  std::optional<int> table;         // 0-based table index in the document
  std::optional<int> row;           // 0-based grid row
  std::optional<int> col;           // 0-based grid column

  std::string ToString() const;
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string path, std::string message, Location location = {});

  ErrorKind kind() const { return kind_; }
  const std::string& path() const { return path_; }
  const std::string& message() const { return message_; }
  const Location& location() const { return location_; }

 private:
  ErrorKind kind_;
  std::string path_;
  std::string message_;
  Location location_;
};

enum class Severity { kInfo, kWarning, kError };

// An expected problem that does not stop the work: kept on the result.
struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string code;     // short stable identifier, e.g. "html.bad_rowspan"
  std::string message;  // human sentence: what and, where useful, what to do
  Location location;
};

}  // namespace nianbao
