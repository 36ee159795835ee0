#include <catch2/catch.hpp>

#include "nianbao/error.hpp"

using nianbao::Error;
using nianbao::ErrorKind;

TEST_CASE("an error names the file, the place and the cause", "[core]") {
  Error error(ErrorKind::kDamaged, "in/a.pdf", "xref table is broken", {.page = 3, .table = 1});
  CHECK(std::string(error.what()) == "in/a.pdf: (page 3, table 1) damaged: xref table is broken");
  CHECK(error.kind() == ErrorKind::kDamaged);
  CHECK(error.path() == "in/a.pdf");
}

TEST_CASE("an error without a place leaves the place out", "[core]") {
  Error error(ErrorKind::kIo, "x.html", "no such file");
  CHECK(std::string(error.what()) == "x.html: io: no such file");
}
