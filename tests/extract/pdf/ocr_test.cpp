// The OCR reader on a scan we made (tests/tools/make_scans.py): page 2 of
// samples/bureau_2021_report.pdf at 200 dpi, skewed, grainy, blurred, JPEG-compressed. The
// truth is the text PDF itself: its cells on that page, found by position.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <variant>

#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/pdf_debug.hpp"
#include "nianbao/schema.hpp"
#include "ocr/steps.hpp"
#include "read_trace.hpp"

namespace nianbao {
namespace {

constexpr double kTrusted = 0.9;  // the mapper's threshold for OCR readings

const std::string kScan =
    std::string(NIANBAO_TEST_DATA) + "/scans/bureau_2021_report_scan200_p2.pdf";
const std::string kSource =
    std::string(NIANBAO_TEST_DATA) + "/../../samples/bureau_2021_report.pdf";

std::vector<const Cell*> CellsOnPage(const Document& document, int page, bool ocr) {
  std::vector<const Cell*> cells;
  for (const Block& block : document.blocks) {
    const auto* table = std::get_if<Table>(&block);
    if (table == nullptr || (table->origin == TableOrigin::kOcr) != ocr) continue;
    for (const Cell& cell : table->cells) {
      if (cell.page == page && cell.bbox) cells.push_back(&cell);
    }
  }
  return cells;
}

// UTF-8 to code points (the test's own, to look at characters around a comma).
std::u32string DecodeUtf8ForTest(const std::string& text) {
  std::u32string out;
  for (size_t idx = 0; idx < text.size();) {
    const auto lead = static_cast<unsigned char>(text[idx]);
    const size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    char32_t code = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (size_t more = 1; more < length && idx + more < text.size(); ++more) {
      code = (code << 6) | (static_cast<unsigned char>(text[idx + more]) & 0x3F);
    }
    out.push_back(code);
    idx += length;
  }
  return out;
}

bool IsNumber(const std::string& text) {
  return !text.empty() && text.find_first_not_of("0123456789,.") == std::string::npos;
}

// The source cell holding the centre of `box`.
const Cell* SourceCellAt(const std::vector<const Cell*>& source, const Box& box) {
  const double x = (box.x0 + box.x1) / 2, y = (box.top + box.bottom) / 2;
  for (const Cell* cell : source) {
    const Box& b = *cell->bbox;
    if (b.x0 <= x && x <= b.x1 && b.top <= y && y <= b.bottom) return cell;
  }
  return nullptr;
}

TEST_CASE("a skewed noisy scan: tables from the image, trusted readings all right", "[pdf][ocr]") {
  const Document scan = ReadDocumentFile(kScan);
  const Document text = ReadDocumentFile(kSource);
  const std::vector<const Cell*> read = CellsOnPage(scan, 1, true);
  const std::vector<const Cell*> source = CellsOnPage(text, 2, false);
  REQUIRE(!read.empty());
  int numbers = 0, trusted_numbers = 0;
  for (const Cell* cell : source) numbers += IsNumber(cell->text) ? 1 : 0;
  for (const Cell* cell : read) {
    REQUIRE(cell->confidence.has_value());
    CHECK(*cell->confidence >= 0.0);
    CHECK(*cell->confidence <= 1.0);
    const Cell* truth = SourceCellAt(source, *cell->bbox);
    if (truth == nullptr || !IsNumber(truth->text) || *cell->confidence < kTrusted) continue;
    // What the mapper would take as a number is the number printed: a trusted reading of
    // digits is right, a cell seen as blank (0) held 0. Other readings (letters for
    // digits) are not numbers and are reported by the mapper.
    if (cell->text.empty()) CHECK(truth->text == "0");
    if (!IsNumber(cell->text)) continue;
    CHECK(cell->text == truth->text);
    ++trusted_numbers;
  }
  // Most numbers are read with trust (the rest are reported by the mapper, not guessed).
  CHECK(trusted_numbers >= 0.7 * numbers);
}

TEST_CASE("a minus sign OCR passes over is never dropped from the number read", "[pdf][ocr]") {
  // Page 2 of our 2019 report whose 本年增/减 column holds -6, -2 and -3, scanned at 200 dpi:
  // the small hyphen before a digit is easily dropped, and 6 for -6 is a wrong number.
  const std::string data = std::string(NIANBAO_TEST_DATA) + "/scans/";
  const Document scan = ReadDocumentFile(data + "minus_change_2019_scan200_p2.pdf");
  const Document text = ReadDocumentFile(data + "minus_change_2019.pdf");
  const std::vector<const Cell*> read = CellsOnPage(scan, 1, true);
  const std::vector<const Cell*> source = CellsOnPage(text, 2, false);
  int negatives = 0;
  for (const Cell* cell : read) {
    const Cell* truth = SourceCellAt(source, *cell->bbox);
    if (truth == nullptr || truth->text.size() < 2 || truth->text[0] != '-') continue;
    ++negatives;
    INFO("printed " << truth->text << ", read " << cell->text);
    // Read with its sign, trusted or not (the signed reading is what the warning names).
    CHECK(cell->text == truth->text);
  }
  CHECK(negatives == 3);
}

std::string DigitsOf(const std::string& text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

TEST_CASE("a grainy scan's numbers, wrapped ones too, are read with trust and right",
          "[pdf][ocr]") {
  // Page 2 of our 2021 county report with thousands separators (make_reports.py --variant
  // thousands_sep), scanned at 200 dpi: its grain made chi_sim read digits as ideographs
  // (和鸡 for 1,579) and a number wrapped in a narrow column (2,99 above 3) was not read.
  const std::string data = std::string(NIANBAO_TEST_DATA) + "/scans/";
  const Document scan = ReadDocumentFile(data + "thousands_2021_scan200_p2.pdf");
  const Document text = ReadDocumentFile(data + "thousands_2021.pdf");
  const std::vector<const Cell*> read = CellsOnPage(scan, 1, true);
  const std::vector<const Cell*> source = CellsOnPage(text, 2, false);
  int numbers = 0, trusted = 0, wrapped = 0;
  for (const Cell* cell : read) {
    const Cell* truth = SourceCellAt(source, *cell->bbox);
    if (truth == nullptr || DigitsOf(truth->text).empty() ||
        truth->text.find_first_not_of("0123456789,\n") != std::string::npos) {
      continue;
    }
    ++numbers;
    INFO("printed " << truth->text << ", read " << cell->text << " at " << *cell->confidence
                    << " in " << cell->bbox->x0 << "," << cell->bbox->top << " " << cell->bbox->x1
                    << "," << cell->bbox->bottom);
    const bool is_wrapped = truth->text.find('\n') != std::string::npos;
    if (is_wrapped) ++wrapped;
    if (is_wrapped) CHECK(*cell->confidence >= kTrusted);
    // A trusted reading of digits is the number printed; a reading that is no number
    // (letters for digits) is reported by the mapper, not taken.
    if (*cell->confidence < kTrusted || !IsNumber(cell->text)) continue;
    CHECK(DigitsOf(cell->text) == DigitsOf(truth->text));
    ++trusted;
  }
  CHECK(wrapped >= 6);
  CHECK(trusted >= 0.95 * numbers);
}

// The record of a document read.
schema::Record MapScan(const Document& document) {
  const normalize::Normalizer normalizer;
  const schema::Mapper mapper(schema::TemplateSet::Builtin(), normalizer);
  return mapper.Map(document);
}

// The record of a file of tests/data/scans/.
schema::Record MappedScan(const std::string& name) {
  return MapScan(ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/" + name));
}

// The values a record gives (null ones left out), by key.
std::map<std::string, double> GivenValues(const schema::Record& record) {
  std::map<std::string, double> given;
  for (const auto& [key, value] : record.values) {
    if (value) given[key] = *value;
  }
  return given;
}

TEST_CASE("lone figures chi_sim misreads are read cut close, trusted only where models agree",
          "[pdf][ocr]") {
  // Page 2 of our 2021 county report (make_reports.py county_scan_2021) at 200 dpi: chi_sim
  // read a lone 4 in a wide cell as 人4 or an ideograph, eng a 4 at the top of a tall cell as
  // nothing. Cut close to its figures, a cell is read by both models alike. The values the
  // record gives are the text PDF's; fewer are left out.
  const schema::Record scan = MappedScan("county_scan_2021_scan200_p2.pdf");
  std::map<std::string, double> printed = GivenValues(MappedScan("county_scan_2021.pdf"));
  int given = 0, left_out = 0;
  for (const auto& [key, value] : scan.values) {
    if (!printed.contains(key)) continue;
    INFO(key << ": printed " << printed[key]);
    if (!value) {
      ++left_out;
      continue;
    }
    CHECK(*value == printed[key]);
    ++given;
  }
  CHECK(given >= 168);
  CHECK(left_out <= 15);
}

TEST_CASE("a scan's column labels OCR garbles are named by their place among their group's",
          "[pdf][ocr]") {
  // Page 2 of our 2021 county report with its labels spaced out (make_reports.py
  // spaced_header_2021, label_spacing) at 300 dpi: the narrow header cells 自 然 人 and
  // 总 计, printed a character a line, were read 自\n人 and 瘦\n人\n计, and every value
  // under them was left out. Their neighbours name every other column of the group, so
  // each is the one column left there; said once per label, not once per cell.
  const schema::Record scan = MappedScan("spaced_header_2021_scan300_p2.pdf");
  std::map<std::string, double> printed = GivenValues(MappedScan("spaced_header_2021.pdf"));
  int natural = 0, total = 0;
  for (const auto& [key, value] : scan.values) {
    if (!value || key.rfind("t3.", 0) != 0) continue;
    INFO(key);
    REQUIRE(printed.contains(key));
    CHECK(*value == printed[key]);
    if (key.ends_with(".natural")) ++natural;
    if (key.ends_with(".total") && key.rfind("t3.total.", 0) != 0) ++total;
  }
  CHECK(natural >= 24);
  CHECK(total >= 24);
  int by_place = 0, unnamed = 0;
  for (const Diagnostic& warning : scan.warnings) {
    if (warning.code == "schema.unnamed_cell") ++unnamed;
    if (warning.code == "schema.fuzzy_label" &&
        warning.message.find("by its place") != std::string::npos &&
        warning.message.rfind("column label", 0) == 0) {
      ++by_place;
    }
  }
  CHECK(by_place == 2);
  CHECK(unnamed <= 2);  // a row whose cells a stray ruling split (52 before, a column's worth)
}

Document ReadTraced(const std::string& path) {
  ReadOptions options;
  options.keep_trace = true;
  return ReadDocumentFile(path, options);
}

// Rows × columns of each lattice table the read found on `page` (1-based).
std::vector<std::pair<int, int>> GridShapes(const Document& document, int page) {
  std::vector<std::pair<int, int>> shapes;
  for (const auto& table : document.trace->pages.at(static_cast<size_t>(page - 1)).lattice.tables) {
    shapes.emplace_back(table.grid.Rows(), table.grid.Cols());
  }
  return shapes;
}

TEST_CASE("a scan's ruled tables have the grids of the page it was scanned from", "[pdf][ocr]") {
  // Character strokes (a row of 政 above 政, a stroke bridged to its row's rulings, the
  // strokes of a text line run together by blur) are not rulings: no extra rows or columns.
  const Document scan = ReadTraced(kScan);
  const Document text = ReadTraced(kSource);
  const auto found = GridShapes(scan, 1);
  const auto source = GridShapes(text, 2);
  REQUIRE(found.size() == 4);  // three pieces of table 二, table 三
  REQUIRE(source.size() == 4);
  for (size_t idx = 0; idx < 3; ++idx) CHECK(found[idx] == source[idx]);
  // Table 三: every column; the red seal over its lower rows (make_scans.py stamps the last
  // page) adds rows where its ring runs along them, never columns.
  CHECK(found[3].second == source[3].second);
  CHECK(found[3].first >= source[3].first);
  CHECK(found[3].first <= source[3].first + 3);
}

TEST_CASE("debug-page draws a scanned page as OCR saw it", "[pdf][ocr]") {
  const Document scan = ReadTraced(kScan);
  const auto& traced = scan.trace->pages.at(0);
  REQUIRE(traced.scan);
  CHECK(traced.scan->png.substr(1, 3) == "PNG");
  CHECK(traced.scan->dpi == 200);
  CHECK(std::abs(traced.scan->angle_degrees) > 0.1);  // make_scans.py skewed it
  size_t cells = 0;
  for (const auto& table : traced.lattice.tables) cells += table.cells.size();
  CHECK(traced.scan->cells.size() == cells);
  const std::string svg = pdf_debug::DrawPage(scan, 1, {{3, 3, 3, "t3.new.natural"}}).svg;
  CHECK(svg.find("<image ") != std::string::npos);
  CHECK(svg.find("data:image/png;base64,iVBORw0KGgo") != std::string::npos);
  CHECK(svg.find("22 (1.00)") != std::string::npos);  // a reading with its confidence
  CHECK(svg.find(">t3.new.natural<") != std::string::npos);
}

TEST_CASE("a figure printed in light grey is never a trusted blank", "[pdf][ocr]") {
  // make_scans.py --faint: 行政许可 1 (grey 185), 行政处罚 7 (grey 170), 行政强制 0 (black).
  // Too little dark ink for a figure, but not nothing: read, or left untrusted; never the
  // blank that the mapper would take for a sure 0.
  const Document scan =
      ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/faint_figures_scan200.pdf");
  int figures = 0;
  for (const Block& block : scan.blocks) {
    const auto* table = std::get_if<Table>(&block);
    if (table == nullptr) continue;
    for (const Cell& cell : table->cells) {
      if (cell.col != 1 || cell.row < 1 || cell.row > 2) continue;
      ++figures;
      REQUIRE(cell.confidence.has_value());
      CHECK(!(cell.text.empty() && *cell.confidence >= kTrusted));
      if (*cell.confidence >= kTrusted) CHECK(cell.text == (cell.row == 1 ? "1" : "7"));
    }
  }
  CHECK(figures == 2);
}

TEST_CASE("a scan's running text is read into paragraphs", "[pdf][ocr]") {
  const Document scan = ReadDocumentFile(kScan);
  bool heading = false;
  for (const Block& block : scan.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      heading =
          heading || paragraph->text.find("收到和处理政府信息公开申请情况") != std::string::npos;
    }
  }
  CHECK(heading);
}

TEST_CASE("a 300 dpi scan's section headings are all read", "[pdf][ocr]") {
  // Page 3 of the bureau sample at 300 dpi: grain at full resolution read as marks and lost
  // the heading of part 六 (the running text is read at 150 dpi).
  const Document scan =
      ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/bureau_2021_report_scan300_p3.pdf");
  bool part_five = false, part_six = false;
  for (const Block& block : scan.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      part_five = part_five || paragraph->text.find("五、存在的主要问题及改进情况") == 0;
      part_six = part_six || paragraph->text.find("六、其他需要报告的事项") == 0;
    }
  }
  CHECK(part_five);
  CHECK(part_six);
}

TEST_CASE("a scan's running text has Chinese punctuation full-width", "[pdf][ocr]") {
  // chi_sim reads ，：； after Chinese as ASCII (件,总金额); the 1,146 of a table stays.
  const Document scan =
      ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/bureau_2021_report_scan300_p3.pdf");
  int paragraphs = 0;
  for (const Block& block : scan.blocks) {
    const auto* paragraph = std::get_if<Paragraph>(&block);
    if (paragraph == nullptr) continue;
    ++paragraphs;
    INFO(paragraph->text);
    for (const char* ascii_after_chinese : {"件,", "年,", "题:", "范;", "时;"}) {
      CHECK(paragraph->text.find(ascii_after_chinese) == std::string::npos);
    }
    const std::u32string text = DecodeUtf8ForTest(paragraph->text);
    for (size_t idx = 0; idx < text.size(); ++idx) {
      if (text[idx] != U',' && text[idx] != U':' && text[idx] != U';') continue;
      const bool chinese_before = idx > 0 && text[idx - 1] >= 0x3000;
      const bool chinese_after = idx + 1 < text.size() && text[idx + 1] >= 0x3000;
      CHECK_FALSE((chinese_before || chinese_after));
    }
  }
  CHECK(paragraphs > 5);
}

TEST_CASE("a scan's running text keeps the reading order of its figures", "[pdf][ocr]") {
  // chi_sim reads 170 right, but its box for the 0 starts left of the 7's: lines ordered
  // by left edge read 107.
  const Document scan =
      ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/fin_pdept_2021_scan200_p3.pdf");
  std::string fees;
  for (const Block& block : scan.blocks) {
    const auto* paragraph = std::get_if<Paragraph>(&block);
    if (paragraph != nullptr && paragraph->text.find("总金额") != std::string::npos) {
      fees = paragraph->text;
    }
  }
  CHECK(fees.find("总金额170元") != std::string::npos);
  CHECK(fees.find("总金额85元") != std::string::npos);
}

TEST_CASE("digits beside an ideograph are no trusted number on a scan", "[pdf][ocr]") {
  // chi_sim read a 31 as 3工 and the digit readings did not confirm it: the 3 alone would
  // parse as a number with a note.
  const Document scan =
      ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/fin_county_2019_scan300_p2.pdf");
  int mixed = 0;
  for (const Cell* cell : CellsOnPage(scan, 1, true)) {
    const std::u32string text = DecodeUtf8ForTest(cell->text);
    const bool digit = std::any_of(text.begin(), text.end(),
                                   [](char32_t code) { return code >= U'0' && code <= U'9'; });
    const bool ideograph = std::any_of(
        text.begin(), text.end(), [](char32_t code) { return code >= 0x4E00 && code <= 0x9FFF; });
    if (!digit || !ideograph || text.size() > 3) continue;
    ++mixed;
    INFO(cell->text);
    CHECK(*cell->confidence < kTrusted);
  }
  CHECK(mixed > 0);
}

TEST_CASE("a scan past the time bound per page is reported, not guessed", "[pdf][ocr]") {
  ReadOptions options;
  options.ocr_seconds_per_page = 0.001;
  const Document scan = ReadDocumentFile(kScan, options);
  bool warned = false;
  for (const Diagnostic& diagnostic : scan.diagnostics) {
    warned = warned || diagnostic.code == "ocr.page_time_limit";
  }
  CHECK(warned);
  for (const Cell* cell : CellsOnPage(scan, 1, true)) {  // none read, none trusted
    CHECK(cell->text.empty());
    CHECK(*cell->confidence < kTrusted);
  }
}

TEST_CASE("a scan's running text keeps OCR's confidence per character", "[pdf][ocr]") {
  const Document scan = ReadDocumentFile(kScan);
  int read = 0;
  for (const Block& block : scan.blocks) {
    const auto* paragraph = std::get_if<Paragraph>(&block);
    if (paragraph == nullptr) continue;
    REQUIRE(paragraph->FromOcr());
    const auto code_points = std::count_if(paragraph->text.begin(), paragraph->text.end(),
                                           [](char byte) { return (byte & 0xC0) != 0x80; });
    CHECK(paragraph->ocr_confidence.size() == static_cast<size_t>(code_points));
    for (float confidence : paragraph->ocr_confidence) {
      CHECK(confidence >= 0.0f);
      CHECK(confidence <= 1.0f);
    }
    ++read;
  }
  CHECK(read > 0);
}

TEST_CASE("a scan's title, agency and year are right or flagged, never silently wrong",
          "[pdf][ocr]") {
  // Page 1 of our footer_linebreak_2021 report at 200 dpi (seed 1, JPEG quality 35): OCR
  // is not sure of the 禾 of 青禾市 (read 末 when the running text was read at 200 dpi).
  const std::string data = std::string(NIANBAO_TEST_DATA) + "/scans/";
  const Document scan = ReadDocumentFile(data + "footer_linebreak_2021_scan200_p1.pdf");
  const normalize::Normalizer normalizer;
  const schema::Record record =
      schema::Mapper(schema::TemplateSet::Builtin(), normalizer).Map(scan);
  std::string agency_warning;
  bool title_warned = false;
  for (const Diagnostic& warning : record.warnings) {
    if (warning.code == "schema.uncertain_agency") agency_warning = warning.message;
    title_warned = title_warned || warning.code == "schema.uncertain_title";
  }
  if (record.agency != "青禾市东湖区人民政府") CHECK(!agency_warning.empty());
  if (record.title != "青禾市东湖区人民政府2024年政府信息公开工作年度报告") {
    CHECK((!agency_warning.empty() || title_warned));
  }
  if (record.year) CHECK(*record.year == 2024);
  // Every character of the agency OCR read with less than the mapper's confidence is named.
  const auto* title = std::get_if<Paragraph>(&scan.blocks.front());
  REQUIRE(title != nullptr);
  REQUIRE(title->FromOcr());
  size_t byte = 0;
  for (size_t idx = 0; idx < 10 && byte < title->text.size(); ++idx) {
    size_t length = 1;
    while (byte + length < title->text.size() && (title->text[byte + length] & 0xC0) == 0x80) {
      ++length;
    }
    if (title->ocr_confidence.at(idx) < 0.95f) {
      CHECK(agency_warning.find(title->text.substr(byte, length)) != std::string::npos);
    }
    byte += length;
  }
}

// The OCR tables of a scan, in reading order.
std::vector<const Table*> OcrTables(const Document& document) {
  std::vector<const Table*> tables;
  for (const Block& block : document.blocks) {
    const auto* table = std::get_if<Table>(&block);
    if (table != nullptr && table->origin == TableOrigin::kOcr) tables.push_back(table);
  }
  return tables;
}

// The cells of a table's last row, left to right.
std::vector<const Cell*> LastRow(const Table& table) {
  std::vector<const Cell*> row;
  for (const Cell& cell : table.cells) {
    if (cell.row == table.rows - 1) row.push_back(&cell);
  }
  return row;
}

// A reading the mapper would trust is the figure printed (a dash is the sign for 0).
void CheckTrustedFigures(const std::vector<const Cell*>& row,
                         const std::vector<std::string>& printed) {
  REQUIRE(row.size() == printed.size());
  for (size_t idx = 0; idx < row.size(); ++idx) {
    INFO("column " << idx << ": printed " << printed[idx] << ", read " << row[idx]->text);
    REQUIRE(row[idx]->confidence.has_value());
    if (*row[idx]->confidence < kTrusted) continue;
    const bool dash = printed[idx] == "—";
    if (dash) CHECK((row[idx]->text == "—" || row[idx]->text == "-"));
    if (!dash) CHECK(row[idx]->text == printed[idx]);
  }
}

TEST_CASE("a table's last row carried alone to the next page is found and joined", "[pdf][ocr]") {
  // make_scans.py --tables: table 四's header ends page 1, its one row of figures (a table
  // one row high, lower than any network of rulings found before) opens page 2.
  const Document scan =
      ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/carried_row_scan200.pdf");
  const std::vector<const Table*> tables = OcrTables(scan);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0]->rows == 4);
  CheckTrustedFigures(LastRow(*tables[0]), {"17", "2", "0", "5", "24", "9", "1", "3", "0", "13",
                                            "6", "0", "1", "2", "9"});
}

