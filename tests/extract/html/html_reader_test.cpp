#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "nianbao/extract.hpp"

using namespace nianbao;

namespace {

std::string DataPath(const std::string& name) {
  return std::string(NIANBAO_TEST_DATA) + "/html/" + name;
}

Document ReadPage(const std::string& name) {
  return ReadDocumentFile(DataPath(name));
}

std::vector<std::string> Paragraphs(const Document& document) {
  std::vector<std::string> out;
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) out.push_back(paragraph->text);
  }
  return out;
}

std::vector<const Table*> Tables(const Document& document) {
  std::vector<const Table*> out;
  for (const Block& block : document.blocks) {
    if (const auto* table = std::get_if<Table>(&block)) out.push_back(table);
  }
  return out;
}

// Every paragraph and cell text, for "this must not appear anywhere" checks.
std::string AllText(const Document& document) {
  std::string out;
  for (const Block& block : document.blocks) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      out += paragraph->text + "\n";
    } else {
      for (const Cell& cell : std::get<Table>(block).cells) out += cell.text + "\n";
    }
  }
  return out;
}

bool HasCode(const Document& document, const std::string& code) {
  return std::any_of(document.diagnostics.begin(), document.diagnostics.end(),
                     [&](const Diagnostic& diagnostic) { return diagnostic.code == code; });
}

std::string Text(const ExpandedGrid& grid, int row, int col) {
  const Cell* cell = grid.At(row, col);
  return cell == nullptr ? "<none>" : cell->text;
}

}  // namespace

TEST_CASE("A CMS page gives the article's title, text and tables", "[html]") {
  Document document = ReadPage("cms_utf8.html");
  CHECK(document.source.format == Format::kHtml);
  CHECK_FALSE(document.source.pages.has_value());
  std::vector<std::string> paragraphs = Paragraphs(document);
  REQUIRE(paragraphs.size() == 13);
  // The title sits in an <h1> above the article body, split by <br>.
  CHECK(paragraphs[0] == "青山市生态环境局");
  CHECK(paragraphs[1] == "2021年政府信息公开工作年度报告");
  for (const char* heading :
       {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项"}) {
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), heading) != paragraphs.end());
  }
  CHECK(paragraphs.back() == "本年度我局未收取信息处理费。");
  std::vector<const Table*> tables = Tables(document);
  REQUIRE(tables.size() == 2);
  CHECK(tables[0]->rows == 4);
  CHECK(tables[0]->cols == 4);
  CHECK(tables[0]->origin == TableOrigin::kMarkup);
  CHECK_FALSE(tables[0]->first_page.has_value());
  CHECK(document.diagnostics.empty());
}

TEST_CASE("Navigation, headers, footers, sidebars, scripts and styles are left out", "[html]") {
  std::string text = AllText(ReadPage("cms_utf8.html"));
  for (const char* clutter :
       {"无障碍", "首页", "政务公开</", "热点专题", "优化营商环境专题", "当前位置", "发布时间",
        "浏览次数", "分享到", "微信", "相关文章", "2020年政府信息公开", "主办单位", "ICP", "脚本",
        "样式", "门户网站", "今天是"}) {
    INFO(clutter);
    CHECK(text.find(clutter) == std::string::npos);
  }
  CHECK(text.find("全年主动公开政府信息128条") != std::string::npos);
}

TEST_CASE("Rowspan and colspan expand into the grid", "[html]") {
  Document document = ReadPage("cms_utf8.html");
  const Table& table = *Tables(document).at(1);
  REQUIRE(table.rows == 5);
  REQUIRE(table.cols == 6);
  ExpandedGrid grid = ExpandGrid(table);
  REQUIRE(grid.problems.empty());
  const std::string note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
  CHECK(Text(grid, 0, 0) == note);
  CHECK(Text(grid, 1, 1) == note);
  CHECK(Text(grid, 1, 2) == "自然人");
  CHECK(Text(grid, 0, 4) == "法人或其他组织");
  CHECK(Text(grid, 1, 3) == "商业企业");
  CHECK(Text(grid, 1, 4) == "其他");
  CHECK(Text(grid, 1, 5) == "总计");
  CHECK(Text(grid, 2, 1) == "一、本年新收政府信息公开申请数量");
  CHECK(Text(grid, 2, 5) == "6");
  CHECK(Text(grid, 4, 0) == "三、本年度办理结果");
  CHECK(Text(grid, 4, 1) == "（二）部分公开");
  CHECK(Text(grid, 4, 2) == "1");
}

