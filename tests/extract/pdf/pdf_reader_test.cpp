// The PDF reader on PDFs made by tests/data/pdf/make_test_pdfs.py.
#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include "nianbao/extract.hpp"

namespace nianbao {
namespace {

std::string PdfPath(const std::string& name) {
  return std::string(NIANBAO_TEST_DATA) + "/pdf/" + name;
}

std::vector<const Table*> TablesOf(const Document& document) {
  std::vector<const Table*> tables;
  for (const Block& block : document.blocks) {
    if (const auto* table = std::get_if<Table>(&block)) tables.push_back(table);
  }
  return tables;
}

std::vector<const Paragraph*> ParagraphsOf(const Document& document) {
  std::vector<const Paragraph*> paragraphs;
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) paragraphs.push_back(paragraph);
  }
  return paragraphs;
}

std::string TextAt(const Table& table, int row, int col) {
  const ExpandedGrid grid = ExpandGrid(table);
  const Cell* cell = grid.At(row, col);
  return cell == nullptr ? "<none>" : cell->text;
}

bool HasDiagnostic(const Document& document, const std::string& code) {
  for (const Diagnostic& diagnostic : document.diagnostics) {
    if (diagnostic.code == code) return true;
  }
  return false;
}

ErrorKind KindOfReading(const std::string& name) {
  try {
    ReadDocumentFile(PdfPath(name));
  } catch (const Error& error) {
    return error.kind();
  }
  FAIL("no error reading " << name);
  return ErrorKind::kInternal;
}

}  // namespace

TEST_CASE("merged cells get their row and column spans from missing rulings", "[pdf]") {
  const Document document = ReadDocumentFile(PdfPath("merged_cells.pdf"));
  REQUIRE(document.source.format == Format::kPdf);
  REQUIRE(document.source.pages == 1);
  const auto tables = TablesOf(document);
  REQUIRE(tables.size() == 1);
  const Table& table = *tables[0];
  CHECK(table.origin == TableOrigin::kLattice);
  CHECK(table.rows == 5);
  CHECK(table.cols == 4);
  const ExpandedGrid grid = ExpandGrid(table);
  CHECK(grid.problems.empty());
  const Cell* header = grid.At(0, 1);
  REQUIRE(header != nullptr);
  CHECK(header->text == "法人或其他组织");
  CHECK(header->colspan == 2);
  CHECK(grid.At(0, 2) == header);
  const Cell* label = grid.At(2, 0);
  REQUIRE(label != nullptr);
  CHECK(label->rowspan == 2);
  CHECK(grid.At(3, 0) == label);
  // The label wraps inside its cell: the line break is kept, no space is added.
  CHECK(label->text.find("三、本年度办理结") == 0);
  CHECK(label->text.find('\n') != std::string::npos);
  CHECK(TextAt(table, 0, 0) == "项目");
  CHECK(grid.At(1, 0) == grid.At(0, 0));
  CHECK(TextAt(table, 1, 1) == "商业企业");
  CHECK(TextAt(table, 2, 1) == "12");
  CHECK(TextAt(table, 3, 3) == "4");
  CHECK(TextAt(table, 4, 3) == "3");
  REQUIRE(table.cells.front().page == 1);
  REQUIRE(table.cells.front().bbox.has_value());
  CHECK(table.cells.front().bbox->x0 < table.cells.front().bbox->x1);
}

TEST_CASE("paragraphs come in reading order around the table", "[pdf]") {
  const Document document = ReadDocumentFile(PdfPath("merged_cells.pdf"));
  REQUIRE(document.blocks.size() == 6);
  const auto* title = std::get_if<Paragraph>(&document.blocks[0]);
  REQUIRE(title != nullptr);
  CHECK(title->text == "测试市测试局2022年政府信息公开工作年度报告");
  CHECK(title->page == 1);
  REQUIRE(title->box.has_value());
  CHECK(std::get<Paragraph>(document.blocks[1]).text == "一、总体情况");
  CHECK(std::holds_alternative<Table>(document.blocks[3]));
  CHECK(std::get<Paragraph>(document.blocks[4]).text == "二、其他需要报告的事项");
  CHECK(std::get<Paragraph>(document.blocks[5]).text == "本年度无其他需要报告的事项。");
}

TEST_CASE("a table over a page break is one table without its repeated header", "[pdf]") {
  const Document document = ReadDocumentFile(PdfPath("long_table.pdf"));
  REQUIRE(document.source.pages == 2);
  const auto tables = TablesOf(document);
  REQUIRE(tables.size() == 1);
  const Table& table = *tables[0];
  CHECK(table.first_page == 1);
  CHECK(table.last_page == 2);
  CHECK(table.rows == 41);
  CHECK(table.cols == 3);
  CHECK(TextAt(table, 0, 0) == "序号");
  for (int row_idx = 1; row_idx <= 40; ++row_idx) {
    INFO("row " << row_idx);
    CHECK(TextAt(table, row_idx, 0) == std::to_string(row_idx));
    CHECK(TextAt(table, row_idx, 2) == std::to_string(row_idx * 10));
  }
  const ExpandedGrid grid = ExpandGrid(table);
  CHECK(grid.At(1, 0)->page == 1);
  CHECK(grid.At(40, 0)->page == 2);
}

