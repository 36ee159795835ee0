// OutcomeToJson and OutcomeFromJson are each other's inverse on every record nianbao writes:
// the records of our sample reports (every format), error records, and records as the dataset
// stores them (crawl fields, linked attachments, report_in).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "nianbao/output.hpp"
#include "nianbao/region.hpp"

namespace nianbao::output {
namespace {

std::string RoundTrip(const Outcome& outcome) {
  const std::string text = OutcomeToJson(outcome).dump();
  return OutcomeToJson(OutcomeFromJson(Json::parse(text), "test")).dump();
}

std::vector<std::string> ReportFiles() {
  std::vector<std::string> files;
  for (const std::string& folder :
       {std::string(NIANBAO_SAMPLES), std::string(NIANBAO_TEST_DATA) + "/reports"}) {
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.is_regular_file()) files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("the record of every sample report comes back from its JSON unchanged",
          "[output][json]") {
  normalize::Normalizer normalizer;
  schema::Mapper mapper(schema::TemplateSet::Builtin(), normalizer);
  region::Placer placer(region::Gazetteer::Builtin(), normalizer);
  const std::vector<std::string> files = ReportFiles();
  REQUIRE(files.size() >= 20);
  int with_values = 0;
  for (const std::string& file : files) {
    INFO(file);
    Outcome outcome;
    try {
      Document document = ReadDocumentFile(file);
      outcome.record = mapper.Map(document);
      placer.PlaceRecord(outcome.record, document);
    } catch (const Error&) {
      continue;  // a converter missing here (LibreOffice for .doc): nothing to serialise
    }
    const std::string text = OutcomeToJson(outcome).dump();
    CHECK(RoundTrip(outcome) == text);
    // Typed, too: what the dataset and the review read.
    const schema::Record back = RecordFromJson(Json::parse(text), file);
    CHECK(back.status == outcome.record.status);
    CHECK(back.values == outcome.record.values);
    CHECK(back.source.format == outcome.record.source.format);
    CHECK(back.missing.size() == outcome.record.missing.size());
    CHECK(back.warnings.size() == outcome.record.warnings.size());
    with_values += outcome.record.values.empty() ? 0 : 1;
  }
  CHECK(with_values >= 20);
}

TEST_CASE("an error record with crawl fields comes back unchanged", "[output][json]") {
  Outcome outcome;
  outcome.record.source.path = "crawl.warc.gz#7";
  outcome.record.source.sha256 = "ab12";
  outcome.record.status = schema::RecordStatus::kError;
  Location where;
  where.page = 3;
  where.offset = 1234;
  outcome.error = Error(ErrorKind::kDamaged, "crawl.warc.gz#7", "truncated", where);
  // A manifest's own "format" column stays in an error record's source (it has no format).
  outcome.source_fields = {{"url", "http://gov.example/a.pdf"}, {"format", "pdf"}};
  const Json json = OutcomeToJson(outcome);
  CHECK(json.dump() ==
        R"({"schema":"nianbao/1","source":{"path":"crawl.warc.gz#7","sha256":"ab12",)"
        R"("url":"http://gov.example/a.pdf","format":"pdf"},"status":"error","error":)"
        R"({"kind":"damaged","message":"truncated","place":{"page":3,"offset":1234}}})");
  CHECK(RoundTrip(outcome) == json.dump());
  const Outcome back = OutcomeFromJson(json, "x");
  REQUIRE(back.error);
  CHECK(back.error->kind() == ErrorKind::kDamaged);
  CHECK(back.error->path() == "crawl.warc.gz#7");
  CHECK(back.error->location().offset == 1234);
  CHECK(back.record.status == schema::RecordStatus::kError);
  // The same as ErrorRecordToJson, which knows no hash.
  Outcome unhashed = outcome;
  unhashed.record.source.sha256.clear();
  unhashed.source_fields = Json::object();
  CHECK(OutcomeToJson(unhashed) == ErrorRecordToJson("crawl.warc.gz#7", *outcome.error));
}

TEST_CASE("a stored page's linked attachments and the dataset's fields come back in order",
          "[output][json]") {
  // As the dataset's linking leaves a page linked twice: found before url and sha256.
  const std::string stored =
      R"({"schema":"nianbao/1","source":{"path":"site/page.html","sha256":"cd34",)"
      R"("format":"html","url":"http://gov.example/page.html","site":"gov.example"},)"
      R"("title":"","agency":"","year":null,"template":"unknown","sections":{},"values":{},)"
      R"("checks":[],"provenance":{},"warnings":[{"severity":"warning",)"
      R"("code":"dataset.attachment_absent","message":"absent"}],"status":"no_data",)"
      R"("missing":[],"attachments":[{"href":"a.pdf","text":"附件：年度报告","found":true,)"
      R"("url":"http://gov.example/a.pdf","sha256":"ef56"},{"href":"b.doc","text":"附件2",)"
      R"("found":false}],"report_in":{"sha256":"ef56","path":"site/a.pdf"},"later":[1,2]})";
  const Outcome outcome = OutcomeFromJson(Json::parse(stored), "x");
  CHECK(OutcomeToJson(outcome).dump() == stored);
  REQUIRE(outcome.attachments.size() == 2);
  CHECK(outcome.attachments[0].href == "a.pdf");
  CHECK(outcome.attachments[1].text == "附件2");
  CHECK(outcome.source_fields.dump() ==
        R"({"url":"http://gov.example/page.html","site":"gov.example"})");
  CHECK(outcome.other_fields.size() == 2);
  CHECK(outcome.record.status == schema::RecordStatus::kNoData);
  CHECK(outcome.record.warnings.at(0).code == "dataset.attachment_absent");
}

TEST_CASE("JSON that is no record is refused with the file named", "[output][json]") {
  auto refused = [](const std::string& text) {
    try {
      OutcomeFromJson(Json::parse(text), "in/x.html");
    } catch (const Error& error) {
      return error.kind() == ErrorKind::kDamaged && error.path() == "in/x.html";
    }
    return false;
  };
  CHECK(refused("[]"));
  CHECK(refused(R"({"schema":"nianbao/1"})"));
  CHECK(refused(R"({"schema":"nianbao/1","source":{}})"));  // no status
  CHECK(refused(R"({"source":{},"status":"partial","missing":[{"keys":[],"reason":"gone"}]})"));
  CHECK(refused(R"({"source":{},"status":"partial","checks":[{"rule":"r"}]})"));
}

TEST_CASE("an error record always says its place, and reads back the older name", "[output]") {
  const Error whole_file(ErrorKind::kEncrypted, "a.pdf", "the PDF is encrypted");
  const Json json = ErrorRecordToJson("a.pdf", whole_file);
  REQUIRE(json["error"].contains("place"));
  CHECK(json["error"]["place"] == Json::object());
  CHECK_FALSE(json["error"].contains("location"));

  // Datasets written before the contract's name was followed hold `location`.
  const Json older =
      Json::parse(R"({"schema":"nianbao/1","source":{"path":"b.docx"},"status":"error",)"
                  R"("error":{"kind":"damaged","message":"bad XML","location":{"line":7}}})");
  const Outcome back = OutcomeFromJson(older, "b.docx");
  REQUIRE(back.error);
  REQUIRE(back.error->location().line);
  CHECK(*back.error->location().line == 7);
  CHECK(OutcomeToJson(back)["error"]["place"]["line"] == 7);
}

}  // namespace
}  // namespace nianbao::output