TEST_CASE("Pages in GB2312, GBK, UTF-8 with BOM, UTF-16 and undeclared GB18030 decode alike",
          "[html]") {
  const std::string title = "喆镕区人民政府2021年政府信息公开工作年度报告";
  for (const char* name : {"gb2312_declared.html", "http_equiv_gbk.html", "bom_utf8.html",
                           "bom_utf16le.html", "no_declaration.html"}) {
    INFO(name);
    Document document = ReadPage(name);
    std::vector<std::string> paragraphs = Paragraphs(document);
    REQUIRE_FALSE(paragraphs.empty());
    CHECK(paragraphs[0] == title);
    std::string text = AllText(document);
    CHECK(text.find("负责人珺堃同志") != std::string::npos);
    CHECK(text.find("\xEF\xBF\xBD") == std::string::npos);  // no U+FFFD
    CHECK(text.find("主办单位") == std::string::npos);
    REQUIRE(Tables(document).size() == 1);
    CHECK(Tables(document)[0]->cells.at(3).text == "7");
    CHECK_FALSE(HasCode(document, "html.charset_ignored"));
    CHECK_FALSE(HasCode(document, "html.undecodable_bytes"));
  }
}

TEST_CASE("A wrong UTF-8 declaration is overruled by the bytes, with a warning", "[html]") {
  std::ifstream stream(DataPath("gb2312_declared.html"), std::ios::binary);
  std::ostringstream bytes;
  bytes << stream.rdbuf();
  std::string page = bytes.str();
  page.replace(page.find("gb2312"), 6, "utf-8");
  Document document = ReadDocument(page, "mislabelled.html");
  CHECK(HasCode(document, "html.charset_ignored"));
  CHECK(AllText(document).find("喆镕区人民政府") != std::string::npos);
}

TEST_CASE("Word-export noise is removed and split digits join", "[html]") {
  Document document = ReadPage("word_export.html");
  std::vector<std::string> paragraphs = Paragraphs(document);
  CHECK(paragraphs == std::vector<std::string>{"白水县审计局2022年政府信息公开工作年度报告",
                                               "一、总体情况",
                                               "全年主动公开政府信息20条，其中政策文件12件。"});
  std::string text = AllText(document);
  for (const char* noise : {"mso", "MERGEFORMAT", "Print", "[if", "endif", "\xC2\xA0"}) {
    INFO(noise);
    CHECK(text.find(noise) == std::string::npos);
  }
  REQUIRE(Tables(document).size() == 1);
  const Table& table = *Tables(document)[0];
  REQUIRE(table.cells.size() == 4);
  CHECK(table.cells[0].text == "收费\n金额");
  CHECK(table.cells[1].text == "12.5");
  CHECK(table.cells[2].text == "处理\n决定");
  CHECK(table.cells[3].text.empty());
}

TEST_CASE("Malformed spans are repaired with diagnostics", "[html]") {
  Document document = ReadPage("spans.html");
  std::vector<const Table*> tables = Tables(document);
  REQUIRE(tables.size() == 2);
  ExpandedGrid good = ExpandGrid(*tables[0]);
  CHECK(good.problems.empty());
  CHECK(tables[0]->cols == 4);
  CHECK(Text(good, 2, 0) == "A");
  CHECK(Text(good, 1, 3) == "C");
  CHECK(Text(good, 2, 3) == "D");

  const Table& bad = *tables[1];
  CHECK(bad.rows == 4);
  CHECK(bad.cols == 3);
  ExpandedGrid grid = ExpandGrid(bad);
  CHECK(grid.problems.empty());
  CHECK(Text(grid, 0, 0) == "零");
  CHECK(Text(grid, 3, 0) == "过高");  // rowspan=99 clamped to the last row
  CHECK(Text(grid, 2, 1) == "缺");
  CHECK(Text(grid, 2, 2) == "<none>");  // a row with a missing cell
  CHECK(Text(grid, 3, 1) == "过宽");    // colspan=50 clamped to the table
  CHECK(Text(grid, 3, 2) == "w");
  CHECK(HasCode(document, "html.bad_span"));
  CHECK(HasCode(document, "html.span_clamped"));
  for (const Diagnostic& diagnostic : document.diagnostics) {
    CHECK(diagnostic.location.table == 1);
  }
}

