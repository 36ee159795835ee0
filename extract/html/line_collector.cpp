#include "line_collector.hpp"

namespace nianbao::html {
namespace {

constexpr char32_t kNoBreakSpace = 0xA0;
constexpr char32_t kIdeographicSpace = 0x3000;
constexpr char32_t kZeroWidthSpace = 0x200B;
constexpr char32_t kByteOrderMark = 0xFEFF;
constexpr char32_t kFirstWide = 0x2E80;  // CJK radicals onwards: ideographs, kana, full-width

bool IsCollapsibleSpace(char32_t ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == kNoBreakSpace ||
         ch == kZeroWidthSpace;
}

bool IsWide(char32_t ch) {
  return ch >= kFirstWide && ch != 0xFFFD;
}

// Trims spaces and ideographic spaces from both ends.
std::string Trimmed(const std::string& line) {
  size_t begin = 0;
  size_t end = line.size();
  const std::string_view ideographic = "\xE3\x80\x80";
  while (true) {
    if (begin < end && line[begin] == ' ') {
      ++begin;
    } else if (std::string_view(line).substr(begin, 3) == ideographic && end - begin >= 3) {
      begin += 3;
    } else {
      break;
    }
  }
  while (true) {
    if (end > begin && line[end - 1] == ' ') {
      --end;
    } else if (end - begin >= 3 && std::string_view(line).substr(end - 3, 3) == ideographic) {
      end -= 3;
    } else {
      break;
    }
  }
  return line.substr(begin, end - begin);
}

}  // namespace

char32_t NextCodePoint(std::string_view utf8, size_t& pos) {
  const auto lead = static_cast<unsigned char>(utf8[pos]);
  int extra = lead < 0x80 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
  char32_t code_point = extra == 0   ? lead
                        : extra == 1 ? lead & 0x1F
                        : extra == 2 ? lead & 0x0F
                                     : lead & 0x07;
  ++pos;
  for (int idx = 0; idx < extra && pos < utf8.size(); ++idx, ++pos) {
    code_point = (code_point << 6) | (static_cast<unsigned char>(utf8[pos]) & 0x3F);
  }
  return code_point;
}

void LineCollector::AddCodePoint(char32_t code_point) {
  if (code_point == kByteOrderMark) return;
  if (IsCollapsibleSpace(code_point)) {
    pending_space_ = !line_.empty();
    return;
  }
  if (pending_space_ && !(IsWide(last_) && IsWide(code_point))) line_ += ' ';
  pending_space_ = false;
  AppendUtf8(line_, code_point);
  last_ = code_point;
}

void LineCollector::AddText(std::string_view utf8) {
  size_t pos = 0;
  while (pos < utf8.size()) AddCodePoint(NextCodePoint(utf8, pos));
}

void LineCollector::AddPreformatted(std::string_view utf8) {
  size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t code_point = NextCodePoint(utf8, pos);
    if (code_point == '\n') {
      LineBreak();
    } else if (code_point == ' ' || code_point == '\t') {
      if (!line_.empty()) line_ += ' ';  // kept as written; trailing ones are trimmed
    } else {
      AddCodePoint(code_point);
    }
  }
}

void LineCollector::LineBreak() {
  std::string line = Trimmed(line_);
  if (!line.empty()) lines_.push_back(std::move(line));
  line_.clear();
  pending_space_ = false;
  last_ = 0;
}

std::vector<std::string> LineCollector::TakeLines() {
  LineBreak();
  std::vector<std::string> lines = std::move(lines_);
  lines_.clear();
  return lines;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

std::string WithoutSpaces(std::string_view utf8) {
  std::string out;
  size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t code_point = NextCodePoint(utf8, pos);
    if (IsCollapsibleSpace(code_point) || code_point == kIdeographicSpace) continue;
    AppendUtf8(out, code_point);
  }
  return out;
}

}  // namespace nianbao::html
