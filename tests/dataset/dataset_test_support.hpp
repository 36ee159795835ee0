// Helpers for the dataset tests: temporary folders, files, a small WARC writer, and running
// the built nianbao program (NIANBAO_PROGRAM) as a child process.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace nianbao::dataset::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

void WriteFile(const std::string& path, const std::string& bytes);
std::string ReadFile(const std::string& path);

// A small 2021-style report as HTML, different for each `number`.
std::string TinyHtmlReport(int number);

// A report file of the given extension from tests/data/reports, or "" if there is none.
std::string ReportFromTestData(const std::string& extension);

// WARC records as our test writer makes them.
std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& block,
                       const std::string& content_type = "application/http; msgtype=response");
std::string HttpResponse(int status, const std::string& content_type, const std::string& body,
                         const std::map<std::string, std::string>& extra_headers = {});
std::string Chunked(const std::string& body, size_t chunk_size);
std::string GzipMember(const std::string& data);

// Runs nianbao with `arguments` (and extra environment), output to `log_path`; returns the
// exit code, or -signal if it was killed.
int RunNianbao(const std::vector<std::string>& arguments, const std::string& log_path,
               const std::map<std::string, std::string>& environment = {});
pid_t StartNianbao(const std::vector<std::string>& arguments, const std::string& log_path,
                   const std::map<std::string, std::string>& environment = {});
int WaitFor(pid_t pid);

// `nianbao export --format jsonl` of the database, one string per line, sorted.
std::vector<std::string> ExportedLines(const std::string& database, const std::string& log_path);

}  // namespace nianbao::dataset::testing
