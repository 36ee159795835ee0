// `nianbao check`: each agency's reports compared across years (docs/dataset.md,
// "Cross-year checks"), the findings stored as rows of year_checks.
#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "nianbao/counted.hpp"
#include "nianbao/dataset.hpp"
#include "reports.hpp"
#include "store.hpp"

namespace nianbao::dataset {
namespace {

constexpr const char* kCarriedIn = "t3.carried_in.";
constexpr const char* kCarriedOut = "t3.carried_out.";
constexpr std::size_t kDifferencesNamed = 5;

using Values = DocumentValues;

// One version of an agency's report for a year: documents with the same numbers.
struct Version {
  Values values;
  std::vector<std::string> paths;  // ordered by path
};

struct YearCheckRow {
  std::string agency;
  int year = 0;
  std::string rule;
  bool ok = false;
  std::optional<double> lhs;
  std::optional<double> rhs;
  std::string documents;
  std::string detail;
};

// One agency's years → the distinct versions of its report.
using AgencyYears = std::map<int, std::vector<Version>>;

void AddVersion(std::vector<Version>& versions, Values values, std::string path) {
  auto same = std::find_if(versions.begin(), versions.end(),
                           [&](const Version& version) { return version.values == values; });
  if (same == versions.end()) {
    versions.push_back(Version{std::move(values), {std::move(path)}});
  } else {
    same->paths.push_back(std::move(path));
  }
}

// Calls on_agency(agency, years) for each agency in turn: one agency's reports in memory at
// a time.
template <typename OnAgency>
void ForEachAgency(Database& database, OnAgency on_agency) {
  Statement documents = database.Prepare(
      "SELECT id, path, agency, year FROM documents WHERE status != 'error' AND agency IS NOT"
      " NULL AND agency != '' AND year IS NOT NULL ORDER BY agency, year, path, sha256");
  Statement values = database.Prepare("SELECT key, value FROM cell_values WHERE document_id = ?");
  std::string agency;
  AgencyYears years;
  while (documents.Step()) {
    Values document_values = ValuesOf(values, documents.Integer(0));
    if (document_values.empty()) continue;  // a notice or link page holds no report numbers
    if (documents.Text(2) != agency) {
      if (!years.empty()) on_agency(agency, years);
      agency = documents.Text(2);
      years.clear();
    }
    AddVersion(years[static_cast<int>(documents.Integer(3))], std::move(document_values),
               documents.Text(1));
  }
  if (!years.empty()) on_agency(agency, years);
}

std::string ValueText(const std::optional<double>& value) {
  return value ? fmt::format("{}", *value) : "null";
}

void DuplicateRows(const std::string& agency, int year, const std::vector<Version>& versions,
                   std::vector<YearCheckRow>& rows) {
  const Version& first = versions.front();
  for (std::size_t index = 1; index < versions.size(); ++index) {
    const Version& other = versions[index];
    std::set<std::string> keys;
    for (const auto& [key, value] : first.values) keys.insert(key);
    for (const auto& [key, value] : other.values) keys.insert(key);
    std::vector<std::string> differences;
    for (const std::string& key : keys) {
      auto a = first.values.find(key);
      auto b = other.values.find(key);
      std::string left = a == first.values.end() ? "absent" : ValueText(a->second);
      std::string right = b == other.values.end() ? "absent" : ValueText(b->second);
      if (left != right) differences.push_back(fmt::format("{}: {} vs {}", key, left, right));
    }
    std::string detail;
    for (std::size_t i = 0; i < differences.size() && i < kDifferencesNamed; ++i) {
      detail += (i == 0 ? "" : "; ") + differences[i];
    }
    if (differences.size() > kDifferencesNamed) {
      detail += fmt::format("; and {} more", differences.size() - kDifferencesNamed);
    }
    rows.push_back({agency, year, "year.duplicate", false, static_cast<double>(differences.size()),
                    static_cast<double>(keys.size()),
                    first.paths.front() + ";" + other.paths.front(), detail});
  }
}

void CarryRows(const std::string& agency, int year, const std::vector<Version>& this_year,
               const std::vector<Version>& last_year, std::vector<YearCheckRow>& rows) {
  for (const Version& current : this_year) {
    for (const Version& previous : last_year) {
      for (const auto& [key, carried_in] : current.values) {
        if (key.rfind(kCarriedIn, 0) != 0 || !carried_in) continue;
        std::string column = key.substr(std::string(kCarriedIn).size());
        auto carried_out = previous.values.find(kCarriedOut + column);
        if (carried_out == previous.values.end() || !carried_out->second) continue;
        rows.push_back(
            {agency, year, "carry." + column, *carried_in == *carried_out->second, carried_in,
             carried_out->second, current.paths.front() + ";" + previous.paths.front(),
             fmt::format("上年结转 {} of {} vs 结转下年度 of {}", *carried_in, year, year - 1)});
      }
    }
  }
}

void GapRows(const std::string& agency, const AgencyYears& years, std::vector<YearCheckRow>& rows) {
  std::optional<int> previous;
  for (const auto& [year, versions] : years) {
    if (previous) {
      for (int missing = *previous + 1; missing < year; ++missing) {
        rows.push_back(
            {agency, missing, "year.gap", false, static_cast<double>(*previous),
             static_cast<double>(year), "",
             fmt::format("no report for {}; reports for {} and {}", missing, *previous, year)});
      }
    }
    previous = year;
  }
}

void CheckAgency(const std::string& agency, const AgencyYears& years,
                 std::vector<YearCheckRow>& rows) {
  for (const auto& [year, versions] : years) {
    if (versions.size() > 1) DuplicateRows(agency, year, versions, rows);
    auto last_year = years.find(year - 1);
    if (last_year != years.end()) CarryRows(agency, year, versions, last_year->second, rows);
  }
  GapRows(agency, years, rows);
}

void StoreRows(Database& database, const std::vector<YearCheckRow>& rows) {
  Transaction transaction(database);
  database.Execute("DELETE FROM year_checks");
  Statement insert = database.Prepare(
      "INSERT INTO year_checks (agency, year, rule, ok, lhs, rhs, documents, detail)"
      " VALUES (?,?,?,?,?,?,?,?)");
  for (const YearCheckRow& row : rows) {
    insert.Bind(1, row.agency)
        .Bind(2, std::int64_t{row.year})
        .Bind(3, row.rule)
        .Bind(4, std::int64_t{row.ok ? 1 : 0})
        .Bind(5, row.lhs)
        .Bind(6, row.rhs)
        .Bind(7, row.documents)
        .Bind(8, row.detail);
    insert.Run();
  }
  transaction.Commit();
}

}  // namespace

void EnsureYearChecksTable(Database& database) {
  database.Execute(
      "CREATE TABLE IF NOT EXISTS year_checks (agency TEXT NOT NULL, year INTEGER NOT NULL,"
      " rule TEXT NOT NULL, ok INTEGER NOT NULL, lhs REAL, rhs REAL, documents TEXT,"
      " detail TEXT);"
      "CREATE INDEX IF NOT EXISTS year_checks_agency ON year_checks (agency, year);");
}

CheckSummary CheckDataset(const std::string& database_path) {
  if (IsPostgres(database_path)) {
    throw Error(ErrorKind::kUnsupported, database_path,
                "`nianbao check` works on a SQLite dataset: copy this one with `nianbao merge "
                "OUT.sqlite` and check that");
  }
  if (!std::filesystem::exists(database_path)) {
    throw Error(ErrorKind::kIo, database_path,
                "no such dataset (make one with `nianbao run --db`)");
  }
  OpenDatasetReadOnly(database_path);  // refuses a foreign or newer file before writing to it
  Store store(database_path);
  Database& database = store.database();
  EnsureYearChecksTable(database);
  LinkAttachments(database);
  ReportsSummary built = BuildReports(database);
  CheckSummary summary;
  std::vector<YearCheckRow> rows;
  ForEachAgency(database, [&](const std::string& agency, const AgencyYears& years) {
    ++summary.agencies;
    summary.agency_years += static_cast<int>(years.size());
    CheckAgency(agency, years, rows);
  });
  StoreRows(database, rows);
  summary.flagged_reports = built.flagged;
  for (const YearCheckRow& row : rows) {
    ++summary.checks;
    if (row.ok) continue;
    ++summary.failed;
    if (row.rule.rfind("carry.", 0) == 0) ++summary.carry_failed;
    if (row.rule == "year.duplicate") ++summary.duplicate_years;
    if (row.rule == "year.gap") ++summary.gap_years;
  }
  return summary;
}

std::string CheckSummaryText(const CheckSummary& summary) {
  return fmt::format(
      "nianbao check: {}, {}; {}, {} failed: {}, {}, {}; {} (table reports)\n",
      Counted(summary.agencies, "agency", "agencies"), Counted(summary.agency_years, "agency-year"),
      Counted(summary.checks, "cross-year check"), summary.failed,
      Counted(summary.carry_failed, "carried-over number that differs from last year's",
              "carried-over numbers that differ from last year's"),
      Counted(summary.duplicate_years, "year reported with different numbers",
              "years reported with different numbers"),
      Counted(summary.gap_years, "gap year"),
      Counted(summary.flagged_reports, "agency-year whose documents disagree",
              "agency-years whose documents disagree"));
}

}  // namespace nianbao::dataset
