// The DOC reader: a Word 97 file LibreOffice made from report.docx, read end to end.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "docx_test_support.hpp"

namespace nianbao {
namespace {

using docx_test::CellShape;
using docx_test::Outline;
using docx_test::ReadTestFile;
using docx_test::Shapes;
using docx_test::Tables;

TEST_CASE("a .doc converts through LibreOffice into the same blocks as its .docx", "[doc][slow]") {
  Document document;
  try {
    document = ReadTestFile("doc/report.doc");
  } catch (const Error& error) {
    if (error.kind() == ErrorKind::kUnsupported &&
        error.message().find("LibreOffice") != std::string::npos) {
      WARN("skipped: " << error.message());
      return;
    }
    throw;
  }
  CHECK(document.source.format == Format::kDoc);
  CHECK(Outline(document) == Outline(ReadTestFile("docx/report.docx")));
  std::vector<const Table*> tables = Tables(document);
  REQUIRE(tables.size() == 2);
  CHECK(Shapes(*tables[1]) == std::vector<CellShape>{{0, 0, 3, 1, "办理结果"},
                                                     {0, 1, 1, 1, "予以公开"},
                                                     {0, 2, 1, 1, "5"},
                                                     {1, 1, 1, 1, "部分公开"},
                                                     {1, 2, 1, 1, "1"},
                                                     {2, 1, 1, 1, "总计"},
                                                     {2, 2, 1, 1, "6"}});
}

TEST_CASE("a .doc LibreOffice cannot convert is a damaged-file error", "[doc][slow]") {
  // An OLE2 header followed by the WordDocument stream name and nothing usable.
  std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  bytes += std::string(504, '\0');
  bytes += std::string("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24);
  bytes += std::string(1024, '\x11');
  try {
    ReadDocument(bytes, "broken.doc");
    FAIL("a broken .doc was read");
  } catch (const Error& error) {
    if (error.kind() == ErrorKind::kUnsupported) {
      WARN("skipped: " << error.message());
      return;
    }
    CHECK(error.kind() == ErrorKind::kDamaged);
    CHECK(error.message().find("LibreOffice could not convert") != std::string::npos);
  }
}

TEST_CASE("the converter's time limit stops LibreOffice", "[doc][slow]") {
  ReadOptions options;
  options.converter_timeout_seconds = 0;
  try {
    ReadTestFile("doc/report.doc", options);
    FAIL("the conversion finished in no time");
  } catch (const Error& error) {
    if (error.kind() == ErrorKind::kUnsupported) {
      WARN("skipped: " << error.message());
      return;
    }
    CHECK(error.kind() == ErrorKind::kLimit);
    CHECK(error.message().find("converter_timeout_seconds") != std::string::npos);
  }
}

namespace fs = std::filesystem;

// True while `pid` is a live process (a zombie waiting for its reaper counts as gone).
bool Alive(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string pid_field, name, state;
  return stat >> pid_field >> name >> state && state != "Z";
}

// Waits up to `seconds` for `done()`.
template <typename Predicate>
bool WaitFor(Predicate done, int seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return true;
}

TEST_CASE("LibreOffice and its helpers die with the process converting", "[doc]") {
  // A stand-in for soffice that starts a helper (as soffice starts soffice.bin) and hangs.
  char pattern[] = "/tmp/nianbao-fake-office-XXXXXX";
  REQUIRE(mkdtemp(pattern) != nullptr);
  const fs::path dir = pattern;
  const fs::path fake = dir / "soffice";
  std::ofstream(fake)
      << "#!/bin/sh\necho $$ > \"$0.pid\"\n/bin/sleep 300 &\necho $! > \"$0.helper\"\nwait\n";
  REQUIRE(chmod(fake.c_str(), 0755) == 0);

  const pid_t worker = fork();
  REQUIRE(worker >= 0);
  if (worker == 0) {  // a batch worker converting a .doc, with the fake first on PATH
    setenv("PATH", dir.c_str(), 1);
    ReadOptions options;
    options.converter_timeout_seconds = 300;
    try {
      ReadTestFile("doc/report.doc", options);
    } catch (...) {
    }
    _exit(0);
  }
  const bool started = WaitFor([&] { return fs::exists(dir / "soffice.helper"); }, 20);
  pid_t office = 0, helper = 0;
  std::ifstream(dir / "soffice.pid") >> office;
  std::ifstream(dir / "soffice.helper") >> helper;
  kill(worker, SIGKILL);  // what the batch parent does to a worker over its time limit
  waitpid(worker, nullptr, 0);
  REQUIRE(started);
  REQUIRE(office > 0);
  REQUIRE(helper > 0);
  CHECK(WaitFor([&] { return !Alive(office) && !Alive(helper); }, 5));
  if (Alive(helper)) kill(helper, SIGKILL);
  if (Alive(office)) kill(office, SIGKILL);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace nianbao
