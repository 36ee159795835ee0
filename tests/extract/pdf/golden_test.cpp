// Whole documents against their expected JSON (tests/data/pdf/<name>.expected.json, the
// document model as `nianbao dump` prints it). NIANBAO_UPDATE_GOLDEN=1 rewrites the
// expected files from the current reader; the test then fails so the flag is not left on.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "nianbao/extract.hpp"
#include "nianbao/output.hpp"

namespace nianbao {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

bool UpdatingGolden() {
  const char* flag = std::getenv("NIANBAO_UPDATE_GOLDEN");
  return flag != nullptr && std::string(flag) == "1";
}

}  // namespace

TEST_CASE("documents match their expected JSON", "[pdf]") {
  const std::string folder = std::string(NIANBAO_TEST_DATA) + "/pdf/";
  for (const char* name :
       {"merged_cells", "long_table", "no_rulings", "rotated", "scanned", "garbled"}) {
    SECTION(name) {
      const std::string pdf = ReadFile(folder + name + ".pdf");
      REQUIRE(!pdf.empty());
      const std::string actual =
          output::DocumentToJson(ReadDocument(pdf, std::string(name) + ".pdf")).dump(1) + "\n";
      const std::string expected_path = folder + name + ".expected.json";
      if (UpdatingGolden()) {
        std::ofstream(expected_path, std::ios::binary | std::ios::trunc) << actual;
        FAIL("rewrote " << expected_path << "; unset NIANBAO_UPDATE_GOLDEN and run again");
      }
      CHECK(actual == ReadFile(expected_path));
    }
  }
}

}  // namespace nianbao
