// One report per agency and year (docs/dataset.md, "Reports"): every place a document was
// found (document_sources), pages linked to the attachment that holds their report
// (attachments), and the table `reports`.
#include "reports.hpp"

#include "nianbao/output.hpp"
#include "nianbao/pipeline.hpp"
#include "record_blob.hpp"
#include "store.hpp"

#include <fmt/core.h>
#include <libxml/HTMLparser.h>
#include <libxml/uri.h>
#include <libxml/xmlmemory.h>
#include <libxml/xpath.h>
#include <boost/algorithm/string/case_conv.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

namespace nianbao::dataset {
namespace {

constexpr const char* kAbsentCode = "dataset.attachment_absent";
std::string WithoutQuery(std::string_view href) {
  std::size_t end = href.find_first_of("?#");
  return std::string(href.substr(0, end));
}

struct XmlFreer {
  void operator()(xmlChar* text) const { xmlFree(text); }
};
// The href resolved against the page's URL (RFC 3986, libxml2), or "" when it cannot be.
std::string ResolveUrl(const std::string& href, const std::string& base) {
  std::unique_ptr<xmlChar, XmlFreer> resolved(
      xmlBuildURI(reinterpret_cast<const xmlChar*>(href.c_str()),
                  reinterpret_cast<const xmlChar*>(base.c_str())));
  return resolved ? std::string(reinterpret_cast<const char*>(resolved.get())) : std::string();
}

// The href as a file beside the page (a crawl saved to a folder).
std::string ResolvePath(const std::string& href, const std::string& page_path) {
  if (href.find("://") != std::string::npos || href.empty()) return {};
  std::filesystem::path target(pipeline::Unescaped(WithoutQuery(href)));
  if (target.is_absolute()) return {};
  return (std::filesystem::path(page_path).parent_path() / target).lexically_normal().string();
}

struct ReportDocument {
  std::int64_t id = 0;
  std::string sha256;
  std::string path;
  std::string agency;
  std::optional<std::int64_t> year;
  std::string region_code;
  std::string level;
  std::string agency_kind;
  DocumentValues values;
};

std::optional<std::string> FindDocument(Database& database, const std::string& url,
                                        const std::string& path) {
  Statement find = database.Prepare(
      "SELECT s.sha256 FROM document_sources s JOIN documents d ON d.sha256 = s.sha256 WHERE"
      " (s.url = ?1 AND ?1 != '') OR (s.path = ?2 AND ?2 != '') UNION ALL SELECT sha256 FROM"
      " documents WHERE (url = ?1 AND ?1 != '') OR (path = ?2 AND ?2 != '') LIMIT 1");
  find.Bind(1, url).Bind(2, path);
  if (!find.Step()) return std::nullopt;
  return find.Text(0);
}

std::optional<std::string> PathOf(Database& database, const std::string& sha256) {
  Statement find = database.Prepare("SELECT path FROM documents WHERE sha256 = ?");
  find.Bind(1, sha256);
  if (!find.Step()) return std::nullopt;
  return find.Text(0);
}

// The page's warnings dataset.attachment_absent, in its record and its rows, are the ones of
// `absent` (the hrefs not found).
void ReplaceAbsentWarnings(Database& database, std::int64_t document_id,
                           std::vector<Diagnostic>& warnings,
                           const std::vector<std::string>& absent) {
  std::erase_if(warnings, [](const Diagnostic& warning) { return warning.code == kAbsentCode; });
  database.Prepare("DELETE FROM warnings WHERE document_id = ? AND code = ?")
      .Bind(1, document_id)
      .Bind(2, kAbsentCode)
      .Run();
  Statement last =
      database.Prepare("SELECT coalesce(max(position), -1) FROM warnings WHERE document_id = ?");
  last.Bind(1, document_id);
  last.Step();
  std::int64_t position = last.Integer(0);
  for (const std::string& href : absent) {
    std::string message = fmt::format(
        "the page's report is an attachment ({}) that is not in this dataset: this record has "
        "the page only; add the attachment to the run",
        href);
    warnings.push_back(Diagnostic{Severity::kWarning, kAbsentCode, message, {}});
    database
        .Prepare(
            "INSERT INTO warnings (document_id, position, severity, code, message) VALUES "
            "(?,?,?,?,?)")
        .Bind(1, document_id)
        .Bind(2, ++position)
        .Bind(3, "warning")
        .Bind(4, kAbsentCode)
        .Bind(5, message)
        .Run();
  }
}

// Resolves one page's attachments, in its outcome and its warning rows.
void LinkPage(Database& database, std::int64_t document_id, output::Outcome& page) {
  auto source_field = [&](const char* key) {
    auto found = page.source_fields.find(key);
    return found != page.source_fields.end() && found->is_string() ? found->get<std::string>()
                                                                   : std::string();
  };
  const std::string page_url = source_field("url");
  const std::string page_path = page.record.source.path;
  std::vector<std::string> absent;
  std::optional<std::string> report_in;
  for (output::Attachment& attachment : page.attachments) {
    const std::string& href = attachment.href;
    std::string url = page_url.empty() ? std::string() : ResolveUrl(href, page_url);
    std::string path = page_url.empty() ? ResolvePath(href, page_path) : std::string();
    std::optional<std::string> found = FindDocument(database, url, path);
    if (!found && !url.empty()) found = FindDocument(database, pipeline::Unescaped(url), "");
    Json& link = attachment.link;
    for (const char* key : {"sha256", "path", "url", "found"}) link.erase(key);
    if (!url.empty()) link["url"] = url;
    if (!path.empty()) link["path"] = path;
    link["found"] = found.has_value();
    if (found) {
      link["sha256"] = *found;
      if (!report_in) report_in = found;
    } else {
      absent.push_back(href);
    }
  }
  if (report_in) {
    page.other_fields["report_in"] = {{"sha256", *report_in},
                                      {"path", PathOf(database, *report_in).value_or("")}};
  } else {
    page.other_fields.erase("report_in");
  }
  ReplaceAbsentWarnings(database, document_id, page.record.warnings, absent);
}

// The documents the reports are made of, in agency-year order, one agency-year at a time
// (a dataset of millions of documents is never held in memory).
template <typename OnGroup>
void ForEachAgencyYear(Database& database, OnGroup on_group) {
  Statement documents = database.Prepare(
      "SELECT id, sha256, path, agency, year, region_code, level, agency_kind FROM documents"
      " WHERE status != 'error' AND agency IS NOT NULL AND agency != '' AND year IS NOT NULL"
      " ORDER BY agency, year, path, sha256");
  Statement values = database.Prepare("SELECT key, value FROM cell_values WHERE document_id = ?");
  std::vector<ReportDocument> group;
  while (documents.Step()) {
    ReportDocument row{documents.Integer(0),
                       documents.Text(1),
                       documents.Text(2),
                       documents.Text(3),
                       documents.OptionalInteger(4),
                       documents.Text(5),
                       documents.Text(6),
                       documents.Text(7),
                       {}};
    if (!group.empty() && (group.front().agency != row.agency || group.front().year != row.year)) {
      on_group(group);
      group.clear();
    }
    row.values = ValuesOf(values, row.id);
    group.push_back(std::move(row));
  }
  if (!group.empty()) on_group(group);
}

int CountSources(Database& database, const std::vector<ReportDocument>& documents) {
  Statement count = database.Prepare(
      "SELECT max(1, (SELECT count(*) FROM document_sources s WHERE s.sha256 = ?))");
  int sources = 0;
  for (const ReportDocument& document : documents) {
    count.Bind(1, document.sha256);
    count.Step();
    sources += static_cast<int>(count.Integer(0));
    count.Reset();
  }
  return sources;
}

void InsertReport(Database& database, const std::vector<ReportDocument>& group) {
  std::vector<const ReportDocument*> versions;  // first document of each distinct set of numbers
  for (const ReportDocument& document : group) {
    if (document.values.empty()) continue;
    bool known = std::any_of(versions.begin(), versions.end(), [&](const ReportDocument* version) {
      return version->values == document.values;
    });
    if (!known) versions.push_back(&document);
  }
  const ReportDocument* holder = versions.empty() ? &group.front() : versions.front();
  std::string detail;
  if (versions.empty()) {
    detail = "no document of this agency and year holds the report's numbers";
  } else if (versions.size() > 1) {
    detail = "documents with different numbers:";
    for (const ReportDocument* version : versions) detail += " " + version->path;
  }
  Statement insert = database.Prepare(
      "INSERT INTO reports (agency, year, region_code, level, agency_kind, sha256, path,"
      " documents, sources, versions, flagged, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  auto optional_text = [](const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
  };
  insert.Bind(1, holder->agency)
      .Bind(2, holder->year)
      .Bind(3, optional_text(holder->region_code))
      .Bind(4, optional_text(holder->level))
      .Bind(5, optional_text(holder->agency_kind))
      .Bind(6, versions.empty() ? std::nullopt : std::optional<std::string>(holder->sha256))
      .Bind(7, versions.empty() ? std::nullopt : std::optional<std::string>(holder->path))
      .Bind(8, static_cast<std::int64_t>(group.size()))
      .Bind(9, static_cast<std::int64_t>(CountSources(database, group)))
      .Bind(10, static_cast<std::int64_t>(versions.size()))
      .Bind(11, std::int64_t{versions.size() > 1 ? 1 : 0})
      .Bind(12, optional_text(detail));
  insert.Run();
}

}  // namespace

void EnsureReportTables(Database& database) {
  database.Execute(R"sql(
CREATE TABLE IF NOT EXISTS document_sources (
  sha256 TEXT NOT NULL,
  path TEXT NOT NULL,
  url TEXT,
  fetched_at TEXT,
  PRIMARY KEY (sha256, path)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_sources_url ON document_sources (url);
CREATE INDEX IF NOT EXISTS document_sources_path ON document_sources (path);
CREATE TABLE IF NOT EXISTS reports (
  agency TEXT NOT NULL,
  year INTEGER NOT NULL,
  region_code TEXT,
  level TEXT,
  agency_kind TEXT,
  sha256 TEXT,
  path TEXT,
  documents INTEGER NOT NULL,
  sources INTEGER NOT NULL,
  versions INTEGER NOT NULL,
  flagged INTEGER NOT NULL,
  detail TEXT,
  PRIMARY KEY (agency, year)
);
CREATE VIEW IF NOT EXISTS report_values AS
  SELECT r.agency, r.year, r.region_code, v.key, v.value
  FROM reports r JOIN documents d ON d.sha256 = r.sha256 JOIN cell_values v ON v.document_id = d.id;
)sql");
}

bool HasTable(Database& database, const char* name) {
  Statement exists =
      database.Prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
  exists.Bind(1, name);
  exists.Step();
  return exists.Integer(0) > 0;
}

DocumentValues ValuesOf(Statement& values, std::int64_t document_id) {
  DocumentValues out;
  values.Bind(1, document_id);
  while (values.Step()) out[values.Text(0)] = values.OptionalReal(1);
  values.Reset();
  return out;
}

void LinkAttachments(Database& database) {
  Statement pages =
      database.Prepare("SELECT id, path, record FROM documents WHERE attachments > 0 ORDER BY id");
  std::vector<std::pair<std::int64_t, output::Outcome>> todo;
  RecordReader records(database);
  while (pages.Step()) {
    const std::string path = pages.Text(1);
    const std::int64_t id = pages.Integer(0);
    todo.emplace_back(id,
                      output::OutcomeFromJson(Json::parse(records.Text(id, pages, 2, path)), path));
  }
  Transaction transaction(database);
  Statement update =
      database.Prepare("UPDATE documents SET record = ?, record_size = ? WHERE id = ?");
  for (auto& [id, page] : todo) {
    LinkPage(database, id, page);
    const std::string text = StoredRecordJson(output::OutcomeToJson(page), records.Parts(id));
    update.BindBlob(1, DeflateRecord(text))
        .Bind(2, static_cast<std::int64_t>(text.size()))
        .Bind(3, id);
    update.Run();
  }
  transaction.Commit();
}

ReportsSummary BuildReports(Database& database) {
  Transaction transaction(database);
  database.Execute("DELETE FROM reports");
  ReportsSummary summary;
  ForEachAgencyYear(database, [&](const std::vector<ReportDocument>& group) {
    InsertReport(database, group);
    ++summary.reports;
  });
  Statement flagged = database.Prepare("SELECT count(*) FROM reports WHERE flagged = 1");
  flagged.Step();
  summary.flagged = static_cast<int>(flagged.Integer(0));
  transaction.Commit();
  return summary;
}

}  // namespace nianbao::dataset
