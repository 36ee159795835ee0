// Every synthetic report in tests/data/reports (and our reports printed by a browser, in
// tests/data/web_pdf) against its truth file: exact values, no extra keys,
// title/agency/year/template, and exactly the failing rules.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "schema_test_util.hpp"

namespace {

const std::filesystem::path kReports = std::filesystem::path(NIANBAO_TEST_DATA) / "reports";
const std::filesystem::path kWebPdfs = std::filesystem::path(NIANBAO_TEST_DATA) / "web_pdf";

std::vector<std::filesystem::path> ReportFiles(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void CheckAgainstTruth(const std::filesystem::path& file) {
  const std::filesystem::path truth_path =
      file.parent_path() / "truth" / (file.stem().string() + ".truth.json");
  INFO(file.filename().string());
  REQUIRE(std::filesystem::exists(truth_path));
  std::ifstream stream(truth_path);
  const nlohmann::json truth = nlohmann::json::parse(stream);
  nianbao::schema::Record record = schema_test::MapDocument(nianbao::ReadDocumentFile(file));
  CHECK(record.title == truth.at("title").get<std::string>());
  CHECK(record.agency == truth.at("agency").get<std::string>());
  CHECK(record.year == truth.at("year").get<int>());
  CHECK(record.template_id == truth.at("template").get<std::string>());
  std::set<std::string> expected_keys;
  for (const auto& [key, value] : truth.at("values").items()) {
    expected_keys.insert(key);
    INFO(key);
    std::optional<double> got = schema_test::ValueOf(record, key);
    REQUIRE(got.has_value());
    CHECK(*got == Approx(value.get<double>()).margin(1e-6));
  }
  for (const auto& [key, value] : record.values) {
    INFO(key);
    CHECK(expected_keys.contains(key));
  }
  std::vector<std::string> expected_failures = truth.at("failing_checks");
  std::vector<std::string> failures = schema_test::FailingRules(record);
  std::sort(expected_failures.begin(), expected_failures.end());
  std::sort(failures.begin(), failures.end());
  CHECK(failures == expected_failures);
  // The truth lists every cell the report prints: nothing is missing.
  CHECK(record.status == nianbao::schema::RecordStatus::kComplete);
  CHECK(record.missing.empty());
}

}  // namespace

TEST_CASE("synthetic reports of every format match their truth files", "[schema][slow]") {
  std::vector<std::filesystem::path> files = ReportFiles(kReports);
  REQUIRE(files.size() >= 10);
  for (const std::filesystem::path& file : files) CheckAgainstTruth(file);
}

// Rows cut by page breaks with no ruling along the cut, a group label running out of its
// cut cell, <thead> rows repeated on every page, the browser's date/title/address/page
// header and footer (tests/tools/make_web_pdfs.py): nothing lost, nothing invented.
TEST_CASE("reports printed to PDF by a browser match their truth files", "[schema][pdf]") {
  std::vector<std::filesystem::path> files = ReportFiles(kWebPdfs);
  REQUIRE(files.size() >= 2);
  for (const std::filesystem::path& file : files) CheckAgainstTruth(file);
}
