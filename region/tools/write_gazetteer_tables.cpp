// Build-time tool: reads region/data/divisions.tsv and agency_words.json as the program would
// (Gazetteer::FromText) and writes the resulting tables as a C++ source of constant arrays,
// so the program has them in place at start instead of parsing the 45,000 divisions each time.
//
//   write_gazetteer_tables DIVISIONS.tsv AGENCY_WORDS.json OUT.cpp
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "gazetteer_impl.hpp"

namespace {

using nianbao::region::DivisionTables;
using nianbao::region::Level;
using nianbao::region::NameEntry;

constexpr const char* kDelimiter = "nb_text";

std::string ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string(path) + ": cannot be read");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// `text` as adjacent raw string literals of about `chunk` bytes (cut between lines or, for
// text without line breaks, at code point boundaries), so the file stays readable.
void WriteRawString(std::ostream& out, std::string_view text, std::size_t chunk) {
  if (text.find(std::string(")") + kDelimiter + "\"") != std::string_view::npos) {
    throw std::runtime_error("the data holds the raw string delimiter");
  }
  if (text.empty()) out << "    \"\"";
  while (!text.empty()) {
    std::size_t cut = std::min(chunk, text.size());
    std::size_t line_end = text.substr(0, cut).rfind('\n');
    if (line_end != std::string_view::npos) {
      cut = line_end + 1;
    } else {
      while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    }
    out << "    R\"" << kDelimiter << "(" << text.substr(0, cut) << ")" << kDelimiter << "\"\n";
    text.remove_prefix(cut);
  }
}

const char* LevelConstant(Level level) {
  switch (level) {
    case Level::kProvince:
      return "Level::kProvince";
    case Level::kCity:
      return "Level::kCity";
    case Level::kCounty:
      return "Level::kCounty";
    case Level::kTownship:
      return "Level::kTownship";
  }
  return "";
}

void WriteEntries(std::ostream& out, const char* name, std::span<const NameEntry> entries) {
  if (entries.empty()) throw std::runtime_error(std::string(name) + ": no names");
  out << "constexpr NameEntry " << name << "[] = {\n";
  for (const NameEntry& entry : entries) {
    out << "    {" << entry.name_at << ", " << entry.first << ", " << entry.count << ", "
        << static_cast<int>(entry.name_size) << "},\n";
  }
  out << "};\n\n";
}

void WriteTables(std::ostream& out, const DivisionTables& tables, std::string_view words_json) {
  out << "// Generated at build time by region/tools/write_gazetteer_tables.cpp from\n"
         "// region/data/divisions.tsv and agency_words.json: edit those, not this file.\n"
         "#include \"builtin_data.hpp\"\n\n"
         "namespace nianbao::region {\n"
         "namespace {\n\n"
         "// Every division's code and name, one after another.\n"
         "constexpr char kText[] =\n";
  WriteRawString(out, tables.text, 4000);
  out << ";\nstatic_assert(sizeof(kText) == " << tables.text.size() + 1 << ");\n\n";
  if (tables.rows.empty()) throw std::runtime_error("no divisions");
  out << "// code_at, name_at, parent, code_size, name_size, level\n"
         "constexpr DivisionRow kRows[] = {\n";
  for (const auto& row : tables.rows) {
    out << "    {" << row.code_at << ", " << row.name_at << ", " << row.parent << ", "
        << static_cast<int>(row.code_size) << ", " << static_cast<int>(row.name_size) << ", "
        << LevelConstant(row.level) << "},\n";
  }
  out << "};\n\n// name_at, first, count, name_size\n";
  WriteEntries(out, "kNames", tables.names);
  WriteEntries(out, "kShortNames", tables.short_names);
  out << "constexpr std::int32_t kIds[] = {\n";
  for (std::size_t at = 0; at < tables.ids.size(); ++at) {
    out << (at % 16 == 0 ? "    " : " ") << tables.ids[at] << ","
        << (at % 16 == 15 || at + 1 == tables.ids.size() ? "\n" : "");
  }
  out << "};\n\n"
         "constexpr char kAgencyWords[] =\n";
  WriteRawString(out, words_json, 4000);
  out << ";\n\n"
         "}  // namespace\n\n"
         "DivisionTables BuiltinDivisionTables() {\n"
         "  return {std::string_view(kText, sizeof(kText) - 1), kRows, kNames, kShortNames, kIds, "
      << tables.longest_name
      << "};\n"
         "}\n\n"
         "std::string_view BuiltinAgencyWordsJson() {\n"
         "  return std::string_view(kAgencyWords, sizeof(kAgencyWords) - 1);\n"
         "}\n\n"
         "}  // namespace nianbao::region\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: write_gazetteer_tables DIVISIONS.tsv AGENCY_WORDS.json OUT.cpp\n");
    return 2;
  }
  try {
    std::string tsv = ReadFile(argv[1]);
    std::string words = ReadFile(argv[2]);
    auto gazetteer = nianbao::region::Gazetteer::FromText(tsv, words);
    std::ostringstream out;
    WriteTables(out, gazetteer->impl().tables, words);
    std::ofstream file(argv[3], std::ios::binary | std::ios::trunc);
    file << out.str();
    if (!file.flush()) throw std::runtime_error(std::string(argv[3]) + ": cannot be written");
  } catch (const std::exception& error) {
    std::fprintf(stderr, "write_gazetteer_tables: %s\n", error.what());
    return 1;
  }
  return 0;
}
