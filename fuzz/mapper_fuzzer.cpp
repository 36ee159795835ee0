// The mapper on a fuzzed document model: FuzzedDataProvider turns the input into paragraphs
// and tables of any shape (spans, overlaps, empty cells, pages), their texts drawn from the
// templates' own labels, numbers in several notations, and random bytes. The record must
// name each key once and carry only finite numbers.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz_checks.hpp"
#include "nianbao/extract.hpp"
#include "nianbao/normalize.hpp"
#include "nianbao/schema.hpp"

namespace {

void CollectStrings(const nlohmann::json& node, std::vector<std::string>& out) {
  if (node.is_string()) out.push_back(node.get<std::string>());
  if (node.is_structured()) {
    for (const auto& child : node) CollectStrings(child, out);
  }
}

// Every string of the template files: labels, variants, keys. The fuzzer's vocabulary.
std::vector<std::string> TemplateVocabulary() {
  std::vector<std::string> words;
  for (const auto& entry : std::filesystem::directory_iterator(NIANBAO_TEMPLATE_DIR)) {
    std::ifstream stream(entry.path());
    CollectStrings(nlohmann::json::parse(stream), words);
  }
  return words;
}

const std::string& PickWord(FuzzedDataProvider& input, const std::vector<std::string>& words) {
  return words[input.ConsumeIntegralInRange<size_t>(0, words.size() - 1)];
}

const char* const kOrdinals[] = {"一、", "（一）", "(二)", "1.", "第三", "（十二）", "三是", ""};
const char* const kNumberForms[] = {"", "件", "０", "—", "-", "/", "十二", "1,234", "12.5", "无"};

std::string CellText(FuzzedDataProvider& input, const std::vector<std::string>& words) {
  switch (input.ConsumeIntegralInRange(0, 4)) {
    case 0:
      return std::string(input.PickValueInArray(kOrdinals)) + PickWord(input, words);
    case 1:
      return std::to_string(input.ConsumeIntegralInRange<int64_t>(-5, 1000000));
    case 2:
      return std::string(input.PickValueInArray(kNumberForms)) +
             std::to_string(input.ConsumeIntegralInRange(0, 99));
    case 3:
      return PickWord(input, words) + PickWord(input, words);
    default:
      return input.ConsumeRandomLengthString(40);
  }
}

nianbao::Table FuzzedTable(FuzzedDataProvider& input, const std::vector<std::string>& words) {
  nianbao::Table table;
  table.rows = input.ConsumeIntegralInRange(1, 40);
  table.cols = input.ConsumeIntegralInRange(1, 12);
  table.origin =
      input.PickValueInArray({nianbao::TableOrigin::kMarkup, nianbao::TableOrigin::kLattice,
                              nianbao::TableOrigin::kStream, nianbao::TableOrigin::kOcr,
                              nianbao::TableOrigin::kText});
  if (input.ConsumeBool()) table.first_page = table.last_page = input.ConsumeIntegralInRange(1, 3);
  for (int row = 0; row < table.rows && input.remaining_bytes() > 0; ++row) {
    for (int col = 0; col < table.cols && input.remaining_bytes() > 0; ++col) {
      if (input.ConsumeProbability<float>() < 0.1f) continue;  // an empty slot
      nianbao::Cell cell;
      cell.row = row;
      cell.col = col;
      if (input.ConsumeProbability<float>() < 0.15f) {
        cell.rowspan = input.ConsumeIntegralInRange(1, 4);  // may overlap or overrun: the mapper
        cell.colspan = input.ConsumeIntegralInRange(1, 8);  // must cope with what ExpandGrid says
      }
      cell.text = CellText(input, words);
      cell.page = table.first_page;
      table.cells.push_back(std::move(cell));
    }
  }
  return table;
}

nianbao::Document FuzzedDocument(FuzzedDataProvider& input, const std::vector<std::string>& words) {
  nianbao::Document document;
  document.source.path = "fuzz-input";
  document.source.format = nianbao::Format::kHtml;
  document.blocks.emplace_back(nianbao::Paragraph{
      input.ConsumeRandomLengthString(20) + "2023年政府信息公开工作年度报告", {}, {}});
  while (input.remaining_bytes() > 0 && document.blocks.size() < 64) {
    if (input.ConsumeBool()) {
      document.blocks.emplace_back(FuzzedTable(input, words));
    } else {
      document.blocks.emplace_back(nianbao::Paragraph{CellText(input, words), {}, {}});
    }
  }
  return document;
}

void CheckRecord(const nianbao::schema::Record& record) {
  std::set<std::string> keys;
  for (const auto& [key, value] : record.values) {
    if (!keys.insert(key).second) nianbao::fuzz::Fail("a key appears twice in the record");
    if (value && !std::isfinite(*value)) nianbao::fuzz::Fail("a value is not a finite number");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::vector<std::string> words = TemplateVocabulary();
  static const nianbao::normalize::Normalizer normalizer;
  static const nianbao::schema::Mapper mapper(nianbao::schema::TemplateSet::Builtin(), normalizer);
  FuzzedDataProvider input(data, size);
  try {
    CheckRecord(mapper.Map(FuzzedDocument(input, words)));
  } catch (const nianbao::Error&) {
  }
  return 0;
}
