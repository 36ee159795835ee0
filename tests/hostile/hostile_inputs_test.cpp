// What a crawler really brings home: truncated downloads, traps and giants. Each input goes
// through the whole per-document pipeline (read → map → record JSON) in a child process
// limited to 1 GiB of address space and 10 s of CPU (bounded_run.hpp), and must end in a
// record or a clear error naming the cause: never a crash, a hang or the limits.
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "bounded_run.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/output.hpp"
#include "nianbao/schema.hpp"

namespace nianbao {
namespace {

namespace fs = std::filesystem;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

// The pipeline's answer in one line: "record <template> values=<n> warnings=<codes>" or
// "error <kind>: <message>".
std::string Process(const fs::path& path) {
  const normalize::Normalizer normalizer;
  const schema::Mapper mapper(schema::TemplateSet::Builtin(), normalizer);
  try {
    const schema::Record record = mapper.Map(ReadDocumentFile(path));
    output::RecordToJson(record).dump();  // the record must be writable (valid UTF-8)
    std::string report = "record " + record.template_id +
                         " values=" + std::to_string(record.values.size()) + " warnings=";
    for (const Diagnostic& warning : record.warnings) report += warning.code + ",";
    return report;
  } catch (const Error& error) {
    return std::string("error ") + ErrorKindName(error.kind()) + ": " + error.message();
  }
}

// Process() under the limits; fails the test if the child crashed, hung or hit a limit.
std::string ProcessBounded(const fs::path& path) {
  const testing::BoundedOutcome outcome = testing::RunBounded([&] { return Process(path); });
  INFO(path.string() << ": " << outcome.report);
  REQUIRE(outcome.completed);
  return outcome.report;
}

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "nianbao-hostile-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    fs::permissions(path_, fs::perms::owner_all, ignored);
    fs::remove_all(path_, ignored);
  }
  fs::path Write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path_ / name, std::ios::binary) << bytes;
    return path_ / name;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

fs::path TestData(const std::string& relative) {
  return fs::path(NIANBAO_TEST_DATA) / relative;
}

// Whether any process opens `path` while this watch lives (inotify): how a test knows
// that a parser did not fetch the file an external entity names.
class OpenWatch {
 public:
  explicit OpenWatch(const fs::path& path) : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    REQUIRE(fd_ >= 0);
    REQUIRE(inotify_add_watch(fd_, path.c_str(), IN_OPEN | IN_ACCESS) >= 0);
  }
  ~OpenWatch() { close(fd_); }
  OpenWatch(const OpenWatch&) = delete;
  OpenWatch& operator=(const OpenWatch&) = delete;

  bool Opened() const {
    alignas(inotify_event) char events[4096];
    return read(fd_, events, sizeof events) > 0;
  }

 private:
  int fd_;
};

// A copy of the DOCX `source` at `target` with word/document.xml replaced by `xml`.
void WriteDocxWithDocumentXml(const fs::path& source, const fs::path& target,
                              const std::string& xml) {
  fs::copy_file(source, target, fs::copy_options::overwrite_existing);
  int error = 0;
  zip_t* archive = zip_open(target.c_str(), 0, &error);
  REQUIRE(archive != nullptr);
  zip_source_t* part = zip_source_buffer(archive, xml.data(), xml.size(), 0);
  const bool replaced =
      part != nullptr && zip_file_add(archive, "word/document.xml", part, ZIP_FL_OVERWRITE) >= 0;
  if (!replaced) {
    if (part != nullptr) zip_source_free(part);
    zip_discard(archive);
  }
  REQUIRE(replaced);
  REQUIRE(zip_close(archive) == 0);
}

// A PDF written object by object with a correct cross-reference table. `objects[i]` is
// object i + 1; object 1 must be the catalog.
std::string WritePdf(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t idx = 0; idx < objects.size(); ++idx) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(idx + 1) + " 0 obj\n" + objects[idx] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// `pages` pages sharing one content stream and one font: 1 catalog, 2 page tree,
// 3 content, 4 font, 5… pages.
std::string ManyPagesPdf(int pages) {
  const std::string content = "BT /F1 12 Tf 72 720 Td (2023 report page) Tj ET";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string kids;
  for (int page = 0; page < pages; ++page) {
    kids += std::to_string(5 + page) + " 0 R ";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
        "/Resources << /Font << /F1 4 0 R >> >> >>");
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>";
  return WritePdf(objects);
}

