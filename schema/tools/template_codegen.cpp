// Build-time tool: parses the template files (ParseTemplate, as a folder of templates is read
// at run time) and writes them as C++ statements building the same TemplateSpecs
// (builtin_templates.hpp), so the program does not parse JSON at every start.
//
//   template_codegen OUT.cpp TEMPLATE.json...   (the files in the order BuiltinTemplates gives)
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "nianbao/error.hpp"
#include "template_model.hpp"  // ParseTemplate

namespace nianbao::schema {
namespace {

// A C++ string literal of `text` (UTF-8 kept as it is; quotes, backslashes, controls escaped).
std::string Literal(const std::string& text) {
  std::string out = "\"";
  for (char byte : text) {
    const auto code = static_cast<unsigned char>(byte);
    if (byte == '"' || byte == '\\') {
      out += '\\';
      out += byte;
    } else if (code < 0x20 || code == 0x7F) {
      const char octal[] = {'\\', static_cast<char>('0' + (code >> 6)),
                            static_cast<char>('0' + ((code >> 3) & 7)),
                            static_cast<char>('0' + (code & 7)), '\0'};
      out += octal;
    } else {
      out += byte;
    }
  }
  return out + "\"";
}

std::string List(const std::vector<std::string>& texts) {
  std::string out = "{";
  for (size_t idx = 0; idx < texts.size(); ++idx) out += (idx ? ", " : "") + Literal(texts[idx]);
  return out + "}";
}

class Writer {
 public:
  explicit Writer(std::ostream& out) : out_(out) {}

  void Template(const TemplateSpec& spec) {
    Line("{");
    Line("  TemplateSpec& spec = templates.emplace_back();");
    Line("  spec.version = " + Literal(spec.version) + ";");
    Line("  spec.description = " + Literal(spec.description) + ";");
    Line("  spec.from_year = " + std::to_string(spec.from_year) + ";");
    Line("  spec.fees = " + std::string(spec.fees ? "true" : "false") + ";");
    for (const SectionSpec& section : spec.sections) {
      Line("  spec.sections.push_back({" + Literal(section.key) + ", " + List(section.labels) +
           "});");
    }
    for (const TableSpec& table : spec.tables) {
      Line("  {");
      Line("    TableSpec& table = spec.tables.emplace_back();");
      Line("    table.id = " + Literal(table.id) + ";");
      Line("    table.title = " + Literal(table.title) + ";");
      Line("    table.markers = " + List(table.markers) + ";");
      Children(table.columns, "table.columns", 0);
      Children(table.rows, "table.rows", 0);
      Line("  }");
    }
    for (const CheckSpec& check : spec.checks) {
      Line("  {");
      Line("    CheckSpec& check = spec.checks.emplace_back();");
      Line("    check.rule = " + Literal(check.rule) + ";");
      Line("    check.variable = " + Literal(check.variable) + ";");
      Line("    check.values = " + List(check.values) + ";");
      Terms(check.lhs, "check.lhs");
      Terms(check.rhs, "check.rhs");
      Line("  }");
    }
    Line("  spec.key_order = " + List(spec.key_order) + ";");
    Line("}");
  }

 private:
  void Line(const std::string& text) { out_ << "  " << text << '\n'; }

  // Each node in a block of its own: a reference into its parent's children is used only
  // before the next sibling is added.
  void Children(const LabelNode& parent, const std::string& parent_name, int depth) {
    const std::string indent(4 + 2 * static_cast<size_t>(depth), ' ');
    const std::string name = "node" + std::to_string(depth);
    for (const LabelNode& node : parent.children) {
      Line(indent + "{");
      Line(indent + "  LabelNode& " + name + " = " + parent_name + ".children.emplace_back();");
      Line(indent + "  " + name + ".key = " + Literal(node.key) + ";");
      Line(indent + "  " + name + ".full_key = " + Literal(node.full_key) + ";");
      Line(indent + "  " + name + ".labels = " + List(node.labels) + ";");
      if (!node.columns.empty())
        Line(indent + "  " + name + ".columns = " + List(node.columns) + ";");
      if (!node.subtotal_key.empty()) {
        Line(indent + "  " + name + ".subtotal_key = " + Literal(node.subtotal_key) + ";");
      }
      if (!node.self_key.empty()) {
        Line(indent + "  " + name + ".self_key = " + Literal(node.self_key) + ";");
      }
      if (node.optional) Line(indent + "  " + name + ".optional = true;");
      if (node.may_be_left_out) Line(indent + "  " + name + ".may_be_left_out = true;");
      if (node.may_be_printed_whole) Line(indent + "  " + name + ".may_be_printed_whole = true;");
      Children(node, name, depth + 1);
      Line(indent + "}");
    }
  }

  void Terms(const std::vector<CheckTerm>& terms, const std::string& name) {
    for (const CheckTerm& term : terms) {
      std::string alternatives;
      for (const std::vector<std::string>& keys : term.alternatives) {
        alternatives += (alternatives.empty() ? "" : ", ") + List(keys);
      }
      Line("    " + name + ".emplace_back().alternatives = {" + alternatives + "};");
    }
  }

  std::ostream& out_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) throw Error(ErrorKind::kIo, path, "cannot open the template file");
  std::ostringstream text;
  text << stream.rdbuf();
  return text.str();
}

}  // namespace
}  // namespace nianbao::schema

int main(int argc, char** argv) {
  using namespace nianbao::schema;
  if (argc < 3) {
    std::cerr << "usage: template_codegen OUT.cpp TEMPLATE.json...\n";
    return 2;
  }
  try {
    std::ostringstream code;
    code << "// Generated by template_codegen from schema/templates/*.json. Do not edit.\n"
            "#include \"builtin_templates.hpp\"\n\n"
            "namespace nianbao::schema {\n\n"
            "std::vector<TemplateSpec> BuiltinTemplates() {\n"
            "  std::vector<TemplateSpec> templates;\n";
    Writer writer(code);
    for (int idx = 2; idx < argc; ++idx) {
      const std::string path = argv[idx];
      writer.Template(
          ParseTemplate(ReadFile(path), std::filesystem::path(path).filename().string()));
    }
    code << "  return templates;\n}\n\n}  // namespace nianbao::schema\n";
    std::ofstream out(argv[1], std::ios::binary);
    out << code.str();
    if (!out) {
      std::cerr << "template_codegen: cannot write " << argv[1] << "\n";
      return 1;
    }
  } catch (const std::exception& error) {
    std::cerr << "template_codegen: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