TEST_CASE("A nested table becomes its own table after the outer one", "[html]") {
  Document document = ReadPage("nested_tables.html");
  std::vector<std::string> paragraphs = Paragraphs(document);
  REQUIRE_FALSE(paragraphs.empty());
  CHECK(paragraphs[0] == "红石镇人民政府2020年政府信息公开工作年度报告");
  // The page's layout table (menu + content) is read as content; its menu is a link list.
  CHECK(AllText(document).find("机构概况") == std::string::npos);
  std::vector<const Table*> tables = Tables(document);
  REQUIRE(tables.size() == 2);
  CHECK(tables[0]->cells.at(3).text == "见下表");
  CHECK(tables[1]->cells.at(0).text == "内表甲");
  CHECK(tables[1]->cells.at(3).text == "2");
  // Order: outer table, inner table, then the text after them.
  size_t first_table = 0;
  while (!std::holds_alternative<Table>(document.blocks[first_table])) ++first_table;
  REQUIRE(first_table + 2 < document.blocks.size());
  CHECK(std::holds_alternative<Table>(document.blocks[first_table + 1]));
  CHECK(std::get<Paragraph>(document.blocks[first_table + 2]).text == "六、其他需要报告的事项");
}

TEST_CASE("Nesting 100,000 levels deep is cut off, not a crash", "[html]") {
  for (const char* tag : {"div", "span", "table"}) {
    INFO(tag);
    constexpr int kLevels = 100000;
    std::string open = std::string("<") + tag + ">";
    std::string close = std::string("</") + tag + ">";
    if (std::string(tag) == "table") {
      open = "<table><tr><td>";
      close = "</td></tr></table>";
    }
    std::string page = "<html><body><p>浅处的文字</p>";
    page.reserve(page.size() + kLevels * (open.size() + close.size()) + 64);
    for (int level = 0; level < kLevels; ++level) page += open;
    page += "深处的文字";
    for (int level = 0; level < kLevels; ++level) page += close;
    page += "</body></html>";
    Document document = ReadDocument(page, "deep.html");
    CHECK(AllText(document).find("浅处的文字") != std::string::npos);
    CHECK(AllText(document).find("深处的文字") == std::string::npos);
    CHECK(HasCode(document, "html.too_deep"));
  }
}

TEST_CASE("ReadOptions::max_nesting_depth bounds what is read", "[html]") {
  std::string page =
      "<html><body><div><p>浅</p><div><div><div><div><div><div><div><div>"
      "<p>深</p></div></div></div></div></div></div></div></div></div></body></html>";
  ReadOptions options;
  options.max_nesting_depth = 6;
  Document shallow = ReadDocument(page, "depth.html", options);
  CHECK(AllText(shallow).find("浅") != std::string::npos);
  CHECK(AllText(shallow).find("深") == std::string::npos);
  CHECK(HasCode(shallow, "html.too_deep"));
  Document full = ReadDocument(page, "depth.html");
  CHECK(AllText(full).find("深") != std::string::npos);
  CHECK_FALSE(HasCode(full, "html.too_deep"));
}

TEST_CASE("A large page is read whole", "[html]") {
  std::string page = "<html><head><meta charset=\"utf-8\"></head><body><div class=\"content\">";
  constexpr int kParagraphs = 20000;
  for (int paragraph_idx = 0; paragraph_idx < kParagraphs; ++paragraph_idx) {
    page += "<p>第" + std::to_string(paragraph_idx) + "段，政府信息公开工作稳步推进。</p>";
  }
  page += "<table><tr><td>合计</td><td>20000</td></tr></table></div></body></html>";
  Document document = ReadDocument(page, "large.html");
  CHECK(Paragraphs(document).size() == kParagraphs);
  CHECK(Paragraphs(document).back() == "第19999段，政府信息公开工作稳步推进。");
  REQUIRE(Tables(document).size() == 1);
}

