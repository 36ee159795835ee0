// Each readable DOCX of tests/data/docx against its expected document model, kept beside it
// as <name>.expected.json (the `nianbao dump` JSON without path and digest).
// NIANBAO_UPDATE_EXPECTED=1 rewrites the expected files; a test then fails so the flag
// cannot be left on by accident.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "docx_test_support.hpp"
#include "nianbao/output.hpp"

namespace nianbao {
namespace {

bool UpdatingExpected() {
  const char* flag = std::getenv("NIANBAO_UPDATE_EXPECTED");
  return flag && std::string(flag) == "1";
}

output::Json ModelJson(const std::string& name) {
  output::Json json = output::DocumentToJson(docx_test::ReadTestFile("docx/" + name + ".docx"));
  json["source"].erase("path");
  json["source"].erase("sha256");  // the generator stamps the time into each file
  return json;
}

TEST_CASE("every readable test DOCX matches its expected model", "[docx]") {
  auto name = GENERATE(as<std::string>{}, "spans", "nested", "runs", "fields", "revisions",
                       "numbering", "textbox", "long_table", "report");
  const std::string expected_path =
      std::string(NIANBAO_TEST_DATA) + "/docx/" + name + ".expected.json";
  output::Json actual = ModelJson(name);
  if (UpdatingExpected()) {
    std::ofstream(expected_path) << actual.dump(1) << '\n';
    WARN("rewrote " << expected_path);
    return;
  }
  std::ifstream stream(expected_path);
  REQUIRE(stream.good());
  std::stringstream text;
  text << stream.rdbuf();
  INFO(name);
  CHECK(actual.dump(1) == output::Json::parse(text.str()).dump(1));
}

TEST_CASE("NIANBAO_UPDATE_EXPECTED is off", "[docx]") {
  CHECK_FALSE(UpdatingExpected());
}

}  // namespace
}  // namespace nianbao