TEST_CASE("page-number footers are not body text", "[pdf]") {
  const Document document = ReadDocumentFile(PdfPath("long_table.pdf"));
  const auto paragraphs = ParagraphsOf(document);
  REQUIRE(paragraphs.size() >= 3);
  for (const Paragraph* paragraph : paragraphs) {
    CHECK(paragraph->text.find("- 1 -") == std::string::npos);
    CHECK(paragraph->text.find("-1-") == std::string::npos);
    CHECK(paragraph->text.find("-2-") == std::string::npos);
  }
  CHECK(paragraphs.back()->text == "表格之后的段落。");
  CHECK(paragraphs.back()->page == 2);
  // Each body paragraph ends with a short line: eight paragraphs, not one.
  CHECK(paragraphs.size() == 10);
}

TEST_CASE("a table without rulings is found from text alignment", "[pdf]") {
  const Document document = ReadDocumentFile(PdfPath("no_rulings.pdf"));
  const auto tables = TablesOf(document);
  REQUIRE(tables.size() == 1);
  const Table& table = *tables[0];
  CHECK(table.origin == TableOrigin::kStream);
  CHECK(table.rows == 4);
  CHECK(table.cols == 3);
  CHECK(TextAt(table, 0, 0) == "项目");
  CHECK(TextAt(table, 1, 0) == "行政许可");
  CHECK(TextAt(table, 1, 2) == "135");
  CHECK(TextAt(table, 3, 1) == "7");
  const auto paragraphs = ParagraphsOf(document);
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[0]->text == "无框线表格测试");
}

TEST_CASE("a rotated page reads upright in its displayed orientation", "[pdf]") {
  const Document document = ReadDocumentFile(PdfPath("rotated.pdf"));
  const auto paragraphs = ParagraphsOf(document);
  REQUIRE(paragraphs.size() == 1);
  CHECK(paragraphs[0]->text == "Rotated Report Title");
  REQUIRE(paragraphs[0]->box.has_value());
  CHECK(paragraphs[0]->box->x0 == Approx(72).margin(0.5));
  CHECK(paragraphs[0]->box->top < 100);
  const auto tables = TablesOf(document);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0]->rows == 2);
  CHECK(tables[0]->cols == 3);
  CHECK(TextAt(*tables[0], 0, 1) == "Before");
  CHECK(TextAt(*tables[0], 1, 2) == "135");
  // The displayed (landscape) page is 842 wide: the table reaches past x = 595.
  REQUIRE(tables[0]->cells.back().bbox.has_value());
  CHECK(tables[0]->cells.back().bbox->x1 == Approx(672).margin(1));
}

TEST_CASE("an encrypted PDF is a kEncrypted error", "[pdf]") {
  CHECK(KindOfReading("encrypted.pdf") == ErrorKind::kEncrypted);
}

TEST_CASE("truncated and empty PDFs are kDamaged errors", "[pdf]") {
  CHECK(KindOfReading("truncated.pdf") == ErrorKind::kDamaged);
  CHECK(KindOfReading("empty.pdf") == ErrorKind::kDamaged);
}

TEST_CASE("a PDF without a text layer is read with a scan warning", "[pdf]") {
  const Document document = ReadDocumentFile(PdfPath("scanned.pdf"));
  CHECK(document.source.pages == 2);
  CHECK(document.blocks.empty());
  CHECK(HasDiagnostic(document, "pdf.no_text_layer"));
}

TEST_CASE("glyphs mapped to private-use code points are flagged, not read", "[pdf]") {
  const Document document = ReadDocumentFile(PdfPath("garbled.pdf"));
  CHECK(HasDiagnostic(document, "pdf.garbled_text"));
  const auto paragraphs = ParagraphsOf(document);
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[0]->text == "Readable heading");
  CHECK(paragraphs[1]->text.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD
  CHECK(paragraphs[1]->text.find('A') == std::string::npos);
  CHECK(!HasDiagnostic(ReadDocumentFile(PdfPath("merged_cells.pdf")), "pdf.garbled_text"));
}

TEST_CASE("max_pages limits the pages read and says so", "[pdf]") {
  ReadOptions options;
  options.max_pages = 1;
  const Document document = ReadDocumentFile(PdfPath("long_table.pdf"), options);
  CHECK(document.source.pages == 2);
  CHECK(HasDiagnostic(document, "pdf.max_pages"));
  const auto tables = TablesOf(document);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0]->last_page == 1);
}

}  // namespace nianbao
