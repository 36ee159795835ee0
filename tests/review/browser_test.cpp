// The report in a real browser: Debian's chromium, headless. A harness page (written next to
// the report) loads a report page in an iframe, clicks what a person would click and writes
// what it sees as JSON; --dump-dom hands that back. Console messages come on stderr.
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/core.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>

#include "review_support.hpp"

namespace nianbao::review_test {
namespace {

std::optional<std::string> FindChromium() {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return std::nullopt;
  std::string folders = path;
  size_t start = 0;
  while (start <= folders.size()) {
    const size_t end = std::min(folders.find(':', start), folders.size());
    for (const char* name : {"chromium", "chromium-browser"}) {
      const auto candidate = std::filesystem::path(folders.substr(start, end - start)) / name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
    start = end + 1;
  }
  return std::nullopt;
}

std::string Quoted(const std::string& text) {
  return "'" + text + "'";
}

struct BrowserRun {
  std::string dom;
  std::string log;  // chromium's stderr: console messages among them
};

BrowserRun RunChromium(const std::string& chromium, const std::filesystem::path& folder,
                       const std::vector<std::string>& arguments, const std::string& url) {
  std::string command =
      Quoted(chromium) +
      " --headless --no-sandbox --disable-gpu --no-first-run "
      "--disable-extensions --allow-file-access-from-files --disable-ipc-flooding-protection "
      "--enable-logging=stderr --v=0 --user-data-dir=" +
      Quoted((folder / "chromium-profile").string());
  for (const std::string& argument : arguments) command.append(" ").append(argument);
  command.append(" ").append(Quoted(url));
  command.append(" >").append(Quoted((folder / "dom.html").string()));
  command.append(" 2>").append(Quoted((folder / "chromium.log").string()));
  const int status = std::system(command.c_str());
  INFO(command);
  REQUIRE(WIFEXITED(status));
  return {ReadText(folder / "dom.html"), ReadText(folder / "chromium.log")};
}

// The console lines of the pages (errors, uncaught exceptions, console.log of any level).
std::vector<std::string> ConsoleLines(const std::string& log) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < log.size()) {
    const size_t end = std::min(log.find('\n', start), log.size());
    const std::string line = log.substr(start, end - start);
    if (line.find("CONSOLE") != std::string::npos || line.find("Uncaught") != std::string::npos) {
      lines.push_back(line);
    }
    start = end + 1;
  }
  return lines;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

std::string Unescape(std::string text) {
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"}}) {
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + 1)) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

nlohmann::json HarnessResult(const BrowserRun& run) {
  const std::string open = "<pre id=\"out\">";
  const size_t start = run.dom.find(open);
  INFO(run.dom.substr(0, 2000));
  REQUIRE(start != std::string::npos);
  const size_t end = run.dom.find("</pre>", start);
  const std::string text = Unescape(run.dom.substr(start + open.size(), end - start - open.size()));
  INFO(text);
  const nlohmann::json result = nlohmann::json::parse(text, nullptr, false);
  REQUIRE_FALSE(result.is_discarded());
  return result;
}

void WriteHarness(const std::filesystem::path& path, const std::string& page,
                  const std::string& script) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << "<!doctype html><meta charset=\"utf-8\"><body>"
      << "<iframe id=\"f\" width=\"1400\" height=\"900\" src=\"" << page << "\"></iframe>"
      << "<pre id=\"out\">not run</pre><script>"
      << "document.getElementById('f').addEventListener('load', function () {"
      << "var w = this.contentWindow, d = this.contentDocument, out = null;"
      << "try {" << script << "} catch (e) { out = {harness_error: String(e)}; }"
      << "document.getElementById('out').textContent = JSON.stringify(out); });"
      << "</script>";
}

