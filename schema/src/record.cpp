// Names of the record's enumerations, as SCHEMA.md spells them.
#include <utility>

#include "nianbao/schema.hpp"

namespace nianbao::schema {
namespace {

constexpr std::pair<RecordStatus, const char*> kStatusNames[] = {
    {RecordStatus::kComplete, "complete"},
    {RecordStatus::kPartial, "partial"},
    {RecordStatus::kNoData, "no_data"},
    {RecordStatus::kError, "error"},
};

}  // namespace

const char* MissingReasonName(MissingReason reason) {
  switch (reason) {
    case MissingReason::kTableNotFound:
      return "table_not_found";
    case MissingReason::kRowNotFound:
      return "row_not_found";
    case MissingReason::kColumnNotFound:
      return "column_not_found";
    case MissingReason::kCellUnreadable:
      return "cell_unreadable";
    case MissingReason::kNotPrinted:
      return "not_printed";
  }
  return "row_not_found";
}

const char* RecordStatusName(RecordStatus status) {
  for (const auto& [value, name] : kStatusNames) {
    if (value == status) return name;
  }
  return "error";
}

std::optional<RecordStatus> RecordStatusFromName(std::string_view name) {
  for (const auto& [value, known] : kStatusNames) {
    if (name == known) return value;
  }
  return std::nullopt;
}

}  // namespace nianbao::schema
