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
const std::filesystem::path kRotatedPdfs = std::filesystem::path(NIANBAO_TEST_DATA) / "rotated_pdf";

std::vector<std::filesystem::path> ReportFiles(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// `complete`: every required key read, so the record must say complete with nothing missing.
void CheckAgainstTruth(const std::filesystem::path& file, bool complete = false) {
  const std::filesystem::path truth_path =
      file.parent_path() / "truth" / (file.stem().string() + ".truth.json");
  INFO(file.filename().string());
  REQUIRE(std::filesystem::exists(truth_path));
  std::ifstream stream(truth_path);
  const nlohmann::json truth = nlohmann::json::parse(stream);
  nianbao::schema::Record record = schema_test::MapDocument(nianbao::ReadDocumentFile(file));
  if (complete) {
    CHECK(record.status == nianbao::schema::RecordStatus::kComplete);
    CHECK(record.missing.empty());
  }
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
  for (const std::filesystem::path& file : files) CheckAgainstTruth(file, true);
}

// /Rotate 90/180 set over upright content, landscape pages, landscape pages drawn turned
// onto portrait ones and table pages drawn turned (tests/tools/make_rotated_pdfs.py).
TEST_CASE("reports on rotated and landscape pages match their truth files", "[schema][pdf]") {
  std::vector<std::filesystem::path> files = ReportFiles(kRotatedPdfs);
  REQUIRE(files.size() >= 5);
  for (const std::filesystem::path& file : files) CheckAgainstTruth(file, true);
}

// The same report upright and turned a quarter clockwise (by /Rotate 90 on every page, or
// by drawing its pages from the second on turned): each value's box is its upright box turned, on
// the page as displayed (top-left origin).
TEST_CASE("provenance boxes of turned pages are in displayed coordinates", "[schema][pdf]") {
  const nianbao::schema::Record upright =
      schema_test::MapDocument(nianbao::ReadDocumentFile(kReports / "mixed_2019.pdf"));
  constexpr double kUprightHeight = 841.89;
  for (const char* name : {"rotate90_2019.pdf", "turned_tables_2019.pdf"}) {
    INFO(name);
    const nianbao::schema::Record turned =
        schema_test::MapDocument(nianbao::ReadDocumentFile(kRotatedPdfs / name));
    const bool first_page_turned = std::string(name) == "rotate90_2019.pdf";
    REQUIRE(turned.provenance.size() == upright.provenance.size());
    int compared = 0;
    for (const auto& [key, where] : upright.provenance) {
      INFO(key);
      if (!where.bbox) continue;
      const auto found = turned.provenance.find(key);
      REQUIRE(found != turned.provenance.end());
      REQUIRE(found->second.bbox.has_value());
      const nianbao::Box& box = *where.bbox;
      const nianbao::Box& got = *found->second.bbox;
      CHECK(found->second.page == where.page);
      if (where.page == 1 && !first_page_turned) {
        CHECK(got.x0 == Approx(box.x0).margin(0.01));
        continue;
      }
      CHECK(got.x0 == Approx(kUprightHeight - box.bottom).margin(0.01));
      CHECK(got.top == Approx(box.x0).margin(0.01));
      CHECK(got.x1 == Approx(kUprightHeight - box.top).margin(0.01));
      CHECK(got.bottom == Approx(box.x1).margin(0.01));
      ++compared;
    }
    CHECK(compared > 100);
  }
}

// The radicals fixture really reads as radicals (⼈⺠ for 人民: its fonts' ToUnicode maps
// were rewritten), and the record carries unified ideographs.
TEST_CASE("a browser's PDF whose text reads as radicals gives a folded title", "[schema][pdf]") {
  const nianbao::Document document = nianbao::ReadDocumentFile(kWebPdfs / "web_radicals_2021.pdf");
  const bool radicals =
      std::any_of(document.blocks.begin(), document.blocks.end(), [](const auto& block) {
        const auto* paragraph = std::get_if<nianbao::Paragraph>(&block);
        return paragraph != nullptr && paragraph->text.find("\u2F08\u2EA0") != std::string::npos;
      });
  CHECK(radicals);
  const nianbao::schema::Record record = schema_test::MapDocument(document);
  CHECK(record.title == "桐溪市明溪区人民政府2023年政府信息公开工作年度报告");
  CHECK(record.agency == "桐溪市明溪区人民政府");
  CHECK(record.year == 2023);
}