// Clicks every value of a document page; reports the source view it shows.
constexpr const char* kClickEveryValue = R"js(
out = [];
d.querySelectorAll('td.v').forEach(function (c) {
  c.querySelector('a').click();
  var r = {key: c.dataset.key, selected: c.classList.contains('selected'),
           caption: d.getElementById('source-caption').textContent};
  if (c.dataset.page) {
    var page = d.getElementById(c.dataset.page), img = page.querySelector('img');
    var box = page.querySelector('.box');
    var i = img.getBoundingClientRect(), b = box.getBoundingClientRect();
    r.kind = 'page'; r.visible = !page.hidden && b.width > 0 && i.width > 0;
    r.page = Number(c.dataset.page.slice(5));
    r.box = [(b.left - i.left) / i.width, (b.top - i.top) / i.height,
             (b.right - i.left) / i.width, (b.bottom - i.top) / i.height];
    r.box_key = box.dataset.key;
  } else if (c.dataset.cell) {
    var hit = d.querySelectorAll('td.hit');
    r.kind = 'cell'; r.hits = hit.length;
    r.visible = hit.length == 1 && !hit[0].closest('.read-table').hidden;
    r.text = hit.length ? hit[0].textContent : null;
    r.box_key = hit.length ? hit[0].dataset.key : null;
  }
  out.push(r);
});
)js";

}  // namespace

TEST_CASE("in chromium every value opens its source, boxed on the cell's text",
          "[review][browser]") {
  const auto chromium = FindChromium();
  if (!chromium) {
    WARN("chromium is not installed (scripts/setup.sh test installs it): browser test skipped");
    return;
  }
  const auto files = ReadFiles(TestFiles());
  const auto folder = WriteReport(files, "browser");
  std::map<std::string, std::vector<PdfPageWords>> words;  // page sizes by pdftotext
  for (const ReviewedFile& file : files) {
    if (file.record.source.format == Format::kPdf) words[file.path] = WordsOf(file.path);
  }
  for (size_t idx = 0; idx < files.size(); ++idx) {
    const ReviewedFile& file = files[idx];
    INFO(file.path);
    const std::string harness = fmt::format("harness-{}.html", idx + 1);
    WriteHarness(folder / harness, fmt::format("d/{:06}.html", idx + 1), kClickEveryValue);
    const BrowserRun run =
        RunChromium(*chromium, folder, {"--virtual-time-budget=5000", "--dump-dom"},
                    "file://" + (folder / harness).string());
    INFO(Joined(ConsoleLines(run.log)));
    CHECK(ConsoleLines(run.log).empty());
    const nlohmann::json results = HarnessResult(run);
    REQUIRE(results.is_array());
    CHECK(results.size() == file.record.values.size());
    for (const nlohmann::json& result : results) {
      const std::string key = result["key"];
      INFO(key);
      CHECK(result["selected"] == true);
      const auto found = file.record.provenance.find(key);
      if (found == file.record.provenance.end()) {
        CHECK(result["caption"].get<std::string>().find("no source recorded") != std::string::npos);
        continue;
      }
      const schema::Provenance& where = found->second;
      if (!where.table && !where.bbox) continue;  // a figure from running text: caption only
      REQUIRE(result.contains("kind"));
      CHECK(result["visible"] == true);
      CHECK(result["box_key"] == key);
      if (result["kind"] == "page") {
        // The box drawn over the page image is the provenance box; review_test.cpp shows
        // that box holds the cell's text as Poppler places it.
        REQUIRE(where.bbox);
        CHECK(result["page"] == *where.page);
        const PdfPageWords& page = words.at(file.path).at(static_cast<size_t>(*where.page - 1));
        const double width = page.width;
        const double height = page.height;
        const auto& box = result["box"];
        constexpr double kPixel = 0.003;  // of the page: about a pixel of the image shown
        CHECK(box[0].get<double>() == Approx(where.bbox->x0 / width).margin(kPixel));
        CHECK(box[1].get<double>() == Approx(where.bbox->top / height).margin(kPixel));
        CHECK(box[2].get<double>() == Approx(where.bbox->x1 / width).margin(kPixel));
        CHECK(box[3].get<double>() == Approx(where.bbox->bottom / height).margin(kPixel));
      } else {
        CHECK(result["hits"] == 1);
        CHECK(result["text"] == where.text);
      }
    }
  }
  std::filesystem::remove_all(folder);
}

