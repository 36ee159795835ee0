#include <cmath>

#include "nianbao/output.hpp"

namespace nianbao::output {
namespace {

// Whole numbers print as integers (212, not 212.0); others keep their decimals.
Json NumberToJson(double number) {
  if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9e15) {
    return static_cast<long long>(number);
  }
  return number;
}

Json BoxToJson(const Box& box) {
  return Json::array({box.x0, box.top, box.x1, box.bottom});
}

Json SourceToJson(const Source& source) {
  Json json = {
      {"path", source.path}, {"sha256", source.sha256}, {"format", FormatName(source.format)}};
  if (source.pages) json["pages"] = *source.pages;
  return json;
}

Json ParagraphToJson(const Paragraph& paragraph) {
  Json json = {{"type", "paragraph"}, {"text", paragraph.text}};
  if (paragraph.page) json["page"] = *paragraph.page;
  if (paragraph.box) json["box"] = BoxToJson(*paragraph.box);
  if (paragraph.FromOcr()) {
    json["origin"] = "ocr";
    Json confidence = Json::array();
    for (float value : paragraph.ocr_confidence)
      confidence.push_back(std::round(value * 100) / 100);
    json["ocr_confidence"] = std::move(confidence);
  }
  return json;
}

Json TableToJson(const Table& table) {
  Json json = {{"type", "table"},
               {"origin", TableOriginName(table.origin)},
               {"rows", table.rows},
               {"cols", table.cols}};
  if (table.first_page) json["first_page"] = *table.first_page;
  if (table.last_page) json["last_page"] = *table.last_page;
  Json cells = Json::array();
  for (const Cell& cell : table.cells) {
    Json item = {{"row", cell.row}, {"col", cell.col}};
    if (cell.rowspan != 1) item["rowspan"] = cell.rowspan;
    if (cell.colspan != 1) item["colspan"] = cell.colspan;
    item["text"] = cell.text;
    if (cell.page) item["page"] = *cell.page;
    if (cell.bbox) item["bbox"] = BoxToJson(*cell.bbox);
    cells.push_back(std::move(item));
  }
  json["cells"] = std::move(cells);
  ExpandedGrid grid = ExpandGrid(table);
  if (!grid.problems.empty()) json["grid_problems"] = grid.problems;
  return json;
}

Json NullableText(const std::optional<std::string>& text) {
  return text ? Json(*text) : Json(nullptr);
}

Json RegionToJson(const schema::Region& region) {
  return {{"code", region.code},
          {"name", region.name},
          {"province", region.province},
          {"city", NullableText(region.city)},
          {"county", NullableText(region.county)}};
}

}  // namespace

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "warning";
}

Json LocationToJson(const Location& location) {
  Json json = Json::object();
  if (location.page) json["page"] = *location.page;
  if (location.line) json["line"] = *location.line;
  if (location.offset) json["offset"] = *location.offset;
  if (location.table) json["table"] = *location.table;
  if (location.row) json["row"] = *location.row;
  if (location.col) json["col"] = *location.col;
  return json;
}

Json ProvenanceToJson(const schema::Provenance& where) {
  Json item = Json::object();
  if (where.page) item["page"] = *where.page;
  if (where.table) item["table"] = *where.table;
  if (where.row) item["row"] = *where.row;
  if (where.col) item["col"] = *where.col;
  item["text"] = where.text;
  if (where.bbox) item["bbox"] = BoxToJson(*where.bbox);
  if (!where.origin.empty()) item["origin"] = where.origin;
  if (where.confidence) item["confidence"] = *where.confidence;
  return item;
}

Json DiagnosticToJson(const Diagnostic& diagnostic) {
  Json json = {{"severity", SeverityName(diagnostic.severity)},
               {"code", diagnostic.code},
               {"message", diagnostic.message}};
  Json where = LocationToJson(diagnostic.location);
  if (!where.empty()) json["location"] = std::move(where);
  return json;
}

