// `nianbao check` on one agency's reports of several years, made by
// tests/tools/make_reports.py --only region: 洪泽区 2021 (twice, different numbers), 2022
// (上年结转 equal to 2021's 结转下年度), 2023 (自然人 off by two), 2025 (2024 missing).
#include <catch2/catch.hpp>

#include <sstream>

#include "dataset_test_support.hpp"
#include "nianbao/dataset.hpp"
#include "store.hpp"

namespace nianbao::dataset {
namespace {

using testing::RunNianbao;
using testing::TempDir;

constexpr const char* kHongze = "江苏省淮安市洪泽区人民政府";

struct Row {
  std::string rule;
  bool ok = false;
  std::optional<double> lhs;
  std::optional<double> rhs;
  std::string documents;
};

std::vector<Row> RowsFor(Database& database, int year, const std::string& rule_prefix) {
  Statement rows = database.Prepare(
      "SELECT rule, ok, lhs, rhs, documents FROM year_checks WHERE agency = ? AND year = ? AND"
      " rule LIKE ? ORDER BY rule, documents");
  rows.Bind(1, kHongze).Bind(2, std::int64_t{year}).Bind(3, rule_prefix + "%");
  std::vector<Row> out;
  while (rows.Step()) {
    out.push_back({rows.Text(0), rows.Integer(1) == 1, rows.OptionalReal(2), rows.OptionalReal(3),
                   rows.Text(4)});
  }
  return out;
}

std::string RegionReport(const std::string& name) {
  return std::string(NIANBAO_TEST_DATA) + "/region/" + name;
}

}  // namespace

TEST_CASE("cross-year checks: carried-over numbers, a year reported twice, a gap year",
          "[dataset][check]") {
  TempDir dir;
  const std::string db = dir / "d.sqlite";
  std::vector<std::string> arguments = {"run", "--db", db, "-j", "1"};
  for (const char* name : {"hongze_2021.txt", "hongze_2021_again.txt", "hongze_2022.txt",
                           "hongze_2023.txt", "hongze_2025.txt", "province_2021.txt"}) {
    arguments.push_back(RegionReport(name));
  }
  REQUIRE(RunNianbao(arguments, dir / "run.log") == 0);
  REQUIRE(RunNianbao({"check", "--db", db}, dir / "check.log") == 0);
  const std::string check_log = testing::ReadFile(dir / "check.log");
  INFO(check_log);
  CHECK(check_log.find("2 agencies, 5 agency-years") != std::string::npos);
  CHECK(check_log.find(", 1 year reported with different numbers, 1 gap year;") !=
        std::string::npos);

  Store store(db);
  Database& database = store.database();

  // 2022 against each 2021 version: with hongze_2021 every column agrees.
  std::vector<Row> carry_2022 = RowsFor(database, 2022, "carry.");
  REQUIRE_FALSE(carry_2022.empty());
  int agreeing = 0;
  for (const Row& row : carry_2022) {
    if (row.documents.find("hongze_2021.txt") == std::string::npos) continue;
    CHECK(row.ok);
    CHECK(row.lhs == row.rhs);
    ++agreeing;
  }
  CHECK(agreeing == 7);  // six columns and the total

  // 2023: 自然人 two more than 2022 carried out, and so the total; the rest agree.
  for (const Row& row : RowsFor(database, 2023, "carry.")) {
    CAPTURE(row.rule);
    bool off = row.rule == "carry.natural" || row.rule == "carry.total";
    CHECK(row.ok == !off);
    if (off) CHECK(*row.lhs - *row.rhs == 2);
  }

  std::vector<Row> duplicate = RowsFor(database, 2021, "year.duplicate");
  REQUIRE(duplicate.size() == 1);
  CHECK_FALSE(duplicate[0].ok);
  CHECK(*duplicate[0].lhs > 0);
  CHECK(duplicate[0].documents.find("hongze_2021_again.txt") != std::string::npos);

  std::vector<Row> gap = RowsFor(database, 2024, "year.gap");
  REQUIRE(gap.size() == 1);
  CHECK(gap[0].lhs == 2023);
  CHECK(gap[0].rhs == 2025);
  CHECK(RowsFor(database, 2022, "year.").empty());

  // Exported as CSV rows; running check again gives the same rows, not twice as many.
  const std::string csv = dir / "checks.csv";
  REQUIRE(RunNianbao({"export", "--db", db, "--format", "year-checks", "-o", csv},
                     dir / "export.log") == 0);
  std::string first = testing::ReadFile(csv);
  CHECK(first.rfind("agency,year,rule,ok,lhs,rhs,documents,detail\r\n", 0) == 0);
  CHECK(first.find(std::string(kHongze) + ",2024,year.gap,false,2023,2025,") != std::string::npos);
  REQUIRE(RunNianbao({"check", "--db", db}, dir / "check.log") == 0);
  REQUIRE(RunNianbao({"export", "--db", db, "--format", "year-checks", "-o", csv},
                     dir / "export.log") == 0);
  CHECK(testing::ReadFile(csv) == first);
}

TEST_CASE("year-checks cannot be exported before `nianbao check`", "[dataset][check]") {
  TempDir dir;
  const std::string db = dir / "d.sqlite";
  REQUIRE(RunNianbao({"run", "--db", db, "-j", "1", RegionReport("province_2021.txt")},
                     dir / "run.log") == 0);
  CHECK(RunNianbao({"export", "--db", db, "--format", "year-checks"}, dir / "export.log") == 2);
  CHECK(testing::ReadFile(dir / "export.log").find("nianbao check") != std::string::npos);
  CHECK(RunNianbao({"check", "--db", dir / "missing.sqlite"}, dir / "check.log") == 2);
}

}  // namespace nianbao::dataset
