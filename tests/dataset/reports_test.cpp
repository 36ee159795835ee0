// One report per agency and year: a WARC with a report page, its PDF attachment and the same
// PDF under a second URL; a page whose attachment is absent; a folder with a report page and
// its attachment with the same numbers, or with other numbers (tests/data/region, made by
// tests/tools/make_reports.py --only region).
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "dataset_test_support.hpp"
#include "nianbao/dataset.hpp"
#include "nianbao/extract.hpp"

namespace nianbao::dataset {
namespace {

using testing::ReadFile;
using testing::RunNianbao;
using testing::TempDir;
using testing::WriteFile;

std::vector<Json> Records(const std::string& database, const std::string& log) {
  std::vector<Json> records;
  for (const std::string& line : testing::ExportedLines(database, log)) {
    records.push_back(Json::parse(line));
  }
  return records;
}

const Json& RecordWhere(const std::vector<Json>& records, const std::string& field,
                        const std::string& part) {
  for (const Json& record : records) {
    if (record["source"].value(field, std::string()).find(part) != std::string::npos) {
      return record;
    }
  }
  throw std::runtime_error("no record with " + field + " containing " + part);
}

bool HasWarning(const Json& record, const std::string& code) {
  for (const Json& warning : record.value("warnings", Json::array())) {
    if (warning.value("code", std::string()) == code) return true;
  }
  return false;
}

// The reports export, one vector of fields per row (the fields hold no commas here).
std::vector<std::vector<std::string>> ReportRows(const std::string& database,
                                                 const std::string& log) {
  const std::string out = database + ".reports.csv";
  if (RunNianbao({"export", "--db", database, "--format", "reports", "-o", out}, log) != 0) {
    throw std::runtime_error("export failed: " + ReadFile(log));
  }
  std::vector<std::vector<std::string>> rows;
  std::istringstream lines(ReadFile(out));
  std::string line;
  std::getline(lines, line);  // header
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> fields;
    std::istringstream parts(line);
    std::string field;
    while (std::getline(parts, field, ',')) fields.push_back(field);
    rows.push_back(fields);
  }
  return rows;
}

std::string Page(const std::string& title, const std::string& href) {
  return "<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>" +
         "<div class=\"article\"><h1>" + title +
         "</h1><p>根据《中华人民共和国政府信息公开条例》，"
         "现公布本机关年度报告全文，详见附件。</p><p>附件：<a href=\"" +
         href + "\">" + title + ".pdf</a></p></div></body></html>";
}

std::string RegionData(const std::string& name) {
  return std::string(NIANBAO_TEST_DATA) + "/region/" + name;
}

}  // namespace

