#include "dataset_test_support.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace nianbao::dataset::testing {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "nianbao-dataset-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string TinyHtmlReport(int number) {
  std::string year = std::to_string(2021 + number % 3);
  std::string agency = "测试市第" + std::to_string(number) + "区人民政府";
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + agency + year +
         "年政府信息公开工作年度报告</title></head><body><h1>" + agency + year +
         "年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本年度共主动公开信息" +
         std::to_string(100 + number) +
         "条。</p><p>三、收到和处理政府信息公开申请情况</p><table border=\"1\">"
         "<tr><td colspan=\"3\" "
         "rowspan=\"2\">本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和</td>"
         "<td rowspan=\"2\">自然人</td><td colspan=\"7\">法人或其他组织</td><td "
         "rowspan=\"2\">总计</td></tr>"
         "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</"
         "td><td>其他</td><td>小计</td></tr>"
         "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>" +
         std::to_string(number) +
         "</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>" +
         std::to_string(number) + "</td></tr></table></body></html>\n";
}

std::string ReportFromTestData(const std::string& extension) {
  fs::path folder = fs::path(NIANBAO_TEST_DATA) / "reports";
  std::vector<std::string> found;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (entry.path().extension() == extension) found.push_back(entry.path().string());
  }
  std::sort(found.begin(), found.end());
  return found.empty() ? "" : found.front();
}

std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& block,
                       const std::string& content_type) {
  size_t record_id = std::hash<std::string>{}(type + uri + block) % 1000000000000;
  std::string header =
      "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" +
      std::to_string(1000000000000 + record_id) + ">\r\nWARC-Date: 2026-11-20T08:00:00Z\r\n";
  if (!uri.empty()) header += "WARC-Target-URI: " + uri + "\r\n";
  header += "Content-Type: " + content_type +
            "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return header + block + "\r\n\r\n";
}

std::string HttpResponse(int status, const std::string& content_type, const std::string& body,
                         const std::map<std::string, std::string>& extra_headers) {
  std::string head = "HTTP/1.1 " + std::to_string(status) + (status == 200 ? " OK" : " Not Found") +
                     "\r\nContent-Type: " + content_type + "\r\n";
  for (const auto& [name, value] : extra_headers) head += name + ": " + value + "\r\n";
  return head + "\r\n" + body;
}

std::string Chunked(const std::string& body, size_t chunk_size) {
  std::string out;
  char size_text[32];
  for (size_t at = 0; at < body.size(); at += chunk_size) {
    std::string chunk = body.substr(at, chunk_size);
    snprintf(size_text, sizeof size_text, "%zx", chunk.size());
    out += std::string(size_text) + (at == 0 ? ";ext=1" : "") + "\r\n" + chunk + "\r\n";
  }
  return out + "0\r\n\r\n";
}

std::string GzipMember(const std::string& data) {
  z_stream stream{};
  constexpr int kGzipWindow = 15 + 16;
  if (deflateInit2(&stream, 6, Z_DEFLATED, kGzipWindow, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2 failed");
  }
  std::string out(deflateBound(&stream, data.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int code = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (code != Z_STREAM_END) throw std::runtime_error("deflate failed");
  return out;
}

pid_t StartNianbao(const std::vector<std::string>& arguments, const std::string& log_path,
                   const std::map<std::string, std::string>& environment) {
  pid_t pid = fork();
  if (pid != 0) return pid;
  for (const auto& [name, value] : environment) setenv(name.c_str(), value.c_str(), 1);
  int log = open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  dup2(log, STDOUT_FILENO);
  dup2(log, STDERR_FILENO);
  std::vector<char*> argv;
  std::string program = NIANBAO_PROGRAM;
  argv.push_back(program.data());
  std::vector<std::string> copies = arguments;
  for (std::string& argument : copies) argv.push_back(argument.data());
  argv.push_back(nullptr);
  execv(program.c_str(), argv.data());
  _exit(127);
}

int WaitFor(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) return -WTERMSIG(status);
  return WEXITSTATUS(status);
}

int RunNianbao(const std::vector<std::string>& arguments, const std::string& log_path,
               const std::map<std::string, std::string>& environment) {
  return WaitFor(StartNianbao(arguments, log_path, environment));
}

std::vector<std::string> ExportedLines(const std::string& database, const std::string& log_path) {
  std::string out = database + ".export.jsonl";
  if (RunNianbao({"export", "--db", database, "--format", "jsonl", "-o", out}, log_path) != 0) {
    throw std::runtime_error("nianbao export failed; see " + log_path);
  }
  std::vector<std::string> lines;
  std::istringstream text(ReadFile(out));
  std::string line;
  while (std::getline(text, line)) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace nianbao::dataset::testing
