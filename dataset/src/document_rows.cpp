#include "document_rows.hpp"

namespace nianbao::dataset {
namespace {

// Source fields with their own columns; the rest of `source` goes to source_extra.
constexpr const char* kSourceColumns[] = {"path", "sha256",     "format", "pages",
                                          "url",  "fetched_at", "site"};

std::optional<std::string> OptionalString(const Json& object, const char* key) {
  auto found = object.find(key);
  if (found == object.end() || found->is_null()) return std::nullopt;
  return found->is_string() ? found->get<std::string>() : found->dump();
}

std::optional<std::int64_t> OptionalInteger(const Json& object, const char* key) {
  auto found = object.find(key);
  if (found == object.end() || !found->is_number()) return std::nullopt;
  return found->get<std::int64_t>();
}

std::optional<double> OptionalNumber(const Json& json) {
  if (!json.is_number()) return std::nullopt;
  return json.get<double>();
}

std::optional<std::string> SourceExtra(const Json& source) {
  Json extra = Json::object();
  for (const auto& [key, value] : source.items()) {
    bool has_column = false;
    for (const char* column : kSourceColumns) has_column = has_column || key == column;
    if (!has_column) extra[key] = value;
  }
  if (extra.empty()) return std::nullopt;
  return extra.dump();
}

const Json& MemberOrEmpty(const Json& object, const char* key) {
  static const Json kEmpty = Json::object();
  auto found = object.find(key);
  return found == object.end() ? kEmpty : *found;
}

DocumentRow DocumentOf(const Json& record, const StoredMeta& meta) {
  const Json& source = record.at("source");
  const Json& error = MemberOrEmpty(record, "error");
  return DocumentRow{source.at("sha256").get<std::string>(),
                     source.at("path").get<std::string>(),
                     OptionalString(source, "format"),
                     OptionalInteger(source, "pages"),
                     OptionalString(source, "url"),
                     OptionalString(source, "fetched_at"),
                     OptionalString(source, "site"),
                     SourceExtra(source),
                     OptionalString(record, "title"),
                     OptionalString(record, "agency"),
                     OptionalInteger(record, "year"),
                     OptionalString(record, "template"),
                     StoredStatus(record),
                     OptionalString(error, "kind"),
                     OptionalString(error, "message"),
                     record.dump(),
                     meta.processed_at,
                     meta.duration_ms};
}

std::vector<ValueRow> ValuesOf(const Json& record) {
  const Json& provenance = MemberOrEmpty(record, "provenance");
  std::vector<ValueRow> rows;
  for (const auto& [key, value] : MemberOrEmpty(record, "values").items()) {
    auto where = provenance.find(key);
    rows.push_back(
        ValueRow{key, OptionalNumber(value),
                 where == provenance.end() ? std::nullopt : std::optional(where->dump())});
  }
  return rows;
}

std::vector<CheckRow> ChecksOf(const Json& record) {
  std::vector<CheckRow> rows;
  auto checks = record.find("checks");
  if (checks == record.end() || !checks->is_array()) return rows;
  for (const Json& check : *checks) {
    rows.push_back(CheckRow{check.value("rule", std::string()), check.value("ok", false),
                            OptionalNumber(MemberOrEmpty(check, "lhs")),
                            OptionalNumber(MemberOrEmpty(check, "rhs"))});
  }
  return rows;
}

std::vector<WarningRow> WarningsOf(const Json& record) {
  std::vector<WarningRow> rows;
  auto warnings = record.find("warnings");
  if (warnings == record.end() || !warnings->is_array()) return rows;
  for (const Json& warning : *warnings) {
    auto location = warning.find("location");
    rows.push_back(
        WarningRow{OptionalString(warning, "severity"), OptionalString(warning, "code"),
                   OptionalString(warning, "message"),
                   location == warning.end() ? std::nullopt : std::optional(location->dump())});
  }
  return rows;
}

std::vector<SectionRow> SectionsOf(const Json& record) {
  std::vector<SectionRow> rows;
  for (const auto& [key, text] : MemberOrEmpty(record, "sections").items()) {
    if (text.is_string()) rows.push_back(SectionRow{key, text.get<std::string>()});
  }
  return rows;
}

}  // namespace

std::string StoredStatus(const Json& record) {
  auto status = record.find("status");
  if (status != record.end() && status->is_string() &&
      schema::RecordStatusFromName(status->get<std::string>())) {
    return status->get<std::string>();
  }
  auto source = record.find("source");
  std::string path = source != record.end() && source->is_object()
                         ? source->value("path", std::string())
                         : std::string();
  throw Error(ErrorKind::kInternal, path,
              "the record has no status (complete, partial, no_data or error) to store");
}

SourceRow SourceOf(const std::string& sha256, const std::string& path, const Json& source_fields) {
  auto text = [&](const char* key) -> std::optional<std::string> {
    auto found = source_fields.find(key);
    if (found == source_fields.end() || !found->is_string()) return std::nullopt;
    return found->get<std::string>();
  };
  return SourceRow{sha256, path, text("url"), text("fetched_at")};
}

DocumentRows RowsOf(const Json& record, const StoredMeta& meta) {
  DocumentRows rows{DocumentOf(record, meta), ValuesOf(record),   ChecksOf(record),
                    WarningsOf(record),       SectionsOf(record), {}};
  rows.source = SourceOf(rows.document.sha256, rows.document.path, record.at("source"));
  return rows;
}

}  // namespace nianbao::dataset