TEST_CASE("a WARC: page, its PDF attachment and the same PDF under a second URL are one report",
          "[dataset][reports]") {
  TempDir dir;
  const std::string reports = std::string(NIANBAO_TEST_DATA) + "/reports/";
  const std::string pdf = ReadFile(reports + "footer_linebreak_2021.pdf");
  Json truth = Json::parse(ReadFile(reports + "truth/footer_linebreak_2021.truth.json"));
  const std::string agency = truth["agency"];
  const std::string year = std::to_string(truth["year"].get<int>());
  const std::string title = agency + year + "年政府信息公开工作年度报告";
  std::string warc;
  for (const std::string& record : {
           testing::WarcRecord("response", "http://gov.example/xxgk/2021/page.html",
                               testing::HttpResponse(200, "text/html; charset=utf-8",
                                                     Page(title, "../files/report.pdf"))),
           testing::WarcRecord("response", "http://gov.example/xxgk/files/report.pdf",
                               testing::HttpResponse(200, "application/pdf", pdf)),
           testing::WarcRecord("response", "http://mirror.example/r/report.pdf",
                               testing::HttpResponse(200, "application/pdf", pdf)),
           testing::WarcRecord(
               "response", "http://gov.example/xxgk/2021/other.html",
               testing::HttpResponse(
                   200, "text/html; charset=utf-8",
                   Page("云岭县人民政府2021年政府信息公开工作年度报告", "/files/missing.pdf"))),
       }) {
    warc += testing::GzipMember(record);
  }
  WriteFile(dir / "crawl.warc.gz", warc);
  const std::string db = dir / "d.sqlite";
  REQUIRE(RunNianbao({"run", dir / "crawl.warc.gz", "--db", db, "-j", "1"}, dir / "log") == 0);
  std::vector<Json> records = Records(db, dir / "log");
  REQUIRE(records.size() == 3);  // the PDF's content once

  const Json& pdf_record = RecordWhere(records, "url", "report.pdf");
  REQUIRE(pdf_record.contains("sources"));
  REQUIRE(pdf_record["sources"].size() == 2);
  std::vector<std::string> urls;
  for (const Json& source : pdf_record["sources"]) urls.push_back(source["url"]);
  std::sort(urls.begin(), urls.end());
  CHECK(urls == std::vector<std::string>{"http://gov.example/xxgk/files/report.pdf",
                                         "http://mirror.example/r/report.pdf"});

  const Json& page = RecordWhere(records, "url", "page.html");
  REQUIRE(page["attachments"].size() == 1);
  CHECK(page["attachments"][0]["found"] == true);
  CHECK(page["attachments"][0]["url"] == "http://gov.example/xxgk/files/report.pdf");
  CHECK(page["attachments"][0]["sha256"] == Sha256Hex(pdf));
  CHECK(page["report_in"]["sha256"] == Sha256Hex(pdf));
  CHECK_FALSE(HasWarning(page, "dataset.attachment_absent"));

  const Json& other = RecordWhere(records, "url", "other.html");
  CHECK(other["attachments"][0]["found"] == false);
  CHECK(other["attachments"][0]["url"] == "http://gov.example/files/missing.pdf");
  CHECK(HasWarning(other, "dataset.attachment_absent"));
  CHECK_FALSE(other.contains("report_in"));

  // One row for the agency and year: the PDF holds the numbers; page and PDF are two
  // documents found at three places.
  int rows_for_agency = 0;
  for (const auto& row : ReportRows(db, dir / "log")) {
    if (row[0] != agency) continue;
    ++rows_for_agency;
    CHECK(row[1] == year);
    CHECK(row[5] == Sha256Hex(pdf));
    CHECK(row[7] == "2");   // documents
    CHECK(row[8] == "3");   // sources
    CHECK(row[9] == "1");   // versions
    CHECK(row[10] == "0");  // flagged
  }
  CHECK(rows_for_agency == 1);
}

TEST_CASE(
    "a folder: page and attachment with the same numbers are one report, other numbers "
    "are flagged",
    "[dataset][reports]") {
  TempDir dir;
  auto folder_with = [&](const std::string& folder, const std::string& attachment) {
    std::filesystem::create_directories(dir / folder);
    std::string page = ReadFile(RegionData("attachment_page_2021.html"));
    const std::string link =
        "<p>附件：<a href=\"" + attachment + "\">杭州市西湖区人民政府2021年度报告.docx</a></p>";
    page.insert(page.rfind("</body>"), link);
    WriteFile(dir / (folder + "/page.html"), page);
    WriteFile(dir / (folder + "/" + attachment), ReadFile(RegionData(attachment)));
  };
  folder_with("same", "attachment_2021.docx");
  folder_with("other", "attachment_other_2021.docx");

  const std::string same_db = dir / "same.sqlite";
  REQUIRE(RunNianbao({"run", dir / "same", "--db", same_db, "-j", "1"}, dir / "log") == 0);
  std::vector<Json> records = Records(same_db, dir / "log");
  const Json& page = RecordWhere(records, "path", "page.html");
  CHECK(page["attachments"][0]["found"] == true);
  CHECK(page["region"]["code"] == "330106");
  auto same_rows = ReportRows(same_db, dir / "log");
  REQUIRE(same_rows.size() == 1);
  CHECK(same_rows[0][0] == "杭州市西湖区人民政府");
  CHECK(same_rows[0][2] == "330106");
  CHECK(same_rows[0][7] == "2");   // documents
  CHECK(same_rows[0][9] == "1");   // one set of numbers
  CHECK(same_rows[0][10] == "0");  // not flagged

  const std::string other_db = dir / "other.sqlite";
  REQUIRE(RunNianbao({"run", dir / "other", "--db", other_db, "-j", "1"}, dir / "log") == 0);
  auto other_rows = ReportRows(other_db, dir / "log");
  REQUIRE(other_rows.size() == 1);
  CHECK(other_rows[0][9] == "2");
  CHECK(other_rows[0][10] == "1");  // flagged
  REQUIRE(RunNianbao({"check", "--db", other_db}, dir / "check.log") == 0);
  CHECK(ReadFile(dir / "check.log").find("1 year reported with different numbers") !=
        std::string::npos);
}

}  // namespace nianbao::dataset
