#include <catch2/catch.hpp>

#include "nianbao/counted.hpp"

using nianbao::Counted;
using nianbao::Noun;

TEST_CASE("one of a thing is singular, none and many are plural", "[core]") {
  CHECK(Counted(1, "document") == "1 document");
  CHECK(Counted(0, "document") == "0 documents");
  CHECK(Counted(12, "document") == "12 documents");
  CHECK(Counted(-1, "document") == "-1 documents");
}

TEST_CASE("a noun not made plural by an s is given both ways", "[core]") {
  CHECK(Counted(1, "agency", "agencies") == "1 agency");
  CHECK(Counted(2, "agency", "agencies") == "2 agencies");
  CHECK(Noun(1, "body that is no report", "bodies that are no report") == "body that is no report");
  CHECK(Noun(3, "failed check") == "failed checks");
}
