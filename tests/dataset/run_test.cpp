// `nianbao run` end to end, driving the built program: WARC crawls, manifests, crashes and
// hangs contained, kill -9 and resume, shards and merge, incremental runs.
#include <signal.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>
#include <thread>

#include "dataset_test_support.hpp"
#include "nianbao/dataset.hpp"
#include "nianbao/sanitizer.hpp"
#include "store.hpp"

namespace nianbao::dataset {
namespace {

using testing::ExportedLines;
using testing::RunNianbao;
using testing::TempDir;
using testing::TinyHtmlReport;
using testing::WriteFile;

std::vector<Json> ExportedRecords(const std::string& database, const std::string& log) {
  std::vector<Json> records;
  for (const std::string& line : ExportedLines(database, log)) records.push_back(Json::parse(line));
  return records;
}

const Json* RecordWithPathPart(const std::vector<Json>& records, const std::string& part) {
  for (const Json& record : records) {
    if (record["source"]["path"].get<std::string>().find(part) != std::string::npos) return &record;
  }
  return nullptr;
}

// `count` different small HTML reports in a folder.
void WriteReports(const TempDir& dir, const std::string& folder, int count) {
  std::filesystem::create_directories(dir / folder);
  for (int number = 0; number < count; ++number) {
    WriteFile(dir / (folder + "/report_" + std::to_string(100 + number) + ".html"),
              TinyHtmlReport(number));
  }
}

std::string ReportOrInline(const std::string& extension, int fallback_number) {
  std::string path = testing::ReportFromTestData(extension);
  return path.empty() ? TinyHtmlReport(fallback_number) : testing::ReadFile(path);
}

TEST_CASE("a WARC crawl becomes records with the right URLs", "[dataset][run][warc]") {
  TempDir dir;
  std::string html = ReportOrInline(".html", 1);
  std::string pdf = ReportOrInline(".pdf", 2);
  std::string warc;
  for (const std::string& record : {
           testing::WarcRecord("request", "http://gov.example/a.html",
                               "GET /a.html HTTP/1.1\r\n\r\n", "application/http; msgtype=request"),
           testing::WarcRecord("response", "http://gov.example/a.html",
                               testing::HttpResponse(200, "text/html", testing::Chunked(html, 512),
                                                     {{"Transfer-Encoding", "chunked"}})),
           testing::WarcRecord("response", "http://gov.example/b.pdf",
                               testing::HttpResponse(200, "application/pdf", pdf)),
           testing::WarcRecord("response", "http://gov.example/logo.png",
                               testing::HttpResponse(200, "image/png", "\x89PNG\r\n\x1a\nxxxx")),
           testing::WarcRecord("response", "http://gov.example/404.html",
                               testing::HttpResponse(404, "text/html", "<html><p>404</p></html>")),
       }) {
    warc += testing::GzipMember(record);
  }
  WriteFile(dir / "crawl.warc.gz", warc);
  int code =
      RunNianbao({"run", dir / "crawl.warc.gz", "--db", dir / "d.sqlite", "-j", "2"}, dir / "log");
  INFO(testing::ReadFile(dir / "log"));
  CHECK((code == 0 || code == 1));  // 1 when a reader still fails on a document
  std::vector<Json> records = ExportedRecords(dir / "d.sqlite", dir / "log");
  REQUIRE(records.size() == 2);
  const Json* html_record = RecordWithPathPart(records, "#2");
  const Json* pdf_record = RecordWithPathPart(records, "#3");
  REQUIRE(html_record);
  REQUIRE(pdf_record);
  CHECK((*html_record)["source"]["url"] == "http://gov.example/a.html");
  CHECK((*html_record)["source"]["fetched_at"] == "2026-11-20T08:00:00Z");
  CHECK((*html_record)["source"]["sha256"] == Sha256Hex(html));
  CHECK((*pdf_record)["source"]["url"] == "http://gov.example/b.pdf");
  CHECK(testing::ReadFile(dir / "log").find("1 HTTP response outside 2xx") != std::string::npos);
}

TEST_CASE("manifest fields travel into source and the csv export", "[dataset][run][manifest]") {
  TempDir dir;
  WriteReports(dir, "in", 2);
  WriteFile(dir / "manifest.csv",
            "path,url,site,fetched_at,crawl_batch\n"
            "in/report_100.html,http://a.example/1,a.example,2026-11-01T00:00:00Z,7\n"
            "in/report_101.html,http://a.example/2,a.example,2026-11-02T00:00:00Z,7\n");
  RunNianbao({"run", "--manifest", dir / "manifest.csv", "--db", dir / "d.sqlite"}, dir / "log");
  std::vector<Json> records = ExportedRecords(dir / "d.sqlite", dir / "log");
  REQUIRE(records.size() == 2);
  const Json* first = RecordWithPathPart(records, "report_100");
  REQUIRE(first);
  CHECK((*first)["source"]["url"] == "http://a.example/1");
  CHECK((*first)["source"]["site"] == "a.example");
  CHECK((*first)["source"]["crawl_batch"] == "7");
  CHECK((*first)["source"]["path"] == dir / "in/report_100.html");
  REQUIRE(RunNianbao(
              {"export", "--db", dir / "d.sqlite", "--format", "csv-wide", "-o", dir / "wide.csv"},
              dir / "log") == 0);
  CHECK(testing::ReadFile(dir / "wide.csv")
            .find(",http://a.example/2,2026-11-02T00:00:00Z,a.example,") != std::string::npos);
}

TEST_CASE("a document that crashes or hangs its worker fails alone", "[dataset][run][isolation]") {
  TempDir dir;
  WriteReports(dir, "in", 3);
  WriteFile(dir / "in/crash_me.html", TinyHtmlReport(50));
  WriteFile(dir / "in/hang_me.html", TinyHtmlReport(51));
  int code =
      RunNianbao({"run", dir / "in", "--db", dir / "d.sqlite", "-j", "2", "--time-limit", "2"},
                 dir / "log", {{"NIANBAO_FAULT_INJECT", "crash:crash_me,hang:hang_me"}});
  INFO(testing::ReadFile(dir / "log"));
  CHECK(code == 1);
  std::vector<Json> records = ExportedRecords(dir / "d.sqlite", dir / "log");
  REQUIRE(records.size() == 5);
  const Json* crashed = RecordWithPathPart(records, "crash_me");
  const Json* hung = RecordWithPathPart(records, "hang_me");
  REQUIRE(crashed);
  REQUIRE(hung);
  CHECK((*crashed)["error"]["kind"] == "internal");
  CHECK_THAT((*crashed)["error"]["message"].get<std::string>(), Catch::Contains("signal 11"));
  CHECK((*hung)["error"]["kind"] == "limit");
  CHECK_THAT((*hung)["error"]["message"].get<std::string>(), Catch::Contains("time limit"));
  for (int number = 0; number < 3; ++number) {
    const Json* good = RecordWithPathPart(records, "report_" + std::to_string(100 + number));
    REQUIRE(good);
    std::string message = good->contains("error") ? (*good)["error"].dump() : "";
    CHECK(message.find("signal") == std::string::npos);
    CHECK(message.find("time limit") == std::string::npos);
  }
}

TEST_CASE("a document that exhausts its worker's memory fails alone", "[dataset][run][isolation]") {
  if (kAddressSanitizer) {  // no address-space limit there: the worker would take all memory
    WARN("left out under AddressSanitizer: workers have no memory limit (nianbao/sanitizer.hpp)");
    return;
  }
  TempDir dir;
  WriteReports(dir, "in", 2);
  WriteFile(dir / "in/oom_me.html", TinyHtmlReport(52));
  int code =
      RunNianbao({"run", dir / "in", "--db", dir / "d.sqlite", "-j", "1", "--memory-limit", "768"},
                 dir / "log", {{"NIANBAO_FAULT_INJECT", "oom:oom_me"}});
  INFO(testing::ReadFile(dir / "log"));
  CHECK(code == 1);
  std::vector<Json> records = ExportedRecords(dir / "d.sqlite", dir / "log");
  REQUIRE(records.size() == 3);
  const Json* exhausted = RecordWithPathPart(records, "oom_me");
  REQUIRE(exhausted);
  CHECK((*exhausted)["error"]["kind"] == "limit");
  CHECK_THAT((*exhausted)["error"]["message"].get<std::string>(), Catch::Contains("out of memory"));
  CHECK(RecordWithPathPart(records, "report_101"));
}

TEST_CASE("a run killed at random points resumes to exactly a clean run's records",
          "[dataset][run][resume]") {
  TempDir dir;
  constexpr int kReports = 40;
  WriteReports(dir, "in", kReports);
  const std::map<std::string, std::string> slow = {{"NIANBAO_FAULT_INJECT", "slow:25"}};
  const std::vector<std::string> clean_run = {"run", dir / "in", "--db", dir / "clean.sqlite",
                                              "-j",  "2"};
  RunNianbao(clean_run, dir / "log", slow);
  std::vector<std::string> clean = ExportedLines(dir / "clean.sqlite", dir / "log");
  REQUIRE(clean.size() == kReports);

  std::mt19937 random(20261126);
  std::uniform_int_distribution<int> delay_ms(20, 250);
  const std::vector<std::string> resumed_run = {"run", dir / "in", "--db", dir / "resumed.sqlite",
                                                "-j",  "2"};
  constexpr int kKills = 5;
  for (int kill_idx = 0; kill_idx < kKills; ++kill_idx) {
    pid_t pid = testing::StartNianbao(resumed_run, dir / "log", slow);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
    kill(pid, SIGKILL);
    testing::WaitFor(pid);
  }
  RunNianbao(resumed_run, dir / "log", slow);
  CHECK(ExportedLines(dir / "resumed.sqlite", dir / "log") == clean);
  Store store(dir / "resumed.sqlite");
  Statement count =
      store.database().Prepare("SELECT count(*), count(DISTINCT sha256) FROM documents");
  REQUIRE(count.Step());
  CHECK(count.Integer(0) == kReports);
  CHECK(count.Integer(1) == kReports);
}

TEST_CASE("a second run skips known content; --force redoes it", "[dataset][run][incremental]") {
  TempDir dir;
  WriteReports(dir, "in", 3);
  const std::vector<std::string> run = {"run", dir / "in", "--db", dir / "d.sqlite", "-j", "1"};
  RunNianbao(run, dir / "log");
  RunNianbao(run, dir / "log2");
  CHECK(testing::ReadFile(dir / "log2").find("0 documents processed") != std::string::npos);
  CHECK(testing::ReadFile(dir / "log2").find("3 already in the database") != std::string::npos);
  std::vector<std::string> forced = run;
  forced.push_back("--force");
  RunNianbao(forced, dir / "log3");
  CHECK(testing::ReadFile(dir / "log3").find("3 documents processed") != std::string::npos);
  CHECK(ExportedLines(dir / "d.sqlite", dir / "log").size() == 3);
}

TEST_CASE("the run stores each record's status; export --status filters by it",
          "[dataset][run][export]") {
  TempDir dir;
  WriteReports(dir, "in", 2);
  WriteFile(dir / "in/notice.html",
            "<html><head><meta charset=\"utf-8\"></head><body><p>关于公布年度报告的通知</p>"
            "</body></html>");
  WriteFile(dir / "in/broken.pdf", "%PDF-1.7\n% cut off\n");
  RunNianbao({"run", dir / "in", "--db", dir / "d.sqlite", "-j", "1"}, dir / "log");
  std::vector<Json> records = ExportedRecords(dir / "d.sqlite", dir / "log");
  REQUIRE(records.size() == 4);
  std::map<std::string, std::vector<std::string>> by_status;  // status → paths
  for (const Json& record : records) {
    by_status[record.at("status").get<std::string>()].push_back(record["source"]["path"]);
  }
  CHECK(by_status["error"] == std::vector<std::string>{dir / "in/broken.pdf"});
  CHECK(by_status["no_data"] == std::vector<std::string>{dir / "in/notice.html"});
  {
    Store store(dir / "d.sqlite");
    Statement rows = store.database().Prepare("SELECT sha256, status, record, id FROM documents");
    RecordReader records(store.database());
    int same = 0;
    while (rows.Step()) {
      const Json record = Json::parse(records.Text(rows.Integer(3), rows, 2, rows.Text(0)));
      same += record.value("status", "") == rows.Text(1) ? 1 : 0;
    }
    CHECK(same == 4);
  }
  for (const auto& [status, paths] : by_status) {
    REQUIRE(RunNianbao(
                {"export", "--db", dir / "d.sqlite", "--status", status, "-o", dir / "out.jsonl"},
                dir / "log") == 0);
    std::string exported = testing::ReadFile(dir / "out.jsonl");
    CHECK(static_cast<size_t>(std::count(exported.begin(), exported.end(), '\n')) == paths.size());
    for (const std::string& path : paths) CHECK(exported.find(path) != std::string::npos);
  }
  REQUIRE(RunNianbao({"export", "--db", dir / "d.sqlite", "--format", "csv-wide", "--status",
                      "no_data,error", "-o", dir / "out.csv"},
                     dir / "log") == 0);
  std::string csv = testing::ReadFile(dir / "out.csv");
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 3);
  CHECK(RunNianbao({"export", "--db", dir / "d.sqlite", "--status", "failed"}, dir / "log") == 2);
  CHECK_THAT(testing::ReadFile(dir / "log"), Catch::Contains("unknown status \"failed\""));
  RunNianbao({"export", "--help"}, dir / "log");
  CHECK_THAT(testing::ReadFile(dir / "log"),
             Catch::Contains("--status") && Catch::Contains("no_data (read, but no template"));
}

TEST_CASE("the same content twice in a new dataset is one document found at two places",
          "[dataset][run][incremental]") {
  TempDir dir;
  WriteReports(dir, "in", 2);
  WriteFile(dir / "in/copy_of_100.html", TinyHtmlReport(0));
  const std::vector<std::string> run = {"run", dir / "in", "--db", dir / "d.sqlite", "-j", "1"};
  REQUIRE(RunNianbao(run, dir / "log") == 0);
  const std::string log = testing::ReadFile(dir / "log");
  INFO(log);
  CHECK(log.find("2 documents processed") != std::string::npos);
  CHECK(log.find("0 already in the database, 1 duplicate of another input,") != std::string::npos);
  CHECK(log.find("peak worker memory") != std::string::npos);

  std::vector<Json> records = ExportedRecords(dir / "d.sqlite", dir / "log");
  REQUIRE(records.size() == 2);
  std::vector<std::string> paths;  // a record lists its sources when it has more than one
  for (const Json& record : records) {
    if (!record.contains("sources")) continue;
    for (const Json& source : record["sources"]) paths.push_back(source["path"]);
  }
  std::sort(paths.begin(), paths.end());
  CHECK(paths == std::vector<std::string>{dir / "in/copy_of_100.html", dir / "in/report_100.html"});

  // Again: nothing runs, so no worker memory to speak of.
  REQUIRE(RunNianbao(run, dir / "log2") == 0);
  const std::string again = testing::ReadFile(dir / "log2");
  INFO(again);
  CHECK(again.find("0 documents processed") != std::string::npos);
  CHECK(again.find("2 already in the database, 1 duplicate of another input,") !=
        std::string::npos);
  CHECK(again.find("peak worker memory") == std::string::npos);
}

TEST_CASE("one document is counted in the singular", "[dataset][run]") {
  TempDir dir;
  WriteReports(dir, "in", 1);
  REQUIRE(RunNianbao({"run", dir / "in", "--db", dir / "d.sqlite", "-j", "1"}, dir / "log") == 0);
  const std::string log = testing::ReadFile(dir / "log");
  INFO(log);
  CHECK(log.find("nianbao run: 1 document processed in ") != std::string::npos);
  CHECK(log.find(", 0 inputs unreadable\n") != std::string::npos);
  REQUIRE(RunNianbao({"merge", dir / "m.sqlite", dir / "d.sqlite"}, dir / "merge.log") == 0);
  CHECK(testing::ReadFile(dir / "merge.log") ==
        "nianbao merge: 1 document added, 0 already there\n");
}

TEST_CASE("an export that cannot be written says why", "[dataset][export]") {
  TempDir dir;
  WriteReports(dir, "in", 1);
  REQUIRE(RunNianbao({"run", dir / "in", "--db", dir / "d.sqlite", "-j", "1"}, dir / "log") == 0);
  const std::string missing = dir / "no/such/folder/out.csv";
  CHECK(RunNianbao({"export", "--db", dir / "d.sqlite", "--format", "csv-wide", "-o", missing},
                   dir / "export.log") == 2);
  CHECK(testing::ReadFile(dir / "export.log") ==
        "nianbao export: cannot write " + missing + ": No such file or directory\n");
  // Opened, then full: the failure comes when the rows are written.
  CHECK(RunNianbao({"export", "--db", dir / "d.sqlite", "-o", "/dev/full"}, dir / "full.log") == 2);
  CHECK(testing::ReadFile(dir / "full.log") ==
        "nianbao export: cannot write /dev/full: No space left on device\n");
}

TEST_CASE("shards of a crawl merge into the whole crawl", "[dataset][run][shard]") {
  TempDir dir;
  WriteReports(dir, "in", 12);
  RunNianbao({"run", dir / "in", "--db", dir / "all.sqlite", "-j", "2"}, dir / "log");
  for (const char* shard : {"1/3", "2/3", "3/3"}) {
    RunNianbao({"run", dir / "in", "--db", dir / (std::string("s") + shard[0] + ".sqlite"),
                "--shard", shard, "-j", "1"},
               dir / "log");
  }
  std::vector<std::string> one = ExportedLines(dir / "s1.sqlite", dir / "log");
  CHECK(one.size() < 12);
  REQUIRE(RunNianbao({"merge", dir / "merged.sqlite", dir / "s1.sqlite", dir / "s2.sqlite",
                      dir / "s3.sqlite"},
                     dir / "log") == 0);
  CHECK(ExportedLines(dir / "merged.sqlite", dir / "log") ==
        ExportedLines(dir / "all.sqlite", dir / "log"));
}

TEST_CASE("inputs that cannot be read are listed, the run goes on", "[dataset][run]") {
  TempDir dir;
  WriteReports(dir, "in", 1);
  int code =
      RunNianbao({"run", dir / "in", dir / "missing.pdf", "--db", dir / "d.sqlite"}, dir / "log");
  CHECK(code == 1);
  std::vector<Json> records = ExportedRecords(dir / "d.sqlite", dir / "log");
  REQUIRE(records.size() == 2);
  const Json* missing = RecordWithPathPart(records, "missing.pdf");
  REQUIRE(missing);
  CHECK((*missing)["error"]["kind"] == "io");
}

}  // namespace
}  // namespace nianbao::dataset

namespace nianbao::dataset {
namespace {

TEST_CASE("a fresh worker per document gives the same records as long-lived workers",
          "[dataset][run][isolation]") {
  TempDir dir;
  WriteReports(dir, "in", 8);
  RunNianbao({"run", dir / "in", "--db", dir / "long.sqlite", "-j", "2"}, dir / "log");
  int code = RunNianbao(
      {"run", dir / "in", "--db", dir / "fresh.sqlite", "-j", "2", "--documents-per-worker", "1"},
      dir / "log");
  INFO(testing::ReadFile(dir / "log"));
  CHECK(testing::ReadFile(dir / "log").find("failed: ") == std::string::npos);
  CHECK(code == 0);
  CHECK(ExportedLines(dir / "fresh.sqlite", dir / "log") ==
        ExportedLines(dir / "long.sqlite", dir / "log"));
}

}  // namespace
}  // namespace nianbao::dataset
