// Damaged and hostile DOCX packages end with a clear error, never a crash or a hang.
#include <catch2/catch.hpp>

#include "docx_test_support.hpp"

namespace nianbao {
namespace {

using Catch::Matchers::Contains;
using docx_test::ReadTestFile;

Error ReadError(const std::string& relative, const ReadOptions& options = {}) {
  try {
    ReadTestFile(relative, options);
  } catch (const Error& error) {
    return error;
  }
  FAIL("reading " << relative << " did not throw");
  throw;  // unreachable
}

TEST_CASE("a zip bomb is refused from its header before inflating", "[docx]") {
  Error error = ReadError("docx/bomb.docx");
  CHECK(error.kind() == ErrorKind::kLimit);
  CHECK_THAT(error.message(), Contains("word/document.xml") && Contains("zip bomb") &&
                                  Contains("max_compression_ratio"));
}

TEST_CASE("a zip bomb lying about its size is stopped while inflating", "[docx]") {
  Error error = ReadError("docx/bomb_lying_size.docx");
  CHECK(error.kind() == ErrorKind::kLimit);
  CHECK_THAT(error.message(), Contains("zip bomb"));
}

TEST_CASE("the inflated-size limit holds whatever the ratio", "[docx]") {
  ReadOptions options;
  options.max_inflated_bytes = 10000;
  options.max_compression_ratio = 1e9;
  Error error = ReadError("docx/bomb_lying_size.docx", options);
  CHECK(error.kind() == ErrorKind::kLimit);
  CHECK_THAT(error.message(), Contains("max_inflated_bytes"));
}

TEST_CASE("a truncated package is damaged", "[docx]") {
  Error error = ReadError("docx/truncated.docx");
  CHECK(error.kind() == ErrorKind::kDamaged);
  CHECK_THAT(error.message(), Contains("not a readable ZIP archive"));
}

TEST_CASE("a package without word/document.xml is damaged", "[docx]") {
  Error error = ReadError("docx/no_document.docx");
  CHECK(error.kind() == ErrorKind::kDamaged);
  CHECK_THAT(error.message(), Contains("word/document.xml is missing"));
}

TEST_CASE("a DTD with nested entities (billion laughs) is refused", "[docx]") {
  Error error = ReadError("docx/billion_laughs.docx");
  CHECK(error.kind() == ErrorKind::kDamaged);
  CHECK_THAT(error.message(), Contains("DTD") && Contains("entity"));
}

TEST_CASE("malformed XML names the part and line", "[docx]") {
  Error error = ReadError("docx/malformed_xml.docx");
  CHECK(error.kind() == ErrorKind::kDamaged);
  CHECK_THAT(error.message(), Contains("word/document.xml is not well-formed XML"));
  CHECK(error.location().line == 1);
}

TEST_CASE("nesting deeper than max_nesting_depth is a limit error", "[docx]") {
  ReadOptions options;
  options.max_nesting_depth = 3;
  Error error = ReadError("docx/nested.docx", options);
  CHECK(error.kind() == ErrorKind::kLimit);
  CHECK_THAT(error.message(), Contains("max_nesting_depth"));
}

}  // namespace
}  // namespace nianbao
