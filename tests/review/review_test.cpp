// The review report written in-process: template layout, the pages, the PDF boxes lying on
// the cells' text (Poppler's own text positions, not nianbao's reader), the CLI over a dataset.
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/core.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <memory>
#include <regex>
#include <set>
#include <sstream>

#include "nianbao/normalize.hpp"
#include "review_support.hpp"

namespace nianbao::review_test {

std::vector<std::string> TestFiles() {
  const std::string samples = NIANBAO_SAMPLES;
  const std::string reports = std::string(NIANBAO_TEST_DATA) + "/reports/";
  return {samples + "/bureau_2021_report.pdf",
          samples + "/county_2021_report.html",
          samples + "/city_2019_report.docx",
          samples + "/street_2021_report.txt",
          reports + "broken_t4_2021.txt",
          std::string(NIANBAO_TEST_DATA) + "/review/bad_total_2021.txt"};
}

std::vector<ReviewedFile> ReadFiles(const std::vector<std::string>& paths) {
  normalize::Normalizer normalizer;
  const schema::Mapper mapper(schema::TemplateSet::Builtin(), normalizer);
  std::vector<ReviewedFile> files;
  for (const std::string& path : paths) {
    ReviewedFile file;
    file.path = path;
    file.bytes = ReadFileBytes(path);
    file.document = ReadDocument(file.bytes, path);
    file.record = mapper.Map(file.document);
    files.push_back(std::move(file));
  }
  return files;
}

std::filesystem::path WriteReport(const std::vector<ReviewedFile>& files, const std::string& name) {
  const auto folder = std::filesystem::temp_directory_path() /
                      ("nianbao_review_" + name + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  review::ReviewOptions options;
  options.output_dir = folder;
  review::ReportWriter writer(options, schema::TemplateSet::Builtin());
  for (const ReviewedFile& file : files) {
    review::ReviewedDocument reviewed;
    reviewed.record = &file.record;
    reviewed.document = &file.document;
    reviewed.bytes = file.bytes;
    writer.Add(reviewed);
  }
  writer.Finish();
  return folder;
}

std::string ReadText(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream out;
  out << stream.rdbuf();
  return out.str();
}

std::vector<PdfPageWords> WordsOf(const std::string& pdf_path) {
  const auto out = std::filesystem::temp_directory_path() /
                   ("nianbao_review_words_" + std::to_string(::getpid()) + ".html");
  const std::string command = "pdftotext -bbox '" + pdf_path + "' '" + out.string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  const std::string html = ReadText(out);
  std::filesystem::remove(out);
  std::vector<PdfPageWords> pages;
  const std::regex item(
      R"re(<page width="([0-9.]+)" height="([0-9.]+)">|<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  for (auto match = std::sregex_iterator(html.begin(), html.end(), item);
       match != std::sregex_iterator(); ++match) {
    if ((*match)[1].matched) {
      pages.push_back({std::stod((*match)[1]), std::stod((*match)[2]), {}});
    } else if (!pages.empty()) {
      pages.back().words.push_back(
          {(*match)[7], Box{std::stod((*match)[3]), std::stod((*match)[4]), std::stod((*match)[5]),
                            std::stod((*match)[6])}});
    }
  }
  return pages;
}

namespace {

size_t Count(const std::string& text, const std::string& what) {
  size_t count = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

std::string WithoutSpaces(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\n' && c != '\t') out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("the printed tables hold every table key of a record exactly once", "[review]") {
  const auto files = ReadFiles({std::string(NIANBAO_SAMPLES) + "/bureau_2021_report.pdf",
                                std::string(NIANBAO_SAMPLES) + "/city_2019_report.docx"});
  for (const ReviewedFile& file : files) {
    INFO(file.path);
    const auto tables =
        schema::PrintedTables(*schema::TemplateSet::Builtin(), file.record.template_id);
    REQUIRE(tables.size() == 3);
    std::multiset<std::string> printed;
    for (const schema::PrintedTable& table : tables) {
      for (const auto& row : table.rows) {
        for (const std::string& key : row.keys) {
          if (!key.empty()) printed.insert(key);
        }
      }
      int header_columns = 0;  // the top header row spans every printed column
      for (const auto& cell : table.header.front()) {
        if (cell.first_column >= 0) header_columns += cell.colspan;
      }
      CHECK(header_columns == static_cast<int>(table.rows.front().keys.size()));
    }
    int table_values = 0;
    for (const auto& [key, value] : file.record.values) {
      if (key.rfind("s6.", 0) == 0) continue;
      INFO(key);
      CHECK(printed.count(key) == 1);
      ++table_values;
    }
    CHECK(table_values > 60);
  }
}

TEST_CASE("check operands expand the template's rules", "[review]") {
  const auto operands = schema::CheckOperands(*schema::TemplateSet::Builtin(), "2021");
  const auto balance = operands.find("t3.balance.total");
  REQUIRE(balance != operands.end());
  for (const char* key :
       {"t3.new.total", "t3.carried_in.total", "t3.total.total", "t3.carried_out.total"}) {
    CHECK(std::count(balance->second.begin(), balance->second.end(), key) == 1);
  }
  CHECK(operands.count("t4.sum.review") == 1);
  CHECK(schema::CheckOperands(*schema::TemplateSet::Builtin(), "1999").empty());
}

TEST_CASE("a report has an overview and a page per document with every value linked", "[review]") {
  const auto files = ReadFiles(TestFiles());
  const auto folder = WriteReport(files, "pages");
  const std::string overview = ReadText(folder / "index.html");
  CHECK(overview.find("Noto Sans CJK SC") != std::string::npos);
  CHECK(overview.find("<svg") != std::string::npos);
  for (const char* fetch : {"src=\"http", "href=\"http", "@import", "url("}) {
    CHECK(overview.find(fetch) == std::string::npos);  // nothing fetched from the network
  }
  for (size_t idx = 0; idx < files.size(); ++idx) {
    const ReviewedFile& file = files[idx];
    INFO(file.path);
    const std::string page = ReadText(folder / "d" / fmt::format("{:06}.html", idx + 1));
    const size_t numbers = file.record.values.size();
    CHECK(Count(page, "<td class=\"v") == numbers);
    if (file.record.source.format == Format::kPdf) {
      size_t boxed = 0;  // values with a box (fee figures from text may have none)
      for (const auto& [key, where] : file.record.provenance) boxed += where.bbox ? 1 : 0;
      CHECK(boxed + 3 >= numbers);
      CHECK(Count(page, " data-box=\"") == boxed);
      int images = 0;
      for (const auto& entry : std::filesystem::directory_iterator(folder / "img")) {
        images += entry.path().filename().string().rfind("000001-p", 0) == 0 ? 1 : 0;
      }
      CHECK(images > 0);
      CHECK(images <= review::ReviewOptions{}.max_page_images);
    } else {
      CHECK(Count(page, " data-cell=\"") >= numbers - 3);  // fee figures come from text
    }
    for (const schema::MissingKeys& gap : file.record.missing) {
      CHECK(page.find(schema::MissingReasonName(gap.reason)) != std::string::npos);
    }
  }
  std::filesystem::remove_all(folder);
}

TEST_CASE("every PDF value's box lies on its cell's text, as pdftotext places it", "[review]") {
  const std::string path = std::string(NIANBAO_SAMPLES) + "/bureau_2021_report.pdf";
  const auto files = ReadFiles({path});
  const auto pages = WordsOf(path);
  int checked = 0;
  for (const auto& [key, where] : files.front().record.provenance) {
    if (!where.table) continue;
    INFO(key << " " << where.text);
    REQUIRE(where.page);
    REQUIRE(where.bbox);
    REQUIRE(*where.page <= static_cast<int>(pages.size()));
    std::string inside;
    for (const PdfWord& word : pages[static_cast<size_t>(*where.page - 1)].words) {
      const double x = (word.box.x0 + word.box.x1) / 2;
      const double y = (word.box.top + word.box.bottom) / 2;
      if (x > where.bbox->x0 && x < where.bbox->x1 && y > where.bbox->top &&
          y < where.bbox->bottom) {
        inside += word.text;
      }
    }
    CHECK(WithoutSpaces(inside) == WithoutSpaces(where.text));
    ++checked;
  }
  CHECK(checked > 50);
}

}  // namespace nianbao::review_test
