// Every input a fuzz target once failed on (tests/data/regressions/<target>/), replayed the
// way that target runs it, with the same promises checked (fuzz/fuzz_checks.hpp).
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "fuzz_checks.hpp"
#include "nianbao/extract.hpp"

namespace {

namespace fs = std::filesystem;

// The reader targets: fuzz_read_document detects, the others force their format.
const std::map<std::string, std::optional<nianbao::Format>> kReaderTargets = {
    {"fuzz_read_document", std::nullopt},  {"fuzz_html", nianbao::Format::kHtml},
    {"fuzz_docx", nianbao::Format::kDocx}, {"fuzz_pdf", nianbao::Format::kPdf},
    {"fuzz_text", nianbao::Format::kTxt},
};

void Replay(const std::string& target, const std::string& bytes) {
  nianbao::ReadOptions options;
  options.max_pages = 50;
  options.force_format = kReaderTargets.at(target);
  try {
    const nianbao::Document document = nianbao::ReadDocument(bytes, "regression", options);
    const char* broken = nianbao::fuzz::BrokenPromise(document);
    INFO((broken ? broken : ""));
    CHECK(broken == nullptr);
  } catch (const nianbao::Error& error) {
    CHECK_FALSE(error.message().empty());  // a clear error is a fine answer
  }
}

}  // namespace

TEST_CASE("inputs the reader fuzz targets failed on are read or refused cleanly", "[fuzz]") {
  int replayed = 0;
  for (const auto& folder :
       fs::directory_iterator(std::string(NIANBAO_TEST_DATA) + "/regressions")) {
    if (!folder.is_directory()) continue;
    const std::string target = folder.path().filename().string();
    REQUIRE(kReaderTargets.count(target) ==
            1);  // a finding of another target needs its replay here
    for (const auto& file : fs::directory_iterator(folder.path())) {
      DYNAMIC_SECTION(target << "/" << file.path().filename().string()) {
        Replay(target, nianbao::ReadFileBytes(file.path()));
      }
      ++replayed;
    }
  }
  CHECK(replayed > 0);
}
