// The pipeline stage: one document in, one outcome out; the hash and the format a caller
// already has are used, not computed again.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "nianbao/normalize.hpp"
#include "nianbao/pipeline.hpp"

namespace nianbao::pipeline {
namespace {

std::string ReadSample(const std::string& name) {
  std::ifstream in(std::string(NIANBAO_SAMPLES) + "/" + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

struct Fixture {
  normalize::Normalizer normalizer;
  schema::Mapper mapper{schema::TemplateSet::Builtin(), normalizer};
  region::Placer placer{region::Gazetteer::Builtin(), normalizer};
  Stages stages{mapper, placer};
};

TEST_CASE("a report becomes its record with status, hashed once", "[pipeline]") {
  Fixture fixture;
  const std::string bytes = ReadSample("county_2021_report.html");
  REQUIRE_FALSE(bytes.empty());
  Outcome outcome = ProcessDocument(bytes, "county.html", fixture.stages);
  CHECK_FALSE(outcome.error);
  CHECK(outcome.record.source.sha256 == Sha256Hex(bytes));
  CHECK(outcome.record.source.format == Format::kHtml);
  CHECK(outcome.record.status == schema::RecordStatus::kComplete);
  CHECK_FALSE(outcome.record.values.empty());

  // A hash the caller has is the record's: the bytes are not hashed again.
  Outcome known = ProcessDocument(bytes, "county.html", fixture.stages, Known{"cafe", {}});
  CHECK(known.record.source.sha256 == "cafe");
  CHECK(OutcomeToJson(known).dump().find(R"("sha256":"cafe")") != std::string::npos);
}

TEST_CASE("a format the caller detected is not detected again", "[pipeline]") {
  Fixture fixture;
  const std::string text_dump = ReadSample("street_2021_report.txt");
  // Read as HTML because the caller says so (detection would say text).
  Outcome as_html =
      ProcessDocument(text_dump, "dump.txt", fixture.stages, Known{std::nullopt, Format::kHtml});
  CHECK(as_html.record.source.format == Format::kHtml);
  Outcome detected = ProcessDocument(text_dump, "dump.txt", fixture.stages);
  CHECK(detected.record.source.format == Format::kTxt);
}

TEST_CASE("a document that cannot be read gives an error outcome", "[pipeline]") {
  Fixture fixture;
  const std::string truncated = "%PDF-1.7\n% cut off\n";
  Outcome damaged = ProcessDocument(truncated, "cut.pdf", fixture.stages);
  REQUIRE(damaged.error);
  CHECK(damaged.error->kind() == ErrorKind::kDamaged);
  CHECK(damaged.record.status == schema::RecordStatus::kError);
  CHECK(damaged.record.source.sha256 == Sha256Hex(truncated));

  Outcome missing = ProcessFile("/nonexistent/nianbao/report.pdf", fixture.stages);
  REQUIRE(missing.error);
  CHECK(missing.error->kind() == ErrorKind::kIo);
  CHECK(OutcomeToJson(missing).dump() ==
        R"({"schema":"nianbao/1","source":{"path":"/nonexistent/nianbao/report.pdf"},)"
        R"("status":"error","error":{"kind":"io","message":"no such file","place":{}}})");
}

TEST_CASE("an HTML page's report-like links are its attachments", "[pipeline]") {
  Fixture fixture;
  const std::string page =
      "<html><head><meta charset=\"utf-8\"><title>通知</title></head><body>"
      "<p>测试市人民政府2021年政府信息公开工作年度报告见附件。</p>"
      "<a href=\"files/report.pdf?x=1\">附件：2021年度报告</a>"
      "<a href=\"files/report.pdf?x=1\">again</a>"
      "<a href=\"logo.png\">年度报告</a><a href=\"notes.pdf\">说明</a></body></html>";
  Outcome outcome = ProcessDocument(page, "page.html", fixture.stages);
  REQUIRE_FALSE(outcome.error);
  REQUIRE(outcome.attachments.size() == 1);
  CHECK(outcome.attachments[0].href == "files/report.pdf?x=1");
  CHECK(outcome.attachments[0].text == "附件：2021年度报告");
  CHECK(OutcomeToJson(outcome).dump().find(
            R"("attachments":[{"href":"files/report.pdf?x=1","text":"附件：2021年度报告"}])") !=
        std::string::npos);
}

}  // namespace
}  // namespace nianbao::pipeline
