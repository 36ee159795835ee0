#include <sys/wait.h>

#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream stream(path, std::ios::binary);
  std::ostringstream out;
  out << stream.rdbuf();
  return out.str();
}

std::string Quoted(const std::string& text) {
  return "'" + text + "'";
}

// Runs the nianbao binary with `arguments`, capturing stdout and stderr in temporary files.
RunResult RunNianbao(const std::vector<std::string>& arguments) {
  const auto folder =
      std::filesystem::temp_directory_path() / ("nianbao_cli_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  std::string command = Quoted(NIANBAO_BINARY);
  for (const std::string& argument : arguments) command.append(" ").append(Quoted(argument));
  command.append(" >").append(Quoted((folder / "out").string()));
  command.append(" 2>").append(Quoted((folder / "err").string()));
  int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadAll(folder / "out");
  result.err = ReadAll(folder / "err");
  std::filesystem::remove_all(folder);
  return result;
}

// Runs nianbao with `arguments` under script(1), which gives it a terminal (a pty) for its
// standard streams; returns what the terminal showed (newlines as the pty sends them, \r\n).
RunResult RunOnTerminal(const std::vector<std::string>& arguments) {
  const auto folder =
      std::filesystem::temp_directory_path() / ("nianbao_tty_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  std::string command = Quoted(NIANBAO_BINARY);
  for (const std::string& argument : arguments) command.append(" ").append(Quoted(argument));
  {
    std::ofstream script(folder / "command.sh");
    script << "exec " << command << '\n';
  }
  std::string shell = "script -qefc 'sh ";
  shell.append((folder / "command.sh").string()).append("' /dev/null </dev/null >");
  shell.append(Quoted((folder / "terminal").string())).append(" 2>&1");
  int status = std::system(shell.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadAll(folder / "terminal");
  std::filesystem::remove_all(folder);
  return result;
}

int CountLines(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

const std::string kPage = std::string(NIANBAO_TEST_DATA) + "/html/cms_utf8.html";
const std::string kMissing = "/nonexistent/nianbao/missing_report.html";

}  // namespace

TEST_CASE("dump: a missing file gives one stderr line naming it and exit code 1", "[cli]") {
  RunResult result = RunNianbao({"dump", kMissing});
  CHECK(result.exit_code == 1);
  CHECK(CountLines(result.err) == 1);
  CHECK(result.err.find(kMissing) != std::string::npos);
  CHECK(result.out.empty());
}

TEST_CASE("dump: the other files still print when one fails", "[cli]") {
  RunResult result = RunNianbao({"dump", "--compact", kMissing, kPage, kMissing});
  CHECK(result.exit_code == 1);
  CHECK(CountLines(result.err) == 2);
  CHECK(CountLines(result.out) == 1);
  CHECK(result.out.find("\"html\"") != std::string::npos);
  CHECK(result.out.find("青山市生态环境局") != std::string::npos);
}

TEST_CASE("dump: readable files exit 0 with nothing on stderr", "[cli]") {
  RunResult result = RunNianbao({"dump", "--compact", kPage});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(CountLines(result.out) == 1);
}

TEST_CASE("debug-page: a missing file is named as extract names it", "[cli]") {
  const std::string missing_pdf = "/nonexistent/nianbao/missing_report.pdf";
  RunResult drawn = RunNianbao({"debug-page", missing_pdf, "-o", "/nonexistent/page.svg"});
  RunResult extracted = RunNianbao({"extract", missing_pdf});
  CHECK(drawn.exit_code == 1);
  CHECK(drawn.err == "nianbao debug-page: " + missing_pdf + ": io: no such file\n");
  CHECK(extracted.err.find(missing_pdf + ": io: no such file\n") != std::string::npos);
}

TEST_CASE("debug-page: a page the file does not have is a usage error, not a limit", "[cli]") {
  const std::string pdf = std::string(NIANBAO_SAMPLES) + "/bureau_2021_report.pdf";
  RunResult result = RunNianbao({"debug-page", pdf, "--page", "9", "-o", "/nonexistent/p.svg"});
  CHECK(result.exit_code == 2);
  CHECK(result.err == "nianbao debug-page: " + pdf + " has 3 pages: --page 9 is not one of them\n");
}

TEST_CASE("debug-page: an output that cannot be written says why", "[cli]") {
  const std::string pdf = std::string(NIANBAO_SAMPLES) + "/bureau_2021_report.pdf";
  RunResult result =
      RunNianbao({"debug-page", pdf, "--no-labels", "-o", "/nonexistent/folder/page.svg"});
  CHECK(result.exit_code == 2);
  CHECK(result.err ==
        "nianbao debug-page: cannot write /nonexistent/folder/page.svg: No such file or "
        "directory\n");
}

TEST_CASE("extract: one file is counted in the singular", "[cli]") {
  RunResult result = RunNianbao({"extract", kPage});
  CHECK(result.exit_code == 0);
  CHECK(CountLines(result.out) == 1);
  CHECK(CountLines(result.err) == 1);  // not a terminal: no progress, only the summary
  CHECK(result.err.find('\r') == std::string::npos);
  CHECK(result.err.rfind(
            "nianbao extract: 1 document (0 complete, 1 partial, 0 no_data, 0 error), ", 0) == 0);
  CHECK(result.err.find(", 0 failed checks, 0 errors\n") != std::string::npos);
}

TEST_CASE("extract: an output that cannot be written says why", "[cli]") {
  RunResult missing = RunNianbao({"extract", kPage, "-o", "/nonexistent/folder/out.jsonl"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err ==
        "nianbao extract: cannot write /nonexistent/folder/out.jsonl: No such file or directory\n");
  RunResult full = RunNianbao({"extract", kPage, "-o", "/dev/full"});
  CHECK(full.exit_code == 2);
  CHECK(full.err.find("nianbao extract: cannot write /dev/full: No space left on device\n") !=
        std::string::npos);
}

TEST_CASE("extract: on a terminal the progress bar of run shows while files are read", "[cli]") {
  const auto folder =
      std::filesystem::temp_directory_path() / ("nianbao_bar_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  const std::string records = (folder / "out.jsonl").string();
  const std::string second = std::string(NIANBAO_TEST_DATA) + "/html/spans.html";
  RunResult shown = RunOnTerminal({"extract", kPage, kMissing, second, "-o", records});
  const std::string written = ReadAll(records);
  std::filesystem::remove_all(folder);
  INFO(shown.out);
  CHECK(shown.exit_code == 1);  // the missing file
  CHECK(CountLines(written) == 3);
  // Drawn at once, before the first file is done: bar, done of total, rate, failures.
  const std::string bar = "\r\033[K[........................] 0/3 documents, 0.0/s, 0 failed";
  CHECK(shown.out.rfind(bar, 0) == 0);
  // The missing file's line clears the bar first and stays.
  CHECK(shown.out.find("\r\033[Knianbao extract: " + kMissing + ": io: no such file\r\n") !=
        std::string::npos);
  // The summary is the last line, on a line of its own: after a line that stayed, or after
  // the bar, cleared (when it was drawn again after the error line, 200 ms later).
  const size_t summary = shown.out.find("nianbao extract: 3 documents (");
  REQUIRE(summary != std::string::npos);
  REQUIRE(summary >= 4);
  CHECK((shown.out.compare(summary - 2, 2, "\r\n") == 0 ||
         shown.out.compare(summary - 4, 4, "\r\033[K") == 0));
  CHECK(shown.out.find("\033[K", summary) == std::string::npos);

  RunResult plain = RunOnTerminal({"extract", kPage, second, "--no-progress"});
  CHECK(plain.exit_code == 0);
  CHECK(plain.out.find("\033[K") == std::string::npos);
  CHECK(plain.out.find("nianbao extract: 2 documents (") != std::string::npos);
}