TEST_CASE("a 10,000-page PDF is read up to max_pages, with a warning saying so", "[hostile]") {
  TempDir dir;
  const std::string report = ProcessBounded(dir.Write("huge.pdf", ManyPagesPdf(10000)));
  CHECK_THAT(report, StartsWith("record") && Contains("pdf.max_pages"));
}

TEST_CASE("a PDF whose page tree loops back on itself is damaged, not a hang", "[hostile]") {
  // The root page tree's only kid is a page tree whose only kid is the root again.
  const std::string pdf =
      WritePdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"});
  TempDir dir;
  CHECK_THAT(ProcessBounded(dir.Write("loop.pdf", pdf)), StartsWith("error damaged"));
}

TEST_CASE("an encrypted PDF is refused as encrypted", "[hostile]") {
  CHECK_THAT(ProcessBounded(TestData("pdf/encrypted.pdf")), StartsWith("error encrypted"));
}

TEST_CASE("a truncated report of every format is refused or says it was cut", "[hostile]") {
  TempDir dir;
  for (const char* name : {"county_2021_report.html", "city_2019_report.docx",
                           "bureau_2021_report.pdf", "street_2021_report.txt"}) {
    const fs::path whole_path = fs::path(NIANBAO_SAMPLES) / name;
    const std::string whole = ReadFileBytes(whole_path);
    REQUIRE(whole.size() > 1000);
    for (size_t cut : {whole.size() / 10, whole.size() / 2, whole.size() * 9 / 10}) {
      const std::string cut_name = std::to_string(cut) + "-" + name;
      const std::string report = ProcessBounded(dir.Write(cut_name, whole.substr(0, cut)));
      INFO(cut_name << ": " << report);
      if (whole_path.extension() == ".html") {
        CHECK_THAT(report, StartsWith("record") && Contains("html.truncated"));
      } else if (whole_path.extension() == ".txt") {
        CHECK_THAT(report, StartsWith("record") || StartsWith("error damaged"));
      } else {
        CHECK_THAT(report, StartsWith("error damaged"));
      }
    }
  }
}

TEST_CASE("XML entities are never expanded nor fetched", "[hostile]") {
  CHECK_THAT(ProcessBounded(TestData("docx/billion_laughs.docx")), StartsWith("error damaged"));
  CHECK_THAT(ProcessBounded(TestData("docx/external_entity.docx")), StartsWith("error damaged"));

  // The entities name a file of our own, watched: nobody else opens it, so an open seen
  // while the document is read is the parser fetching the entity.
  TempDir dir;
  const std::string secret = "NIANBAO-ENTITY-CANARY";
  const fs::path canary = dir.Write("canary.txt", secret);
  const std::string entity = "<!ENTITY xxe SYSTEM \"file://" + canary.string() + "\">";
  const fs::path docx = dir.path() / "xxe.docx";
  WriteDocxWithDocumentXml(
      TestData("docx/external_entity.docx"), docx,
      "<?xml version=\"1.0\"?><!DOCTYPE w:document [" + entity +
          "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
          "main\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>");
  const fs::path html = dir.Write(
      "xxe.html", "<!DOCTYPE html [" + entity +
                      "]><html><body><h1>某县2023年政府信息公开工作年度报告</h1><p>&xxe;</p>"
                      "</body></html>");
  const OpenWatch watch(canary);

  const std::string docx_report = ProcessBounded(docx);
  CHECK_THAT(docx_report, StartsWith("error damaged") && !Contains(secret));
  const std::string html_report = ProcessBounded(html);
  CHECK_THAT(html_report, StartsWith("record"));
  for (const Block& block : ReadDocumentFile(html).blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      CHECK_THAT(paragraph->text, !Contains(secret));
    }
  }
  CHECK_FALSE(watch.Opened());

  // The watch does see an open of the file.
  CHECK(ReadFileBytes(canary) == secret);
  CHECK(watch.Opened());
}

