// Input enumeration: folders, list files, manifests (JSON Lines and CSV), shards.
#include <catch2/catch.hpp>

#include <filesystem>

#include "csv.hpp"
#include "dataset_test_support.hpp"
#include "inputs.hpp"

namespace nianbao::dataset {
namespace {

using testing::TempDir;
using testing::WriteFile;

TEST_CASE("CSV fields: quotes, commas, line breaks, BOM", "[dataset][csv]") {
  auto rows = ParseCsv(
      "\xEF\xBB\xBFpath,url\r\na.pdf,\"http://x/?a=1,b=2\"\r\n\"b "
      "\"\"q\"\".pdf\",\"two\nlines\"\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"path", "url"});
  CHECK(rows[1] == std::vector<std::string>{"a.pdf", "http://x/?a=1,b=2"});
  CHECK(rows[2] == std::vector<std::string>{"b \"q\".pdf", "two\nlines"});
  CHECK_THROWS_AS(ParseCsv("a,\"open"), std::invalid_argument);
  CHECK(CsvRow({"a", "b,c", "d\"e", ""}) == "a,\"b,c\",\"d\"\"e\",\r\n");
  CHECK(ParseCsv(CsvRow({"x y", "1,2", "say \"hi\""})).front() ==
        std::vector<std::string>{"x y", "1,2", "say \"hi\""});
}

TEST_CASE("folders are walked recursively, by extension, in path order", "[dataset][inputs]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "b/c");
  WriteFile(dir / "b/c/z.pdf", "%PDF-1.4");
  WriteFile(dir / "a.HTML", "<html></html>");
  WriteFile(dir / "a.truth.json", "{}");
  RunOptions options;
  options.inputs = {dir.path().string(), dir / "missing.pdf"};
  InputList list = EnumerateInputs(options);
  REQUIRE(list.entries.size() == 2);
  CHECK(list.entries[0].path == dir / "a.HTML");
  CHECK(list.entries[1].path == dir / "b/c/z.pdf");
  REQUIRE(list.problems.size() == 1);
  CHECK(list.problems[0].path == dir / "missing.pdf");
}

TEST_CASE("list files name one input per line", "[dataset][inputs]") {
  TempDir dir;
  WriteFile(dir / "x.pdf", "%PDF-1.4");
  WriteFile(dir / "list.txt",
            "# crawl of Monday\n" + (dir / "x.pdf") + "\r\n\n  " + (dir / "x.pdf") + "  \n");
  RunOptions options;
  options.lists = {dir / "list.txt"};
  InputList list = EnumerateInputs(options);
  REQUIRE(list.entries.size() == 2);
  CHECK(list.entries[1].path == dir / "x.pdf");
}

TEST_CASE("manifests carry crawl fields; relative paths are the manifest's", "[dataset][inputs]") {
  TempDir dir;
  WriteFile(
      dir / "m.jsonl",
      "{\"path\": \"docs/a.pdf\", \"url\": \"http://x/a.pdf\", \"site\": \"x\", \"depth\": 2}\n\n"
      "{\"path\": \"/abs/b.pdf\", \"fetched_at\": \"2026-01-01\"}\n");
  auto entries = ReadManifest(dir / "m.jsonl");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].path == dir / "docs/a.pdf");
  CHECK(entries[0].source_fields == Json{{"url", "http://x/a.pdf"}, {"site", "x"}, {"depth", 2}});
  CHECK(entries[1].path == "/abs/b.pdf");

  WriteFile(dir / "m.csv", "url,path,site\r\nhttp://x/c.html,c.html,\"x, y\"\r\n");
  auto csv_entries = ReadManifest(dir / "m.csv");
  REQUIRE(csv_entries.size() == 1);
  CHECK(csv_entries[0].path == dir / "c.html");
  CHECK(csv_entries[0].source_fields == Json{{"url", "http://x/c.html"}, {"site", "x, y"}});

  WriteFile(dir / "bad.jsonl", "{\"url\": \"http://x\"}\n");
  CHECK_THROWS_AS(ReadManifest(dir / "bad.jsonl"), Error);
}

TEST_CASE("shards split content hashes stably and completely", "[dataset][shard]") {
  CHECK(ParseShard("2/3").index == 2);
  CHECK_THROWS_AS(ParseShard("0/3"), std::invalid_argument);
  CHECK_THROWS_AS(ParseShard("4/3"), std::invalid_argument);
  CHECK_THROWS_AS(ParseShard("1-3"), std::invalid_argument);
  const std::string sha = "00000000000000ff" + std::string(48, '0');  // 255
  CHECK(InShard(sha, Shard{1, 1}));
  CHECK(InShard(sha, Shard{1, 5}));  // 255 % 5 == 0
  CHECK_FALSE(InShard(sha, Shard{2, 5}));
  CHECK(InShard(sha, Shard{2, 2}));  // 255 % 2 == 1
}

}  // namespace
}  // namespace nianbao::dataset
