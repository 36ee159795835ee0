// The WARC reader, on WARC files our own test writer makes (warcio, the usual Python WARC
// library, is not installable here, so the writer is checked by reading its output back).
#include <catch2/catch.hpp>

#include "dataset_test_support.hpp"
#include "http_message.hpp"
#include "nianbao/dataset.hpp"

namespace nianbao::dataset {
namespace {

using testing::Chunked;
using testing::GzipMember;
using testing::HttpResponse;
using testing::TempDir;
using testing::TinyHtmlReport;
using testing::WarcRecord;

constexpr const char* kPngBytes = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

std::vector<std::string> CrawlRecords(const std::string& html, const std::string& pdf) {
  return {
      WarcRecord("warcinfo", "", "software: nianbao-test\r\n", "application/warc-fields"),
      WarcRecord("request", "http://gov.example/report.html",
                 "GET /report.html HTTP/1.1\r\nHost: gov.example\r\n\r\n",
                 "application/http; msgtype=request"),
      WarcRecord("response", "http://gov.example/report.html",
                 HttpResponse(200, "text/html; charset=utf-8", Chunked(html, 100),
                              {{"Transfer-Encoding", "chunked"}})),
      WarcRecord(
          "response", "http://gov.example/report.pdf",
          HttpResponse(200, "application/pdf", GzipMember(pdf), {{"Content-Encoding", "gzip"}})),
      WarcRecord("response", "http://gov.example/logo.png",
                 HttpResponse(200, "image/png", std::string(kPngBytes, 16))),
      WarcRecord("response", "http://gov.example/missing.html",
                 HttpResponse(404, "text/html", "<html><body><p>404 页面不存在</p></body></html>")),
  };
}

const std::string kPdf = "%PDF-1.4\n% a stand-in; the WARC reader only detects the format\n%%EOF\n";

void CheckCrawl(const std::string& warc_path, const std::string& html) {
  std::vector<InputDocument> documents;
  WarcTally tally = ReadWarc(
      warc_path, [&](InputDocument&& document) { documents.push_back(std::move(document)); });
  CHECK(tally.records == 6);
  CHECK(tally.documents == 2);
  CHECK(tally.not_response == 2);
  CHECK(tally.not_report == 1);
  CHECK(tally.http_not_ok == 1);
  REQUIRE(documents.size() == 2);
  CHECK(documents[0].bytes == html);
  CHECK(documents[0].source_fields["url"] == "http://gov.example/report.html");
  CHECK(documents[0].source_fields["fetched_at"] == "2026-11-20T08:00:00Z");
  CHECK(documents[0].path == warc_path + "#3");
  CHECK(documents[1].bytes == kPdf);
  CHECK(documents[1].source_fields["url"] == "http://gov.example/report.pdf");
}

TEST_CASE("a gzipped WARC yields the report responses with their URLs", "[dataset][warc]") {
  TempDir dir;
  std::string html = TinyHtmlReport(1);
  std::string warc;
  for (const std::string& record : CrawlRecords(html, kPdf)) warc += GzipMember(record);
  testing::WriteFile(dir / "crawl.warc.gz", warc);
  CHECK(IsWarcFile(dir / "crawl.warc.gz"));
  CheckCrawl(dir / "crawl.warc.gz", html);
}

TEST_CASE("a plain WARC reads the same", "[dataset][warc]") {
  TempDir dir;
  std::string html = TinyHtmlReport(2);
  std::string warc;
  for (const std::string& record : CrawlRecords(html, kPdf)) warc += record;
  testing::WriteFile(dir / "crawl.warc", warc);
  CheckCrawl(dir / "crawl.warc", html);
}

TEST_CASE("a file that is no WARC is told apart and refused", "[dataset][warc]") {
  TempDir dir;
  testing::WriteFile(dir / "report.html", TinyHtmlReport(3));
  CHECK_FALSE(IsWarcFile(dir / "report.html"));
  CHECK_THROWS_AS(ReadWarc(dir / "report.html", [](InputDocument&&) {}), Error);
}

TEST_CASE("a truncated WARC record is a damaged-file error after the good records",
          "[dataset][warc]") {
  TempDir dir;
  std::string html = TinyHtmlReport(4);
  std::string first =
      WarcRecord("response", "http://gov.example/a.html", HttpResponse(200, "text/html", html));
  std::string second = WarcRecord("response", "http://gov.example/b.html",
                                  HttpResponse(200, "text/html", html + " "));
  testing::WriteFile(dir / "cut.warc", first + second.substr(0, second.size() / 2));
  int delivered = 0;
  try {
    ReadWarc(dir / "cut.warc", [&](InputDocument&&) { ++delivered; });
    FAIL("no error for a truncated record");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kDamaged);
    CHECK_THAT(error.message(), Catch::Contains("truncated"));
  }
  CHECK(delivered == 1);
}

TEST_CASE("chunked bodies are joined; malformed chunks are refused", "[dataset][http]") {
  CHECK(Dechunk("5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n") ==
        std::optional<std::string>("hello world"));
  CHECK(Dechunk(Chunked(std::string(1000, 'x'), 7)) == std::optional(std::string(1000, 'x')));
  CHECK_FALSE(Dechunk("5\r\nhel").has_value());
  CHECK_FALSE(Dechunk("zz\r\nhello\r\n0\r\n\r\n").has_value());
  CHECK_FALSE(Dechunk("5\r\nhelloXX0\r\n\r\n").has_value());
}

TEST_CASE("HTTP responses: status, headers removed, content-encoding undone", "[dataset][http]") {
  auto plain = ParseHttpResponse(HttpResponse(200, "text/html", "<p>x</p>"));
  REQUIRE(plain);
  CHECK(plain->status == 200);
  CHECK(plain->body == "<p>x</p>");
  auto gzipped = ParseHttpResponse(
      HttpResponse(200, "text/html", GzipMember("<p>y</p>"), {{"Content-Encoding", "gzip"}}));
  REQUIRE(gzipped);
  CHECK(gzipped->body == "<p>y</p>");
  auto missing = ParseHttpResponse(HttpResponse(404, "text/html", "gone"));
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK_FALSE(ParseHttpResponse("GET / HTTP/1.1\r\n\r\n").has_value());
  CHECK_FALSE(
      ParseHttpResponse(HttpResponse(200, "text/html", "not gzip", {{"Content-Encoding", "gzip"}}))
          .has_value());
}

}  // namespace
}  // namespace nianbao::dataset
