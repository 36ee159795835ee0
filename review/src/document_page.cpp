// One document: its facts, its problems in words, the template's tables with each value in
// its place (data attributes say where it was read), and the source panel a click fills.
#include "document_page.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <set>
#include <variant>

#include "html.hpp"

namespace nianbao::review {
namespace {

constexpr const char* kPageCss = R"css(
.layout{display:flex;gap:1.2em;align-items:flex-start}
.tables{flex:1 1 55%;min-width:0}
#source{flex:1 1 45%;position:sticky;top:0;max-height:100vh;overflow:auto}
table.tpl td.v{text-align:right;cursor:pointer;min-width:2.2em}
table.tpl td.v a{color:inherit;text-decoration:none;display:block}
table.tpl td.v:hover{background:#e8f0ff}
table.tpl td.v.selected{outline:2px solid #1f5fd0}
td.failed{background:#ffd6d6}
td.unreadable{background:#ffb3c0}
td.missing{background:#fff0c2;color:#8a6d00;text-align:center}
tr.missing-row th{color:#8a6d00}
th.row{text-align:left;white-space:normal;min-width:10em}
th.depth1{padding-left:1.4em}th.depth2{padding-left:2.6em}th.depth3{padding-left:3.8em}
.problems li{margin:.2em 0}
.page{position:relative;border:1px solid #999;margin-bottom:1em}
.page img{display:block;width:100%;height:auto}
.box{position:absolute;box-sizing:border-box;border:2px solid #e0007a;background:rgba(224,0,122,.12);pointer-events:none}
table.read td.hit{outline:3px solid #e0007a;background:#ffe0f0}
table.read{font-size:12px;margin-bottom:1em}
.note{color:#666}
)css";

// Where each value was read, for the source panel.
struct SourcePlace {
  std::string page_id;  // the page image's element ("page-3"), PDF
  std::optional<Box> bbox;
  double width_pt = 0, height_pt = 0;
  std::string cell_id;  // the table-as-read cell ("c0-9-1"), markup formats
  std::string caption;
};

const PageImage* ImageOf(const std::vector<PageImage>& images, int page) {
  for (const PageImage& image : images) {
    if (image.page == page) return &image;
  }
  return nullptr;
}

std::string Describe(const std::string& key, const schema::Provenance& where) {
  std::string text = key + " read from";
  if (where.page) text += fmt::format(" page {}", *where.page);
  if (where.table) {
    text += fmt::format(", table {} row {} column {}", *where.table, where.row.value_or(-1),
                        where.col.value_or(-1));
  } else {
    text += " running text";
  }
  if (!where.origin.empty()) text += " (" + where.origin + ")";
  text += ": “" + where.text + "”";
  if (where.confidence) text += fmt::format(", confidence {:.2f}", *where.confidence);
  return text;
}

// The id of the as-read cell covering (row, col) of table `table`: its top-left slot.
std::string CellId(const std::vector<const Table*>& tables, const schema::Provenance& where) {
  if (!where.table || !where.row || !where.col) return {};
  if (*where.table < 0 || *where.table >= static_cast<int>(tables.size())) return {};
  const ExpandedGrid grid = ExpandGrid(*tables[static_cast<size_t>(*where.table)]);
  if (*where.row < 0 || *where.row >= grid.rows || *where.col < 0 || *where.col >= grid.cols) {
    return {};
  }
  const Cell* cell = grid.At(*where.row, *where.col);
  if (cell == nullptr) return {};
  return fmt::format("c{}-{}-{}", *where.table, cell->row, cell->col);
}

std::vector<const Table*> TablesOf(const Document* document) {
  std::vector<const Table*> tables;
  if (document == nullptr) return tables;
  for (const Block& block : document->blocks) {
    if (const auto* table = std::get_if<Table>(&block)) tables.push_back(table);
  }
  return tables;
}

std::map<std::string, SourcePlace> SourcePlaces(const DocumentPageInput& input,
                                                const std::vector<const Table*>& tables) {
  const schema::Record& record = *input.document->record;
  const bool paged = record.source.format == Format::kPdf;
  std::map<std::string, SourcePlace> places;
  for (const auto& [key, where] : record.provenance) {
    SourcePlace place;
    place.caption = Describe(key, where);
    if (paged && where.page && where.bbox) {
      if (const PageImage* image = ImageOf(input.images, *where.page)) {
        place.page_id = fmt::format("page-{}", *where.page);
        place.bbox = where.bbox;
        place.width_pt = image->width_pt;
        place.height_pt = image->height_pt;
      } else {
        place.caption += fmt::format(" — page {} has no image in this report", *where.page);
      }
    } else if (!paged) {
      place.cell_id = CellId(tables, where);
    }
    places.emplace(key, std::move(place));
  }
  return places;
}

std::string ValueCell(const std::string& key, const schema::Record& record,
                      const std::map<std::string, const schema::MissingKeys*>& missing,
                      const std::set<std::string>& failed,
                      const std::map<std::string, SourcePlace>& places) {
  const auto value = std::find_if(record.values.begin(), record.values.end(),
                                  [&](const auto& entry) { return entry.first == key; });
  if (value == record.values.end()) {
    const auto gap = missing.find(key);
    if (gap == missing.end()) return "<td></td>";
    return fmt::format("<td class=\"missing\" data-key=\"{}\" title=\"{}: {}\">—</td>",
                       EscapeMarkup(key), schema::MissingReasonName(gap->second->reason),
                       EscapeMarkup(gap->second->message));
  }
  std::string classes = "v";
  if (failed.count(key) > 0) classes += " failed";
  if (!value->second) classes += " unreadable";
  std::string attributes = fmt::format(" data-key=\"{}\"", EscapeMarkup(key));
  const auto place = places.find(key);
  if (place != places.end()) {
    const SourcePlace& where = place->second;
    attributes += fmt::format(" data-caption=\"{}\"", EscapeMarkup(where.caption));
    if (!where.page_id.empty()) {
      attributes += fmt::format(" data-page=\"{}\" data-box=\"{:.3f},{:.3f},{:.3f},{:.3f}\"",
                                where.page_id, 100 * where.bbox->x0 / where.width_pt,
                                100 * where.bbox->top / where.height_pt,
                                100 * (where.bbox->x1 - where.bbox->x0) / where.width_pt,
                                100 * (where.bbox->bottom - where.bbox->top) / where.height_pt);
    }
    if (!where.cell_id.empty()) attributes += fmt::format(" data-cell=\"{}\"", where.cell_id);
  }
  const std::string shown = value->second ? FormatNumber(*value->second) : "?";
  return fmt::format("<td class=\"{}\"{}><a href=\"#{}\">{}</a></td>", classes, attributes,
                     EscapeMarkup(key), shown);
}

bool Present(const std::string& key, const std::set<std::string>& keys_in_record) {
  return !key.empty() && keys_in_record.count(key) > 0;
}

std::string PrintedTableHtml(const schema::PrintedTable& table, const schema::Record& record,
                             const std::map<std::string, const schema::MissingKeys*>& missing,
                             const std::set<std::string>& failed,
                             const std::map<std::string, SourcePlace>& places) {
  std::set<std::string> keys_in_record;
  for (const auto& [key, value] : record.values) keys_in_record.insert(key);
  for (const auto& [key, gap] : missing) keys_in_record.insert(key);

  const size_t columns = table.rows.empty() ? 0 : table.rows.front().keys.size();
  std::vector<bool> shown_column(columns, false);
  for (const schema::PrintedTable::Row& row : table.rows) {
    for (size_t col = 0; col < columns; ++col) {
      shown_column[col] = shown_column[col] || Present(row.keys[col], keys_in_record);
    }
  }
  std::string html =
      fmt::format("<h2 id=\"{0}\">{1}</h2>\n", EscapeMarkup(table.id), EscapeMarkup(table.title));
  if (std::none_of(shown_column.begin(), shown_column.end(), [](bool shown) { return shown; })) {
    return html + "<p class=\"note\">No value of this table is in the record.</p>\n";
  }
  // The header as the template prints it; a column the record never touches is left out
  // (org_total where the document has no 小计 column), so spans shrink with it.
  html += fmt::format("<table class=\"tpl\" data-table=\"{}\">\n", EscapeMarkup(table.id));
  for (const std::vector<schema::PrintedTable::HeaderCell>& level : table.header) {
    html += "<tr>";
    for (const schema::PrintedTable::HeaderCell& cell : level) {
      if (cell.first_column < 0) {  // the corner over the row labels
        html += fmt::format("<th rowspan=\"{}\"></th>", cell.rowspan);
        continue;
      }
      int shown = 0;
      for (int col = cell.first_column; col < cell.first_column + cell.colspan; ++col) {
        shown += shown_column[static_cast<size_t>(col)] ? 1 : 0;
      }
      if (shown == 0) continue;
      html += fmt::format("<th colspan=\"{}\" rowspan=\"{}\">{}</th>", shown, cell.rowspan,
                          EscapeMarkup(cell.label));
    }
    html += "</tr>\n";
  }
  for (const schema::PrintedTable::Row& row : table.rows) {
    const bool group = std::all_of(row.keys.begin(), row.keys.end(),
                                   [](const std::string& key) { return key.empty(); });
    const bool any = std::any_of(row.keys.begin(), row.keys.end(), [&](const std::string& key) {
      return Present(key, keys_in_record);
    });
    if (!group && !any) continue;  // a row this document's layout does not have
    const bool all_missing =
        any && std::all_of(row.keys.begin(), row.keys.end(), [&](const std::string& key) {
          return key.empty() || !Present(key, keys_in_record) || missing.count(key) > 0;
        });
    html += all_missing ? "<tr class=\"missing-row\">" : "<tr>";
    html += fmt::format("<th class=\"row depth{}\">{}</th>", row.depth, EscapeMarkup(row.label));
    for (size_t col = 0; col < columns; ++col) {
      if (!shown_column[col]) continue;
      html += group || row.keys[col].empty()
                  ? "<td></td>"
                  : ValueCell(row.keys[col], record, missing, failed, places);
    }
    html += "</tr>\n";
  }
  return html + "</table>\n";
}

std::string FactsHtml(const schema::Record& record) {
  std::string html = "<table class=\"facts\">\n";
  auto fact = [&html](const char* name, const std::string& value) {
    html += fmt::format("<tr><th>{}</th><td>{}</td></tr>\n", name, EscapeMarkup(value));
  };
  fact("status", schema::RecordStatusName(record.status));
  fact("agency", record.agency);
  fact("year", record.year ? std::to_string(*record.year) : "");
  fact("template", record.template_id);
  fact("format", FormatName(record.source.format));
  if (record.source.pages) fact("pages", std::to_string(*record.source.pages));
  fact("file", record.source.path);
  fact("sha256", record.source.sha256);
  if (record.region) fact("region", record.region->name + " (" + record.region->code + ")");
  return html + "</table>\n";
}

std::string ProblemsHtml(const ReviewedDocument& document) {
  const schema::Record& record = *document.record;
  std::string html = "<section class=\"problems\">\n";
  if (document.error) {
    html += fmt::format("<h2>Could not be read</h2><p class=\"status-error\">{}</p>\n",
                        EscapeMarkup(document.error->what()));
  }
  std::vector<const schema::Check*> failed;
  for (const schema::Check& check : record.checks) {
    if (!check.ok) failed.push_back(&check);
  }
  if (!failed.empty()) {
    html += "<h2>Failed checks</h2><ul>\n";
    for (const schema::Check* check : failed) {
      html += fmt::format(
          "<li class=\"failed-check\"><code>{}</code>: stated {} but the parts add up to {}</li>\n",
          EscapeMarkup(check->rule), FormatNumber(check->lhs), FormatNumber(check->rhs));
    }
    html += "</ul>\n";
  }
  if (!record.missing.empty()) {
    html += "<h2>Missing</h2><ul>\n";
    for (const schema::MissingKeys& gap : record.missing) {
      html += fmt::format("<li class=\"missing-entry\"><b>{}</b> ({} keys): {}</li>\n",
                          schema::MissingReasonName(gap.reason), gap.keys.size(),
                          EscapeMarkup(gap.message));
    }
    html += "</ul>\n";
  }
  if (!record.warnings.empty()) {
    html += "<h2>Warnings</h2><ul>\n";
    for (const Diagnostic& warning : record.warnings) {
      std::string place;
      if (warning.location.page) place += fmt::format(" (page {})", *warning.location.page);
      html += fmt::format("<li class=\"warning\">{}{} <code>{}</code></li>\n",
                          EscapeMarkup(warning.message), place, EscapeMarkup(warning.code));
    }
    html += "</ul>\n";
  }
  return html + "</section>\n";
}

std::string ReadTablesHtml(const std::vector<const Table*>& tables,
                           const std::set<int>& referenced) {
  std::string html;
  for (const int idx : referenced) {
    if (idx < 0 || idx >= static_cast<int>(tables.size())) continue;
    const Table& table = *tables[static_cast<size_t>(idx)];
    const ExpandedGrid grid = ExpandGrid(table);
    html += fmt::format(
        "<div class=\"read-table\" id=\"read-{0}\" hidden><p class=\"note\">Table {0} as read "
        "({1})</p><table class=\"read\">\n",
        idx, TableOriginName(table.origin));
    for (int row = 0; row < grid.rows; ++row) {
      html += "<tr>";
      for (int col = 0; col < grid.cols; ++col) {
        const Cell* cell = grid.At(row, col);
        if (cell == nullptr) {
          html += "<td></td>";
          continue;
        }
        if (cell->row != row || cell->col != col) continue;  // inside a span
        html += fmt::format("<td id=\"c{}-{}-{}\" rowspan=\"{}\" colspan=\"{}\">{}</td>", idx, row,
                            col, cell->rowspan, cell->colspan, EscapeMarkup(cell->text));
      }
      html += "</tr>\n";
    }
    html += "</table></div>\n";
  }
  return html;
}

std::string PageImagesHtml(const std::vector<PageImage>& images, const std::string& folder) {
  std::string html;
  for (const PageImage& image : images) {
    html += fmt::format(
        "<div class=\"page\" id=\"page-{0}\" hidden><img src=\"{1}{2}\" width=\"{3}\" "
        "height=\"{4}\" alt=\"page {0}\" loading=\"lazy\"><div class=\"box\"></div></div>\n",
        image.page, EscapeMarkup(folder), EscapeMarkup(image.file), image.width_px,
        image.height_px);
  }
  return html;
}

// Shows the source of a value when it is clicked, and of the value whose key is in the
// address (#t3.new.natural), so a link to a value opens with its source shown.
constexpr const char* kScript = R"js(
(function () {
  function show(key) {
    var cell = document.querySelector('td.v[data-key="' + CSS.escape(key) + '"]');
    if (!cell) return;
    document.querySelectorAll('td.v.selected').forEach(function (c) { c.classList.remove('selected'); });
    cell.classList.add('selected');
    document.querySelectorAll('#source .page, #source .read-table').forEach(function (p) { p.hidden = true; });
    document.querySelectorAll('td.hit').forEach(function (c) { c.classList.remove('hit'); });
    document.getElementById('source-caption').textContent = cell.dataset.caption || (key + ': no source recorded');
    var shown = null;
    if (cell.dataset.page) {
      shown = document.getElementById(cell.dataset.page);
      var b = cell.dataset.box.split(',');
      var box = shown.querySelector('.box');
      box.style.left = b[0] + '%'; box.style.top = b[1] + '%';
      box.style.width = b[2] + '%'; box.style.height = b[3] + '%';
      box.dataset.key = key;
      shown.hidden = false;
    } else if (cell.dataset.cell) {
      var hit = document.getElementById(cell.dataset.cell);
      hit.classList.add('hit');
      hit.dataset.key = key;
      shown = hit.closest('.read-table');
      shown.hidden = false;
    }
    if (shown) {  // scroll the source panel only, never the tables beside it
      var target = cell.dataset.page ? shown.querySelector('.box') : document.getElementById(cell.dataset.cell);
      var aside = document.getElementById('source');
      aside.scrollTop += target.getBoundingClientRect().top - aside.getBoundingClientRect().top -
          aside.clientHeight / 3;
    }
  }
  function fromAddress() {
    if (location.hash.length > 1) show(decodeURIComponent(location.hash.slice(1)));
  }
  window.addEventListener('hashchange', fromAddress);
  document.addEventListener('click', function (event) {
    var cell = event.target.closest('td.v');
    if (!cell) return;
    event.preventDefault();
    history.replaceState(null, '', '#' + encodeURIComponent(cell.dataset.key));
    show(cell.dataset.key);
  });
  fromAddress();
})();
)js";

}  // namespace

std::vector<int> PagesByValueCount(const schema::Record& record, int at_most) {
  std::map<int, int> counts;
  for (const auto& [key, where] : record.provenance) {
    if (where.page && where.bbox) ++counts[*where.page];
  }
  std::vector<std::pair<int, int>> ranked(counts.begin(), counts.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<int> pages;
  for (const auto& [page, count] : ranked) {
    if (static_cast<int>(pages.size()) >= at_most) break;
    pages.push_back(page);
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

std::string DocumentPageHtml(const DocumentPageInput& input) {
  const schema::Record& record = *input.document->record;
  const std::string title = record.title.empty() ? record.source.path : record.title;
  std::string html = PageHead(title, kPageCss);
  html += "<p><a href=\"../index.html\">← all documents</a></p>\n";
  html += fmt::format("<h1>{}</h1>\n", EscapeMarkup(title));
  html += FactsHtml(record);
  html += ProblemsHtml(*input.document);

  std::map<std::string, const schema::MissingKeys*> missing;
  for (const schema::MissingKeys& gap : record.missing) {
    for (const std::string& key : gap.keys) missing.emplace(key, &gap);
  }
  std::set<std::string> failed;
  for (const schema::Check& check : record.checks) {
    if (check.ok) continue;
    const auto operands = input.check_operands.find(check.rule);
    if (operands == input.check_operands.end()) continue;
    failed.insert(operands->second.begin(), operands->second.end());
  }
  const std::vector<const Table*> read_tables = TablesOf(input.document->document);
  const std::map<std::string, SourcePlace> places = SourcePlaces(input, read_tables);

  html += "<div class=\"layout\"><div class=\"tables\">\n";
  for (const schema::PrintedTable& table : input.tables) {
    html += PrintedTableHtml(table, record, missing, failed, places);
  }
  std::string fees;
  for (const auto& [key, value] : record.values) {
    if (key.rfind("s6.", 0) != 0) continue;
    fees += fmt::format("<tr><th class=\"row\">{}</th>{}</tr>\n", EscapeMarkup(key),
                        ValueCell(key, record, missing, failed, places));
  }
  if (!fees.empty()) html += "<h2>六、信息处理费</h2><table class=\"tpl\">\n" + fees + "</table>\n";
  html +=
      "</div>\n<aside id=\"source\"><p id=\"source-caption\" class=\"note\">Click a value to see "
      "where it was read.</p>\n";
  if (!input.source_note.empty()) {
    html += fmt::format("<p class=\"note source-note\">{}</p>\n", EscapeMarkup(input.source_note));
  }
  html += PageImagesHtml(input.images, input.image_folder);
  std::set<int> referenced;
  for (const auto& [key, where] : record.provenance) {
    if (where.table && record.source.format != Format::kPdf) referenced.insert(*where.table);
  }
  html += ReadTablesHtml(read_tables, referenced);
  html += "</aside></div>\n<script>";
  html += kScript;
  html += "</script>\n</body></html>\n";
  return html;
}

}  // namespace nianbao::review