TEST_CASE("what a bold ruling leaves in a cell is never part of its figure", "[pdf][ocr]") {
  // make_scans.py --tables: table 四 with bold rulings between its groups; the corner where a
  // bold ruling meets a thin one stays in the cell beside the figure as a dot.
  const Document scan =
      ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/bold_rulings_scan200.pdf");
  const std::vector<const Table*> tables = OcrTables(scan);
  REQUIRE(tables.size() == 1);
  const std::vector<const Cell*> row = LastRow(*tables[0]);
  for (const Cell* cell : row) {
    INFO("read " << cell->text);
    CHECK(cell->text.find_first_of(".,") == std::string::npos);
  }
  CheckTrustedFigures(row,
                      {"3", "0", "0", "—", "3", "0", "—", "2", "0", "2", "1", "0", "0", "—", "1"});
}

TEST_CASE("a label the page break cut is one row again on a scan", "[pdf][ocr]") {
  // make_scans.py --tables: page 1 ends with the row "5.要求行政机关确认 / 或重新出具已获取信"
  // (its figures there), page 2 opens with "息" in a row of its own and empty value cells.
  const Document scan =
      ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/cut_row_scan200.pdf");
  const std::vector<const Table*> tables = OcrTables(scan);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0]->rows == 6);  // 4 rows on page 1, the cut row joined, 2 more on page 2
  bool joined = false;
  for (const Cell& cell : tables[0]->cells) {
    INFO("cell " << cell.row << "," << cell.col << ": " << cell.text);
    CHECK(cell.text != "息");
    if (cell.text.find("已获取信") != std::string::npos) joined = cell.text.ends_with("息");
  }
  CHECK(joined);
}