TEST_CASE("zip bombs are refused before they are inflated", "[hostile]") {
  CHECK_THAT(ProcessBounded(TestData("docx/bomb.docx")), StartsWith("error limit"));
  CHECK_THAT(ProcessBounded(TestData("docx/bomb_lying_size.docx")), StartsWith("error limit"));
}

TEST_CASE("a DOCX whose document.xml inflates to 500 MB is refused", "[hostile]") {
  const std::string report = ProcessBounded(TestData("docx/huge_document_xml.docx"));
  CHECK_THAT(report, StartsWith("error limit") && Contains("word/document.xml"));
}

TEST_CASE("HTML nested 100,000 levels deep is refused or read, within bounds", "[hostile]") {
  std::string page = "<html><body><h1>某县2023年政府信息公开工作年度报告</h1>";
  for (int level = 0; level < 100000; ++level) page += "<div>";
  page += "<table><tr><td>自然人</td><td>1</td></tr></table></body></html>";
  TempDir dir;
  const std::string report = ProcessBounded(dir.Write("deep.html", page));
  CHECK((report.starts_with("record") || report.starts_with("error limit")));
}

TEST_CASE("a 200 MB HTML page is refused by its size, before parsing", "[hostile]") {
  TempDir dir;
  const fs::path path = dir.path() / "giant.html";
  {
    std::ofstream stream(path, std::ios::binary);
    stream << "<html><head><meta charset=\"utf-8\"></head><body><h1>报告</h1><table>";
    const std::string row = "<tr><td>自然人</td><td>1</td><td>2</td><td>3</td></tr>\n";
    for (size_t written = 0; written < (200u << 20); written += row.size()) stream << row;
    stream << "</table></body></html>";
  }
  const std::string report = ProcessBounded(path);
  CHECK_THAT(report, StartsWith("error limit") && Contains("max_markup_bytes"));
}

TEST_CASE("a file of random bytes is unsupported", "[hostile]") {
  std::mt19937 random(20261126);
  std::string bytes(4u << 20, '\0');
  for (char& byte : bytes) byte = static_cast<char>(random() & 0xFF);
  TempDir dir;
  CHECK_THAT(ProcessBounded(dir.Write("random.pdf", bytes)), StartsWith("error unsupported"));
}

TEST_CASE("an empty file, a directory and a missing file are clear errors", "[hostile]") {
  TempDir dir;
  CHECK_THAT(ProcessBounded(dir.Write("empty.html", "")), StartsWith("error unsupported"));
  CHECK_THAT(ProcessBounded(dir.path()), StartsWith("error io") && Contains("directory"));
  CHECK_THAT(ProcessBounded(dir.path() / "absent.pdf"), StartsWith("error io"));
}

TEST_CASE("an unreadable file is an io error naming the permission", "[hostile]") {
  TempDir dir;
  const fs::path path = dir.Write("secret.html", "<html><body><p>x</p></body></html>");
  const fs::path locked_dir = dir.path() / "locked";
  fs::create_directory(locked_dir);
  const fs::path behind_lock = locked_dir / "report.pdf";
  std::ofstream(behind_lock) << "%PDF-1.4";
  REQUIRE(chmod(dir.path().c_str(), 0755) == 0);
  REQUIRE(chmod(path.c_str(), 0) == 0);
  REQUIRE(chmod(locked_dir.c_str(), 0) == 0);
  // root reads anything: the child drops to nobody first, so the test means the same as root
  // (CI) and as a user.
  const testing::BoundedOutcome outcome = testing::RunBounded([&] {
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
      return std::string("setuid failed");
    return Process(path) + "\n" + Process(behind_lock);
  });
  INFO(outcome.report);
  REQUIRE(outcome.completed);
  CHECK_THAT(outcome.report, StartsWith("error io") &&
                                 Contains("permission", Catch::CaseSensitive::No) &&
                                 Contains("\nerror io: cannot reach the file: Permission denied"));
}

}  // namespace
}  // namespace nianbao