// Chooses `value` in the filter `id` of the overview; reports the rows then shown.
std::string FilterScript(const std::string& id, const std::string& value) {
  return fmt::format(R"js(
var statusOf = function () {{
  return Array.prototype.map.call(d.querySelectorAll('tr.doc'), function (tr) {{
    return {{status: tr.children[1].textContent, format: tr.children[2].textContent,
             rules: tr.children[7].textContent, href: tr.querySelector('a').getAttribute('href')}};
  }});
}};
var before = statusOf();
var select = d.getElementById('f-{}');
select.value = '{}';
select.dispatchEvent(new w.Event('change'));
out = {{before: before, after: statusOf(), count: d.getElementById('count').textContent,
        charts: d.querySelectorAll('svg rect').length}};
)js",
                     id, value);
}

TEST_CASE("in chromium the overview loads and its filters narrow the table", "[review][browser]") {
  const auto chromium = FindChromium();
  if (!chromium) {
    WARN("chromium is not installed (scripts/setup.sh test installs it): browser test skipped");
    return;
  }
  const auto files = ReadFiles(TestFiles());
  const auto folder = WriteReport(files, "overview");
  std::map<std::string, int> by_status;
  std::map<std::string, int> by_rule;
  for (const ReviewedFile& file : files) {
    ++by_status[schema::RecordStatusName(file.record.status)];
    for (const schema::Check& check : file.record.checks) by_rule[check.rule] += check.ok ? 0 : 1;
  }
  REQUIRE(by_rule["t3.balance.total"] == 1);  // bad_total_2021.txt
  // The rarest status among the records (partial: broken_t4_2021.txt).
  const auto rarest =
      std::min_element(by_status.begin(), by_status.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });

  struct Filter {
    std::string id, value;
    int expected;
    int column;  // which reported field must match
  };
  for (const Filter& filter :
       {Filter{"status", rarest->first, rarest->second, 0}, Filter{"format", "pdf", 1, 1},
        Filter{"rule", "t3.balance.total", 1, 2}}) {
    INFO(filter.id << " = " << filter.value);
    WriteHarness(folder / "harness-overview.html", "index.html",
                 FilterScript(filter.id, filter.value));
    const BrowserRun run =
        RunChromium(*chromium, folder, {"--virtual-time-budget=5000", "--dump-dom"},
                    "file://" + (folder / "harness-overview.html").string());
    INFO(Joined(ConsoleLines(run.log)));
    CHECK(ConsoleLines(run.log).empty());
    const nlohmann::json result = HarnessResult(run);
    CHECK(result["before"].size() == files.size());
    CHECK(result["charts"].get<int>() > 6);
    REQUIRE(result["after"].size() == static_cast<size_t>(filter.expected));
    for (const nlohmann::json& row : result["after"]) {
      const char* field = filter.column == 0 ? "status" : filter.column == 1 ? "format" : "rules";
      CHECK(row[field].get<std::string>().find(filter.value) != std::string::npos);
    }
    CHECK(result["count"].get<std::string>().rfind(std::to_string(filter.expected) + " of ", 0) ==
          0);
  }

  // A screenshot renders (the CJK font is the page's; the image is not compared).
  const auto shot = folder / "overview.png";
  RunChromium(*chromium, folder,
              {"--window-size=1280,900", "--screenshot=" + Quoted(shot.string())},
              "file://" + (folder / "index.html").string());
  CHECK(std::filesystem::exists(shot));
  CHECK(std::filesystem::file_size(shot) > 10000);
  std::filesystem::remove_all(folder);
}

}  // namespace nianbao::review_test
