// The program's OCR is a module loaded on the first scanned page (extract/pdf/ocr/module.hpp):
// reading a text PDF must not load Tesseract, reading a scan must, and read it. libpq, libzip
// and libsqlite3 are modules too, loaded only for a PostgreSQL dataset
// (dataset/src/libpq_functions.hpp; the PostgreSQL tests in tests/dataset run the program
// against a server), a DOCX package (extract/docx/libzip_functions.hpp) and a SQLite dataset
// (dataset/src/sqlite_functions.hpp).
#include <sys/wait.h>

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream out;
  out << stream.rdbuf();
  return out.str();
}

// `nianbao extract FILE` with the dynamic loader saying on stderr which libraries it loads.
RunResult ExtractTracingLibraries(const std::string& file) {
  const auto folder = std::filesystem::temp_directory_path() /
                      ("nianbao_ocr_cli_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  std::string command = "LD_DEBUG=libs '" NIANBAO_BINARY "' extract '" + file + "' >'" +
                        (folder / "out").string() + "' 2>'" + (folder / "err").string() + "'";
  int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadAll(folder / "out");
  result.err = ReadAll(folder / "err");
  std::filesystem::remove_all(folder);
  return result;
}

}  // namespace

TEST_CASE(
    "extract: a text PDF is read without loading the OCR libraries, libpq, libzip or libsqlite3",
    "[cli]") {
  RunResult run = ExtractTracingLibraries(std::string(NIANBAO_TEST_DATA) + "/pdf/merged_cells.pdf");
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("\"values\":{\"") != std::string::npos);
  CHECK(run.err.find("libpoppler") != std::string::npos);  // the trace works
  CHECK(run.err.find("libtesseract") == std::string::npos);
  CHECK(run.err.find("liblept") == std::string::npos);
  CHECK(run.err.find("libpq") == std::string::npos);
  CHECK(run.err.find("libzip") == std::string::npos);
  CHECK(run.err.find("libcrypto") == std::string::npos);
  CHECK(run.err.find("libsqlite3") == std::string::npos);
}

// libxml2, Nettle and ICU's i18n part are linked from Debian's archives (nianbao_prefer_archive
// in CMakeLists.txt) and fmt from its headers: none is a library to map and bind at a start.
TEST_CASE("extract: a text PDF loads no libxml2 nor Nettle nor libfmt nor ICU i18n library",
          "[cli]") {
  RunResult run = ExtractTracingLibraries(std::string(NIANBAO_TEST_DATA) + "/pdf/merged_cells.pdf");
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("libpoppler") != std::string::npos);  // the trace works
  CHECK(run.err.find("libxml2") == std::string::npos);
  CHECK(run.err.find("libnettle") == std::string::npos);
  CHECK(run.err.find("libfmt") == std::string::npos);
  CHECK(run.err.find("libicui18n") == std::string::npos);
}

TEST_CASE("extract: a DOCX package loads the ZIP module and is read", "[cli]") {
  RunResult run = ExtractTracingLibraries(std::string(NIANBAO_SAMPLES) + "/city_2019_report.docx");
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("libzip") != std::string::npos);
  CHECK(run.out.find("\"format\":\"docx\"") != std::string::npos);
  CHECK(run.out.find("\"status\":\"complete\"") != std::string::npos);
}

TEST_CASE("extract: a scanned page loads the OCR module and is read", "[cli]") {
  RunResult run = ExtractTracingLibraries(std::string(NIANBAO_TEST_DATA) +
                                          "/scans/bureau_2021_report_scan200_p2.pdf");
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("libtesseract") != std::string::npos);
  CHECK(run.out.find("\"origin\":\"ocr\"") != std::string::npos);
}

TEST_CASE("extract: a 300 dpi scan is read without Leptonica's advice on stderr", "[cli]") {
  // Its running text is scaled down to 150 dpi, for which Leptonica printed "Warning in
  // pixScaleGrayLI: scaling factors < 0.7" on every page.
  RunResult run = ExtractTracingLibraries(std::string(NIANBAO_TEST_DATA) +
                                          "/scans/bureau_2021_report_scan300_p3.pdf");
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("libtesseract") != std::string::npos);
  CHECK(run.err.find("Warning in") == std::string::npos);
}

TEST_CASE("run: a DOCX package read into a SQLite dataset: two modules in one process", "[cli]") {
  const auto folder = std::filesystem::temp_directory_path() /
                      ("nianbao_modules_cli_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  const std::string database = (folder / "data.sqlite").string();
  const std::string run = "'" NIANBAO_BINARY "' run '" NIANBAO_SAMPLES
                          "/city_2019_report.docx' --db '" +
                          database + "' 2>/dev/null";
  CHECK(std::system(run.c_str()) == 0);
  const std::string exported = (folder / "out.jsonl").string();
  const std::string export_command = "'" NIANBAO_BINARY "' export --db '" + database +
                                     "' --format jsonl -o '" + exported + "' 2>/dev/null";
  CHECK(std::system(export_command.c_str()) == 0);
  const std::string record = ReadAll(exported);
  std::filesystem::remove_all(folder);
  CHECK(record.find("\"format\":\"docx\"") != std::string::npos);
  CHECK(record.find("\"status\":\"complete\"") != std::string::npos);
}
