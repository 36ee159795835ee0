#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "nianbao/extract.hpp"

using namespace nianbao;
using namespace std::string_literals;

TEST_CASE("formats are detected by content", "[extract][detect]") {
  CHECK(DetectFormat("%PDF-1.7\n%\xE2\xE3\n1 0 obj", "x") == Format::kPdf);
  CHECK(DetectFormat("junk\n%PDF-1.4\n", "x") == Format::kPdf);
  CHECK(DetectFormat("PK\x03\x04....[Content_Types].xml....word/document.xml"s, "x") ==
        Format::kDocx);
  CHECK(DetectFormat("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1....W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0"s,
                     "x") == Format::kDoc);
  CHECK(DetectFormat("<!DOCTYPE html><html><body><p>报告</p></body></html>", "x") ==
        Format::kHtml);
  CHECK(DetectFormat("\xEF\xBB\xBF<html><head><meta charset=gbk>", "x") == Format::kHtml);
  CHECK(DetectFormat("某某镇2021年政府信息公开工作年度报告\n一、总体情况\n", "x") == Format::kTxt);
}

TEST_CASE("files nianbao cannot read get a clear unsupported error", "[extract][detect]") {
  auto kind_of = [](std::string bytes) {
    try {
      DetectFormat(bytes, "in/file");
    } catch (const Error& error) {
      CHECK(error.path() == "in/file");
      return error.kind();
    }
    return ErrorKind::kInternal;
  };
  CHECK(kind_of("") == ErrorKind::kUnsupported);
  CHECK(kind_of("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s) == ErrorKind::kUnsupported);
  CHECK(kind_of("\xFF\xD8\xFF\xE0\0\x10JFIF"s) == ErrorKind::kUnsupported);
  CHECK(kind_of("PK\x03\x04....xl/workbook.xml"s) == ErrorKind::kUnsupported);
  CHECK(kind_of("PK\x03\x04....mimetype"s) == ErrorKind::kUnsupported);
  CHECK(kind_of("\x01\x02\x03\0\x05\x06\x07"s) == ErrorKind::kUnsupported);
}

TEST_CASE("ReadDocumentFile names missing files and directories", "[extract][detect]") {
  auto tmp = std::filesystem::temp_directory_path();
  try {
    ReadDocumentFile(tmp / "nianbao-no-such-file.pdf");
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kIo);
    CHECK(std::string(error.what()).find("no such file") != std::string::npos);
  }
  try {
    ReadDocumentFile(tmp);
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kIo);
    CHECK(std::string(error.what()).find("directory") != std::string::npos);
  }
}

TEST_CASE("an empty file is unsupported, not a crash", "[extract][detect]") {
  auto path = std::filesystem::temp_directory_path() / "nianbao-empty-test.html";
  { std::ofstream(path).flush(); }
  try {
    ReadDocumentFile(path);
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kUnsupported);
  }
  std::filesystem::remove(path);
}