TEST_CASE("a label whose last line is one character is read whole", "[pdf][ocr]") {
  // Page 2 of our bureau scan: 3.补正后申请内容仍不明 / 确, read as one block, came out as
  // 人 (Tesseract's layout lost the short line and the rest with it); read a line at a time.
  const Document scan = ReadDocumentFile(kScan);
  bool found = false;
  for (const Cell* cell : CellsOnPage(scan, 1, true)) {
    if (cell->text.find("补正后") == std::string::npos) continue;
    INFO("read " << cell->text);
    CHECK(cell->text == "3.补正后申请内容仍不明\n确");
    found = true;
  }
  CHECK(found);
}

TEST_CASE("a scan under a scanner's invisible OCR text is read from its image", "[pdf][ocr]") {
  // The page above with an invisible text layer of misread text over it (make_scans.py
  // --bad-ocr-layer: lnforrnation 0penness 7O21, Tota1 l7 3O 8): read by OCR as the page
  // without it (its values the text PDF's, as many), nothing of that layer.
  const Document scan = ReadDocumentFile(std::string(NIANBAO_TEST_DATA) +
                                         "/scans/county_scan_2021_scan200_p2_ocrlayer.pdf");
  CHECK(!OcrTables(scan).empty());
  for (const Block& block : scan.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      INFO(paragraph->text);
      CHECK(paragraph->text.find("0penness") == std::string::npos);
      CHECK(paragraph->text.find("Tota1") == std::string::npos);
    }
  }
  std::map<std::string, double> printed = GivenValues(MappedScan("county_scan_2021.pdf"));
  const std::map<std::string, double> given = GivenValues(MapScan(scan));
  CHECK(given.size() >= 168);
  for (const auto& [key, value] : given) {
    INFO(key);
    CHECK(value == printed[key]);
  }
}