Json DocumentToJson(const Document& document) {
  Json blocks = Json::array();
  for (const Block& block : document.blocks) {
    blocks.push_back(std::visit(
        [](const auto& item) -> Json {
          if constexpr (std::is_same_v<std::decay_t<decltype(item)>, Paragraph>) {
            return ParagraphToJson(item);
          } else {
            return TableToJson(item);
          }
        },
        block));
  }
  Json diagnostics = Json::array();
  for (const Diagnostic& diagnostic : document.diagnostics) {
    diagnostics.push_back(DiagnosticToJson(diagnostic));
  }
  return {{"source", SourceToJson(document.source)},
          {"blocks", std::move(blocks)},
          {"diagnostics", std::move(diagnostics)}};
}

Json RecordToJson(const schema::Record& record) {
  Json json = {{"schema", "nianbao/1"}, {"source", SourceToJson(record.source)}};
  json["title"] = record.title;
  json["agency"] = record.agency;
  json["year"] = record.year ? Json(*record.year) : Json(nullptr);
  json["template"] = record.template_id;
  Json sections = Json::object();
  for (const auto& [key, text] : record.sections) sections[key] = text;
  json["sections"] = std::move(sections);
  Json values = Json::object();
  for (const auto& [key, value] : record.values) {
    values[key] = value ? NumberToJson(*value) : Json(nullptr);
  }
  json["values"] = std::move(values);
  Json checks = Json::array();
  for (const schema::Check& check : record.checks) {
    checks.push_back({{"rule", check.rule},
                      {"ok", check.ok},
                      {"lhs", NumberToJson(check.lhs)},
                      {"rhs", NumberToJson(check.rhs)}});
  }
  json["checks"] = std::move(checks);
  Json provenance = Json::object();
  for (const auto& [key, where] : record.provenance) {
    provenance[key] = ProvenanceToJson(where);
  }
  json["provenance"] = std::move(provenance);
  Json warnings = Json::array();
  for (const Diagnostic& warning : record.warnings) warnings.push_back(DiagnosticToJson(warning));
  json["warnings"] = std::move(warnings);
  json["status"] = schema::RecordStatusName(record.status);
  Json missing = Json::array();
  for (const schema::MissingKeys& entry : record.missing) {
    missing.push_back({{"keys", entry.keys},
                       {"reason", schema::MissingReasonName(entry.reason)},
                       {"message", entry.message}});
  }
  json["missing"] = std::move(missing);
  if (record.region) json["region"] = RegionToJson(*record.region);
  if (!record.level.empty()) json["level"] = record.level;
  if (!record.agency_kind.empty()) json["agency_kind"] = record.agency_kind;
  return json;
}

namespace {

Json ErrorToJson(const Error& error) {
  Json detail = {{"kind", ErrorKindName(error.kind())}, {"message", error.message()}};
  // The contract names it `place` and always gives it: an empty object when the error is
  // about the whole file.
  detail["place"] = LocationToJson(error.location());
  return detail;
}

}  // namespace

Json ErrorRecordToJson(const std::string& path, const Error& error) {
  Json json = {{"schema", "nianbao/1"}, {"source", {{"path", path}}}};
  json["status"] = schema::RecordStatusName(schema::RecordStatus::kError);
  json["error"] = ErrorToJson(error);
  return json;
}

Json OutcomeToJson(const Outcome& outcome) {
  Json json;
  if (outcome.error) {
    json = {{"schema", "nianbao/1"}, {"source", {{"path", outcome.record.source.path}}}};
    if (!outcome.record.source.sha256.empty()) {
      json["source"]["sha256"] = outcome.record.source.sha256;
    }
    json["status"] = schema::RecordStatusName(schema::RecordStatus::kError);
    json["error"] = ErrorToJson(*outcome.error);
  } else {
    json = RecordToJson(outcome.record);
  }
  Json& source = json["source"];
  for (const auto& [key, value] : outcome.source_fields.items()) {
    if (!source.contains(key)) source[key] = value;
  }
  if (!outcome.attachments.empty()) {
    Json attachments = Json::array();
    for (const Attachment& attachment : outcome.attachments) {
      Json item = {{"href", attachment.href}, {"text", attachment.text}};
      for (const auto& [key, value] : attachment.link.items()) {
        if (!item.contains(key)) item[key] = value;
      }
      attachments.push_back(std::move(item));
    }
    json["attachments"] = std::move(attachments);
  }
  for (const auto& [key, value] : outcome.other_fields.items()) {
    if (!json.contains(key)) json[key] = value;
  }
  return json;
}

}  // namespace nianbao::output
