// Records read back from their JSON: the inverse of json_output.cpp, for the worker's
// messages, the dataset's stored records and the review of a dataset.
#include <initializer_list>

#include "nianbao/output.hpp"

namespace nianbao::output {
namespace {

[[noreturn]] void NotARecord(const std::string& path, const std::string& what) {
  throw Error(ErrorKind::kDamaged, path, "not a nianbao record: " + what);
}

// The member `name` of `object`, or nullptr when it is absent or null.
const Json* Member(const Json& object, const char* name) {
  if (!object.is_object()) return nullptr;
  auto found = object.find(name);
  return found == object.end() || found->is_null() ? nullptr : &*found;
}

template <typename T>
std::optional<T> Optional(const Json& object, const char* name) {
  const Json* member = Member(object, name);
  if (member == nullptr) return std::nullopt;
  return member->get<T>();
}

std::string Text(const Json& object, const char* name) {
  const Json* member = Member(object, name);
  return member != nullptr && member->is_string() ? member->get<std::string>() : std::string();
}

// The enum value whose name is `name`, among `values`.
template <typename Enum, typename NameOf>
std::optional<Enum> ByName(const std::string& name, std::initializer_list<Enum> values,
                           NameOf name_of) {
  for (Enum value : values) {
    if (name == name_of(value)) return value;
  }
  return std::nullopt;
}

Box BoxFromJson(const Json& box, const std::string& path) {
  if (!box.is_array() || box.size() != 4) NotARecord(path, "a bbox is not [x0, y0, x1, y1]");
  return Box{box[0].get<double>(), box[1].get<double>(), box[2].get<double>(),
             box[3].get<double>()};
}

Location LocationFromJson(const Json& json) {
  Location location;
  location.page = Optional<int>(json, "page");
  location.line = Optional<int>(json, "line");
  location.offset = Optional<long long>(json, "offset");
  location.table = Optional<int>(json, "table");
  location.row = Optional<int>(json, "row");
  location.col = Optional<int>(json, "col");
  return location;
}

Diagnostic DiagnosticFromJson(const Json& json) {
  Diagnostic diagnostic;
  diagnostic.severity =
      ByName(Text(json, "severity"), {Severity::kInfo, Severity::kWarning, Severity::kError},
             SeverityName)
          .value_or(Severity::kWarning);
  diagnostic.code = Text(json, "code");
  diagnostic.message = Text(json, "message");
  if (const Json* location = Member(json, "location")) {
    diagnostic.location = LocationFromJson(*location);
  }
  return diagnostic;
}

schema::Provenance ProvenanceFromJson(const Json& json, const std::string& path) {
  schema::Provenance where;
  where.page = Optional<int>(json, "page");
  where.table = Optional<int>(json, "table");
  where.row = Optional<int>(json, "row");
  where.col = Optional<int>(json, "col");
  where.text = Text(json, "text");
  if (const Json* box = Member(json, "bbox")) where.bbox = BoxFromJson(*box, path);
  where.origin = Text(json, "origin");
  where.confidence = Optional<double>(json, "confidence");
  return where;
}

schema::MissingKeys MissingFromJson(const Json& json, const std::string& path) {
  using schema::MissingReason;
  schema::MissingKeys missing;
  if (const Json* keys = Member(json, "keys")) missing.keys = keys->get<std::vector<std::string>>();
  std::optional<MissingReason> reason = ByName(
      Text(json, "reason"),
      {MissingReason::kTableNotFound, MissingReason::kRowNotFound, MissingReason::kColumnNotFound,
       MissingReason::kCellUnreadable, MissingReason::kNotPrinted},
      schema::MissingReasonName);
  if (!reason) NotARecord(path, "unknown missing reason \"" + Text(json, "reason") + "\"");
  missing.reason = *reason;
  missing.message = Text(json, "message");
  return missing;
}

schema::Region RegionFromJson(const Json& json) {
  return schema::Region{Text(json, "code"), Text(json, "name"), Text(json, "province"),
                        Optional<std::string>(json, "city"), Optional<std::string>(json, "county")};
}

// Top-level fields OutcomeToJson writes itself.
constexpr const char* kOwnFields[] = {
    "schema",   "source", "title",  "agency",      "year",        "template",
    "sections", "values", "checks", "provenance",  "warnings",    "status",
    "missing",  "region", "level",  "agency_kind", "attachments", "error"};

bool IsOwnField(const std::string& key) {
  for (const char* own : kOwnFields) {
    if (key == own) return true;
  }
  return false;
}

}  // namespace

std::optional<ErrorKind> ErrorKindFromName(std::string_view name) {
  return ByName(std::string(name),
                {ErrorKind::kIo, ErrorKind::kUnsupported, ErrorKind::kEncrypted,
                 ErrorKind::kDamaged, ErrorKind::kLimit, ErrorKind::kInternal},
                ErrorKindName);
}

Error ErrorFromJson(const Json& error, const std::string& path) {
  ErrorKind kind = ErrorKindFromName(Text(error, "kind")).value_or(ErrorKind::kInternal);
  // `location` is what records written before the contract's name was followed hold.
  const Json* place = Member(error, "place");
  if (place == nullptr) place = Member(error, "location");
  return Error(kind, path, Text(error, "message"),
               place != nullptr ? LocationFromJson(*place) : Location{});
}

schema::Record RecordFromJson(const Json& json, const std::string& path_for_errors) {
  if (!json.is_object()) NotARecord(path_for_errors, "not a JSON object");
  const Json* source = Member(json, "source");
  if (source == nullptr || !source->is_object()) NotARecord(path_for_errors, "no source object");
  const std::string path = Text(*source, "path").empty() ? path_for_errors : Text(*source, "path");
  schema::Record record;
  try {
    record.source.path = Text(*source, "path");
    record.source.sha256 = Text(*source, "sha256");
    record.source.format = FormatFromName(Text(*source, "format")).value_or(Format::kUnknown);
    record.source.pages = Optional<int>(*source, "pages");
    std::optional<schema::RecordStatus> status = schema::RecordStatusFromName(Text(json, "status"));
    if (!status) NotARecord(path, "no status");
    record.status = *status;
    if (Member(json, "error") != nullptr) return record;
    record.title = Text(json, "title");
    record.agency = Text(json, "agency");
    record.year = Optional<int>(json, "year");
    record.template_id = Text(json, "template");
    if (const Json* sections = Member(json, "sections")) {
      for (const auto& [key, text] : sections->items())
        record.sections[key] = text.get<std::string>();
    }
    if (const Json* values = Member(json, "values")) {
      for (const auto& [key, value] : values->items()) {
        record.values.emplace_back(
            key, value.is_null() ? std::nullopt : std::optional<double>(value.get<double>()));
      }
    }
    if (const Json* checks = Member(json, "checks")) {
      for (const Json& check : *checks) {
        record.checks.push_back(schema::Check{Text(check, "rule"), check.at("ok").get<bool>(),
                                              check.at("lhs").get<double>(),
                                              check.at("rhs").get<double>()});
      }
    }
    if (const Json* provenance = Member(json, "provenance")) {
      for (const auto& [key, where] : provenance->items()) {
        record.provenance.emplace(key, ProvenanceFromJson(where, path));
      }
    }
    if (const Json* warnings = Member(json, "warnings")) {
      for (const Json& warning : *warnings) record.warnings.push_back(DiagnosticFromJson(warning));
    }
    if (const Json* missing = Member(json, "missing")) {
      for (const Json& entry : *missing) record.missing.push_back(MissingFromJson(entry, path));
    }
    if (const Json* region = Member(json, "region")) record.region = RegionFromJson(*region);
    record.level = Text(json, "level");
    record.agency_kind = Text(json, "agency_kind");
  } catch (const nlohmann::json::exception& problem) {
    NotARecord(path, problem.what());
  }
  return record;
}

Outcome OutcomeFromJson(const Json& json, const std::string& path_for_errors) {
  Outcome outcome;
  outcome.record = RecordFromJson(json, path_for_errors);
  const Json& source = json.at("source");
  const std::string& path =
      outcome.record.source.path.empty() ? path_for_errors : outcome.record.source.path;
  if (const Json* error = Member(json, "error")) outcome.error = ErrorFromJson(*error, path);
  for (const auto& [key, value] : source.items()) {
    const bool own =
        key == "path" || key == "sha256" || (!outcome.error && (key == "format" || key == "pages"));
    if (!own) outcome.source_fields[key] = value;
  }
  if (const Json* attachments = Member(json, "attachments")) {
    for (const Json& item : *attachments) {
      Attachment attachment{Text(item, "href"), Text(item, "text"), Json::object()};
      for (const auto& [key, value] : item.items()) {
        if (key != "href" && key != "text") attachment.link[key] = value;
      }
      outcome.attachments.push_back(std::move(attachment));
    }
  }
  for (const auto& [key, value] : json.items()) {
    if (!IsOwnField(key)) outcome.other_fields[key] = value;
  }
  return outcome;
}

}  // namespace nianbao::output