TEST_CASE("A page without content gives an empty document with a warning", "[html]") {
  Document document = ReadDocument("<html><body><script>x()</script></body></html>", "e.html");
  CHECK(document.blocks.empty());
  CHECK(HasCode(document, "html.no_content"));
}

TEST_CASE("The headline comes from the article's header, not the site's logo", "[html]") {
  const std::string page =
      "<html><head><meta charset=\"utf-8\"><title>首页</title></head><body>"
      "<header><h1><a href=\"/\">远山市人民政府门户网站</a></h1></header>"
      "<main><h1><a href=\"/\"><img src=\"logo.png\"></a></h1>"
      "<article><header><h1>远山市民政局2023年政府信息公开工作年度报告</h1>"
      "<p>发布日期：2024-01-15</p></header>"
      "<p>一、总体情况</p><p>2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，"
      "全面推进政务公开工作，全年主动公开政府信息二百余条，依申请公开答复及时规范。</p>"
      "<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p></article></main>"
      "<footer>主办单位：远山市人民政府办公室</footer></body></html>";
  Document document = ReadDocument(page, "article_header.html");
  std::vector<std::string> paragraphs = Paragraphs(document);
  REQUIRE_FALSE(paragraphs.empty());
  CHECK(paragraphs[0] == "远山市民政局2023年政府信息公开工作年度报告");
  std::string text = AllText(document);
  CHECK(text.find("门户网站") == std::string::npos);
  CHECK(text.find("主办单位") == std::string::npos);
}

TEST_CASE("A page cut short (no </body> or </html>) is read with a warning", "[html]") {
  const std::string whole =
      "<html><head><meta charset=\"utf-8\"></head><body><h1>某县2023年政府信息公开工作年度报告</h1>"
      "<p>一、总体情况</p><p>2023年，本县全面推进政务公开，全年主动公开政府信息一千余条。</p>"
      "<table><tr><td>自然人</td><td>3</td></tr><tr><td>法人</td><td>4</td></tr></table>"
      "</body>\n<script>track()</script></html>\n\n";
  CHECK_FALSE(HasCode(ReadDocument(whole, "whole.html"), "html.truncated"));
  const Document cut = ReadDocument(whole.substr(0, whole.find("<tr><td>法人")), "cut.html");
  CHECK(HasCode(cut, "html.truncated"));
  REQUIRE(Tables(cut).size() == 1);
  for (const char* name : {"word_export.html", "cms_utf8.html", "bom_utf16le.html"}) {
    CHECK_FALSE(HasCode(ReadPage(name), "html.truncated"));
  }
}

TEST_CASE("A long title over a short report does not take the tables out of the article",
          "[html]") {
  const std::string page =
      "<html><head><meta charset=\"utf-8\"></head><body>"
      "<h1>某某自治县某某镇人民政府2023年政府信息公开工作年度报告</h1>"
      "<table><tr><td>自然人</td><td>3</td></tr></table><p>无</p></body></html>";
  const Document document = ReadDocument(page, "short.html");
  REQUIRE(Tables(document).size() == 1);
  CHECK(Paragraphs(document).back() == "无");
}

TEST_CASE("the page's links come with the document, wherever they are on the page", "[html]") {
  const std::string page =
      "<html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
      "<nav><a href=\"/index.html\">首页</a></nav>"
      "<p>正文<a name=\"bookmark\">书签</a></p>"
      "<div><a href=\"files/2021.pdf\">  附件：\n  2021年\t年度报告 </a></div>"
      "<footer><a href=\"mailto:x@gov.example\"></a></footer></body></html>";
  const Document document = ReadDocument(page, "links.html");
  REQUIRE(document.links.size() == 3);
  CHECK(document.links[0].href == "/index.html");
  CHECK(document.links[0].text == "首页");
  CHECK(document.links[1].href == "files/2021.pdf");
  CHECK(document.links[1].text == "附件： 2021年 年度报告");
  CHECK(document.links[2].href == "mailto:x@gov.example");
  CHECK(document.links[2].text.empty());
  CHECK(ReadDocument("<p>no links</p>", "t.txt").links.empty());
}
