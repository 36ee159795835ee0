// The overview: counts as bar charts, then every document in a table filtered in the page
// (the documents are data in the page, drawn a bounded number of rows at a time).
#include "overview.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "html.hpp"

namespace nianbao::review {
namespace {

constexpr int kTopRules = 20;
constexpr int kTopMessages = 15;

using Counts = std::map<std::string, int>;

std::vector<std::pair<std::string, int>> ByCount(const Counts& counts, size_t at_most) {
  std::vector<std::pair<std::string, int>> bars(counts.begin(), counts.end());
  std::stable_sort(bars.begin(), bars.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (bars.size() > at_most) bars.resize(at_most);
  return bars;
}

std::vector<std::pair<std::string, int>> ByName(const Counts& counts) {
  return {counts.begin(), counts.end()};
}

std::string DataJson(const std::vector<OverviewLine>& lines) {
  nlohmann::json rows = nlohmann::json::array();
  for (const OverviewLine& line : lines) {
    std::string missing;
    for (const auto& [reason, keys] : line.missing) {
      if (!missing.empty()) missing += ' ';
      missing += fmt::format("{}×{}", reason, keys);
    }
    rows.push_back({line.href, line.status, line.format,
                    line.year ? std::to_string(*line.year) : "", line.template_id, line.name,
                    line.failed_rules, missing, line.values, line.warnings});
  }
  std::string text = rows.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  // Inside <script>: "</" would end the element.
  for (size_t at = text.find("</"); at != std::string::npos; at = text.find("</", at)) {
    text.replace(at, 2, "<\\/");
  }
  return text;
}

constexpr const char* kOverviewCss = R"css(
.filters{margin:1em 0;display:flex;gap:.8em;flex-wrap:wrap;align-items:center}
#documents td{font-size:13px}#documents td.rules{font-family:monospace;font-size:12px}
figure.chart{margin:0}
)css";

constexpr const char* kScript = R"js(
(function () {
  var rows = JSON.parse(document.getElementById('data').textContent);
  var LIMIT = 500;
  var filters = {status: 1, format: 2, year: 3, rule: 6};
  function options(id, values) {
    var select = document.getElementById('f-' + id);
    values.sort().forEach(function (v) {
      var o = document.createElement('option'); o.value = v; o.textContent = v || '(none)';
      select.appendChild(o);
    });
    select.addEventListener('change', draw);
  }
  function distinct(column) {
    var seen = {};
    rows.forEach(function (r) {
      (Array.isArray(r[column]) ? r[column] : [r[column]]).forEach(function (v) { seen[v] = 1; });
    });
    return Object.keys(seen);
  }
  function matches(r) {
    for (var name in filters) {
      var want = document.getElementById('f-' + name).value;
      if (want === '*') continue;
      var have = r[filters[name]];
      if (Array.isArray(have) ? have.indexOf(want) < 0 : have !== want) return false;
    }
    var text = document.getElementById('f-text').value.trim();
    return !text || (r[5] + ' ' + r[0]).indexOf(text) >= 0;
  }
  function cell(tr, text, cls) {
    var td = document.createElement('td'); td.textContent = text;
    if (cls) td.className = cls;
    tr.appendChild(td); return td;
  }
  function draw() {
    var body = document.getElementById('rows');
    body.textContent = '';
    var shown = 0, matched = 0;
    rows.forEach(function (r) {
      if (!matches(r)) return;
      ++matched;
      if (shown >= LIMIT) return;
      ++shown;
      var tr = document.createElement('tr');
      tr.className = 'doc';
      var a = document.createElement('a'); a.href = r[0]; a.textContent = r[5];
      cell(tr, '').appendChild(a);
      cell(tr, r[1], 'status-' + r[1]); cell(tr, r[2]); cell(tr, r[3]); cell(tr, r[4]);
      cell(tr, r[8]); cell(tr, r[7]); cell(tr, r[6].join(' '), 'rules'); cell(tr, r[9]);
      body.appendChild(tr);
    });
    document.getElementById('count').textContent = matched + ' of ' + rows.length +
        ' documents' + (matched > shown ? ' (first ' + shown + ' shown; narrow the filters)' : '');
  }
  options('status', distinct(1)); options('format', distinct(2)); options('year', distinct(3));
  options('rule', distinct(6));
  document.getElementById('f-text').addEventListener('input', draw);
  draw();
})();
)js";

std::string Select(const char* id, const char* label) {
  return fmt::format(
      "<label>{} <select id=\"f-{}\"><option value=\"*\">all</option></select></label>\n", label,
      id);
}

}  // namespace

std::string OverviewHtml(const std::vector<OverviewLine>& lines) {
  Counts status, format, template_id, year, rules, reasons, messages;
  for (const OverviewLine& line : lines) {
    ++status[line.status];
    ++format[line.format];
    ++template_id[line.template_id];
    ++year[line.year ? std::to_string(*line.year) : "unknown"];
    for (const std::string& rule : line.failed_rules) ++rules[rule];
    for (const auto& [reason, keys] : line.missing) ++reasons[reason];
    for (const std::string& message : line.missing_messages) ++messages[message];
  }
  std::string html = PageHead("nianbao review", kOverviewCss);
  html += fmt::format("<h1>nianbao review: {} documents</h1>\n", lines.size());
  html += "<div class=\"charts\">\n";
  html += BarChart("Documents by status", ByCount(status, status.size()));
  html += BarChart("By format", ByCount(format, format.size()));
  html += BarChart("By template", ByCount(template_id, template_id.size()));
  html += BarChart("By year", ByName(year));
  html += BarChart("Failed checks by rule (documents)", ByCount(rules, kTopRules));
  html += BarChart("Missing: documents by reason", ByCount(reasons, reasons.size()));
  html += "</div>\n";
  const auto top_messages = ByCount(messages, kTopMessages);
  if (!top_messages.empty()) {
    html +=
        "<h2>Most frequent missing reasons</h2>\n<table "
        "class=\"reasons\"><tr><th>documents</th><th>message</th></tr>\n";
    for (const auto& [message, count] : top_messages) {
      html += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", count, EscapeMarkup(message));
    }
    html += "</table>\n";
  }
  html += "<h2>Documents</h2>\n<div class=\"filters\">\n";
  html += Select("status", "status");
  html += Select("format", "format");
  html += Select("year", "year");
  html += Select("rule", "failed rule");
  html += "<label>title or file <input id=\"f-text\" type=\"search\"></label>\n";
  html += "<span id=\"count\"></span></div>\n";
  html +=
      "<table id=\"documents\"><thead><tr><th>document</th><th>status</th><th>format</th>"
      "<th>year</th><th>template</th><th>values</th><th>missing</th><th>failed checks</th>"
      "<th>warnings</th></tr></thead><tbody id=\"rows\"></tbody></table>\n";
  html += "<script id=\"data\" type=\"application/json\">" + DataJson(lines) + "</script>\n";
  html += "<script>";
  html += kScript;
  html += "</script>\n</body></html>\n";
  return html;
}

}  // namespace nianbao::review