TEST_CASE("a label of two lines read as a dash is read again a line at a time", "[pdf][ocr]") {
  // Page 2 of a 200 dpi scan of a 2021 department report (make_reports.py dept_hold_2021,
  // make_scans.py, the page cut out with pdfseparate): the label 4.无正当理由大量反复申 / 请
  // was read "-", a mark for none, so its row was not found (row_not_found, 7 values).
  const schema::Record record = MappedScan("dept_hold_2021_scan200_p2.pdf");
  int given = 0;
  for (const auto& [key, value] : GivenValues(record)) {
    if (key.rfind("t3.unprocessed.excessive.", 0) != 0) continue;
    INFO(key);
    CHECK(value == 0);  // the row prints 0 in every column
    ++given;
  }
  CHECK(given == 7);
  for (const schema::MissingKeys& missing : record.missing) {
    INFO(missing.message);
    CHECK(missing.keys.front().rfind("t3.", 0) != 0);  // the page holds all of table 三
  }
}

// The last row of the last table on a scanned page: table 四's sub-headers under its two
// 诉讼 groups, cut by the page break under their first line (结果 | 结果 | 其他 | 尚未 | 总计
// twice), each a cell of its own.
void CheckCutSubHeaders(const std::string& scan_name) {
  const Document scan = ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/" + scan_name);
  const std::vector<const Table*> tables = OcrTables(scan);
  REQUIRE(!tables.empty());
  const Table& last = *tables.back();
  int results = 0, cells = 0;
  for (const Cell& cell : last.cells) {
    INFO("cell " << cell.row << "," << cell.col << ": " << cell.text);
    CHECK(cell.text.find('|') == std::string::npos);
    if (cell.row != last.rows - 1) continue;
    CHECK(cell.colspan == 1);
    ++cells;
    if (cell.text == "结果") ++results;
  }
  CHECK(cells == 10);
  CHECK(results == 4);
}

