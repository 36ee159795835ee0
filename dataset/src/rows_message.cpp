// A document's rows as a worker sends them to the parent: each field in the order Visit names
// them, numbers in the machine's own byte order (both ends are the same program on the same
// machine), texts and lists after their length, optional fields after a presence byte.
#include <cstring>
#include <type_traits>

#include "document_rows.hpp"

namespace nianbao::dataset {
namespace {

// Every field of the rows, in message order, for the writer and the reader alike.
template <typename Rows, typename Codec>
void Visit(Rows& rows, Codec& codec) {
  auto& row = rows.document;
  codec.Field(row.sha256);
  codec.Field(row.path);
  codec.Field(row.format);
  codec.Field(row.pages);
  codec.Field(row.url);
  codec.Field(row.fetched_at);
  codec.Field(row.site);
  codec.Field(row.source_extra);
  codec.Field(row.title);
  codec.Field(row.agency);
  codec.Field(row.year);
  codec.Field(row.template_name);
  codec.Field(row.region_code);
  codec.Field(row.region_name);
  codec.Field(row.province);
  codec.Field(row.city);
  codec.Field(row.county);
  codec.Field(row.level);
  codec.Field(row.agency_kind);
  codec.Field(row.attachments);
  codec.Field(row.status);
  codec.Field(row.error_kind);
  codec.Field(row.error);
  codec.Field(row.record);
  codec.Field(row.record_size);
  codec.Field(row.processed_at);
  codec.Field(row.duration_ms);
  codec.List(rows.values, [&](auto& value) {
    codec.Field(value.key);
    codec.Field(value.value);
  });
  codec.List(rows.checks, [&](auto& check) {
    codec.Field(check.rule);
    codec.Field(check.ok);
    codec.Field(check.lhs);
    codec.Field(check.rhs);
  });
  codec.List(rows.warnings, [&](auto& warning) {
    codec.Field(warning.severity);
    codec.Field(warning.code);
    codec.Field(warning.message);
    codec.Field(warning.location);
  });
  codec.List(rows.sections, [&](auto& section) {
    codec.Field(section.key);
    codec.Field(section.text);
  });
  codec.Field(rows.source.sha256);
  codec.Field(rows.source.path);
  codec.Field(rows.source.url);
  codec.Field(rows.source.fetched_at);
}

class Writer {
 public:
  template <typename Number>
  requires std::is_arithmetic_v<Number>
  void Field(const Number& number) {
    out_.append(reinterpret_cast<const char*>(&number), sizeof number);
  }
  void Field(const bool& flag) { out_.push_back(flag ? '\1' : '\0'); }
  void Field(const std::string& text) {
    Field(static_cast<std::uint64_t>(text.size()));
    out_ += text;
  }
  template <typename Value>
  void Field(const std::optional<Value>& value) {
    Field(value.has_value());
    if (value) Field(*value);
  }
  template <typename Item, typename Each>
  void List(const std::vector<Item>& items, Each each) {
    Field(static_cast<std::uint64_t>(items.size()));
    for (const Item& item : items) each(item);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  Reader(std::string_view in, const std::string& path) : in_(in), path_(path) {}

  template <typename Number>
  requires std::is_arithmetic_v<Number>
  void Field(Number& number) { std::memcpy(&number, Take(sizeof number).data(), sizeof number); }
  void Field(bool& flag) {
    const char byte = Take(1)[0];
    if (byte != '\0' && byte != '\1') Short();
    flag = byte == '\1';
  }
  void Field(std::string& text) {
    std::uint64_t size = 0;
    Field(size);
    text = Take(size);
  }
  template <typename Value>
  void Field(std::optional<Value>& value) {
    bool present = false;
    Field(present);
    value.reset();
    if (present) Field(value.emplace());
  }
  template <typename Item, typename Each>
  void List(std::vector<Item>& items, Each each) {
    std::uint64_t count = 0;
    Field(count);
    if (count > in_.size()) Short();  // every item takes at least a byte
    items.resize(count);
    for (Item& item : items) each(item);
  }
  void End() const {
    if (!in_.empty()) {
      throw Error(ErrorKind::kInternal, path_, "a worker's message has bytes after its end");
    }
  }

 private:
  std::string_view Take(std::uint64_t size) {
    if (size > in_.size()) Short();
    std::string_view taken = in_.substr(0, size);
    in_.remove_prefix(size);
    return taken;
  }
  [[noreturn]] void Short() const {
    throw Error(ErrorKind::kInternal, path_, "a worker's message is cut short or damaged");
  }

  std::string_view in_;
  const std::string& path_;
};

}  // namespace

std::string RowsMessage(const DocumentRows& rows) {
  Writer writer;
  Visit(rows, writer);
  return writer.Take();
}

DocumentRows RowsFromMessage(std::string_view message, const std::string& path_for_errors) {
  DocumentRows rows;
  Reader reader(message, path_for_errors);
  Visit(rows, reader);
  reader.End();
  return rows;
}

}  // namespace nianbao::dataset
