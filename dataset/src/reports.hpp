// Internal: one report per agency and year: where each document was found, pages linked to
// the attachment holding their report, and the table `reports` (docs/dataset.md, "Reports").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nianbao/dataset.hpp"
#include "sqlite.hpp"

namespace nianbao::dataset {

// Creates document_sources, reports and the view report_values when missing.
void EnsureReportTables(Database& database);

// Resolves every page's attachments against the documents of the dataset (by URL against the
// page's URL, or by path beside the page's file) and rewrites the page's stored record:
// attachments[].found / sha256 / url / path, report_in, and a warning
// dataset.attachment_absent for each attachment that is not there.
void LinkAttachments(Database& database);

struct ReportsSummary {
  int reports = 0;  // agency-years
  int flagged = 0;  // agency-years whose documents disagree on the numbers
};

// Rewrites the table reports: one row per agency and year.
ReportsSummary BuildReports(Database& database);

// Whether the dataset has this table (older datasets, or `nianbao check` not yet run).
bool HasTable(Database& database, const char* name);

// A document's values by key, from `values`: "SELECT key, value FROM cell_values WHERE
// document_id = ?" (prepared once by the caller).
using DocumentValues = std::map<std::string, std::optional<double>>;
DocumentValues ValuesOf(Statement& values, std::int64_t document_id);

}  // namespace nianbao::dataset
