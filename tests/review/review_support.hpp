// Shared by the review tests: reports made from the samples and test reports.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "nianbao/extract.hpp"
#include "nianbao/review.hpp"
#include "nianbao/schema.hpp"

namespace nianbao::review_test {

struct ReviewedFile {
  std::string path;
  std::string bytes;
  Document document;
  schema::Record record;
};

// The files the review tests show: a PDF, an HTML page, a DOCX and text dumps (one partial).
std::vector<std::string> TestFiles();

// Reads and maps each file once.
std::vector<ReviewedFile> ReadFiles(const std::vector<std::string>& paths);

// Writes a report of `files` into a fresh temporary folder and returns it.
std::filesystem::path WriteReport(const std::vector<ReviewedFile>& files, const std::string& name);

std::string ReadText(const std::filesystem::path& path);

// A PDF's words as `pdftotext -bbox` (poppler-utils) places them: the reference the review's
// boxes are checked against, independent of nianbao's reader.
struct PdfWord {
  std::string text;  // HTML-escaped as pdftotext writes it
  Box box;
};
struct PdfPageWords {
  double width = 0;  // points
  double height = 0;
  std::vector<PdfWord> words;
};
std::vector<PdfPageWords> WordsOf(const std::string& pdf_path);

}  // namespace nianbao::review_test