TEST_CASE("a header row one line high keeps its columns on a scan", "[pdf][ocr]") {
  // Page 2 of make_reports.py's city_scan_2019 (2019, city, zero_dash) at 200 dpi: table
  // 四's page ends under the first line of its sub-headers, a row whose verticals are
  // shorter than any ruling looked for.
  CheckCutSubHeaders("cut_header_scan200_p2.pdf");
}

TEST_CASE("a cut header row's short verticals are told from its characters' strokes",
          "[pdf][ocr]") {
  // make_reports.py --name street_grid_2019 --template 2019 --year 2019 --level street, page 2
  // at 200 dpi (make_scans.py --page 2 --dpi 200 --quality 35): the same cut sub-headers. A
  // short vertical ends on the table's lowest ruling a ruling's thickness above the bottom
  // of its ink (it was missed, the five cells read as one: 结果|其他|尚未|总计), and strokes
  // bridged to the rulings of a one-line row (议 over 其, 尚's left stroke) are no verticals.
  CheckCutSubHeaders("street_grid_2019_scan200_p2.pdf");
}

TEST_CASE("a table's header cut at the foot of a scanned page joins the rest of it", "[pdf][ocr]") {
  // Pages 2 and 3 of make_reports.py's cut_header_2019 at 200 dpi: page 2 ends with table
  // 四's first two header rows (0.3 in high, lower than any network of rulings looked for),
  // its review sub-headers cut under their first line (结果 | 结果 | 其他 | 尚未 | 总计); page 3
  // opens with 维持 | 纠正 | 结果 | 审结. The two-row table kept only the verticals as high as
  // both rows (结果|结果|其他|尚未|总计 came out one cell), and the cut cells were never joined:
  // every t4 value was left out, column_not_found.
  const Document scan =
      ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/cut_header_2019_scan200_p2-3.pdf");
  const std::vector<const Table*> tables = OcrTables(scan);
  REQUIRE(!tables.empty());
  const Table& t4 = *tables.back();
  CHECK(t4.first_page == 1);
  CHECK(t4.last_page == 2);
  CHECK(t4.cols == 15);
  int joined = 0;
  for (const Cell& cell : t4.cells) {
    INFO("cell " << cell.row << "," << cell.col << ": " << cell.text);
    CHECK(cell.text.find('|') == std::string::npos);
    if (cell.col < 5 && cell.row == 1 && cell.text.find('\n') != std::string::npos) ++joined;
  }
  CHECK(joined == 4);  // 结果\n维持, 结果\n纠正, 其他\n结果, 尚未\n审结 (总计 is whole above)
  const schema::Record record = MapScan(scan);
  const std::map<std::string, double> printed = GivenValues(
      MapScan(ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/reports/cut_header_2019.pdf")));
  int t4_values = 0;
  for (const auto& [key, value] : GivenValues(record)) {
    if (key.rfind("t4.", 0) != 0) continue;
    INFO(key);
    REQUIRE(printed.contains(key));
    CHECK(value == printed.at(key));
    ++t4_values;
  }
  CHECK(t4_values == 15);
}

TEST_CASE("a title whose last character wrapped alone onto its own line is read whole",
          "[pdf][ocr]") {
  // Page 1 of make_reports.py's city_title_2019 (2019, city, zero_dash) at 200 dpi, JPEG
  // quality 35: the title's 告 stands alone on the second line. Tesseract's page layout read
  // that line as ”=上 and the title was not found (schema.no_title).
  const Document scan =
      ReadDocumentFile(std::string(NIANBAO_TEST_DATA) + "/scans/city_title_2019_scan200_p1.pdf");
  const normalize::Normalizer normalizer;
  const schema::Record record =
      schema::Mapper(schema::TemplateSet::Builtin(), normalizer).Map(scan);
  // Found, and right or flagged (grain before 白 is read 和 now and then).
  bool agency_flagged = false;
  for (const Diagnostic& warning : record.warnings) {
    CHECK(warning.code != "schema.no_title");
    agency_flagged = agency_flagged || warning.code == "schema.uncertain_agency";
  }
  CHECK(record.title.ends_with("白石市人民政府2019年政府信息公开工作年度报告"));
  CHECK(record.agency.ends_with("白石市人民政府"));
  if (record.agency != "白石市人民政府") CHECK(agency_flagged);
  CHECK(record.year == 2019);
}

pdf::ocr::Recogniser::Glyph Glyph(const char* text, float confidence) {
  return {text, 0, 0, 10, 10, confidence};
}

std::string TextOf(const std::vector<pdf::ocr::Recogniser::Glyph>& glyphs) {
  std::string text;
  for (const auto& glyph : glyphs) text += glyph.text;
  return text;
}

TEST_CASE("two readings of a title: a character read otherwise is never sure", "[pdf][ocr]") {
  using pdf::ocr::kDisagreeingReadings;
  const auto MergeReadings = [](const auto& page, const auto& lines) {
    return pdf::ocr::MergeReadings(page, lines, [](const auto&) { return true; });
  };
  SECTION("a character the page's layout garbled is read from the lines, uncertain") {
    // The page read 告, alone on its line, as Y号; the lines read 演 doubtfully as 尝.
    const auto page = std::vector{Glyph("白", 0.99f), Glyph("演", 0.97f), Glyph("报", 0.99f),
                                  Glyph("Y", 0.87f), Glyph("号", 0.84f)};
    const auto lines =
        std::vector{Glyph("白", 0.99f), Glyph("尝", 0.8f), Glyph("报", 0.99f), Glyph("告", 0.99f)};
    const auto merged = MergeReadings(page, lines);
    CHECK(TextOf(merged) == "白演报告");
    CHECK(merged[0].confidence == 0.99f);
    CHECK(merged[1].confidence <= kDisagreeingReadings);
    CHECK(merged[3].confidence <= kDisagreeingReadings);
  }
  SECTION("a doubtful reading never replaces another, a sure one replaces a doubtful one") {
    const auto page = std::vector{Glyph("吉", 0.99f), Glyph("彭", 0.79f), Glyph("家", 0.99f),
                                  Glyph("乡", 0.9f), Glyph("县", 0.96f)};
    const auto lines = std::vector{Glyph("吉", 0.99f), Glyph("豆", 0.82f), Glyph("家", 0.99f),
                                   Glyph("多", 0.97f), Glyph("具", 0.97f)};
    const auto merged = MergeReadings(page, lines);
    CHECK(TextOf(merged) == "吉彭家多县");
    for (size_t idx : {1, 3, 4}) CHECK(merged[idx].confidence <= kDisagreeingReadings);
  }
  SECTION("a character one reading alone has is kept only where it is sure") {
    const auto page = std::vector{Glyph("鹿", 0.99f), Glyph("鸣", 0.99f), Glyph("有", 0.6f),
                                  Glyph("县", 0.99f), Glyph("人", 0.99f)};
    const auto lines = std::vector{Glyph("鹿", 0.99f), Glyph("鸣", 0.99f), Glyph("县", 0.99f),
                                   Glyph("人", 0.99f), Glyph("民", 0.99f)};
    const auto merged = MergeReadings(page, lines);
    CHECK(TextOf(merged) == "鹿鸣县人民");
    const auto over_blank_paper =
        pdf::ocr::MergeReadings(page, lines, [](const auto& glyph) { return glyph.text != "民"; });
    CHECK(TextOf(over_blank_paper) == "鹿鸣县人");
    // Left out between 鸣 and 县: both are uncertain; 民 was read by the lines alone.
    for (size_t idx : {1, 2, 4}) CHECK(merged[idx].confidence <= kDisagreeingReadings);
    CHECK(merged[3].confidence == 0.99f);
  }
  SECTION("a reading that lost most of the text is no evidence") {
    const auto title = std::vector{Glyph("白", 0.99f), Glyph("石", 0.97f), Glyph("市", 0.99f)};
    const auto lost = std::vector{Glyph("1", 0.9f)};
    CHECK(TextOf(MergeReadings(lost, title)) == "白石市");
    CHECK(MergeReadings(lost, title)[1].confidence == 0.97f);
    CHECK(MergeReadings(title, lost)[1].confidence == 0.97f);
  }
}

}  // namespace
}  // namespace nianbao
