#include <catch2/catch.hpp>

#include <sstream>

#include "nianbao/progress.hpp"

using nianbao::Progress;
using nianbao::ProgressCounts;
using nianbao::ProgressStyle;

TEST_CASE("the bar is drawn at the first update, then at most every 200 ms", "[core][progress]") {
  std::ostringstream log;
  Progress progress(log, "nianbao test", ProgressStyle::kBar);
  ProgressCounts counts{.done = 0, .processed = 0, .failed = 0, .already_done = 0, .total = 4};
  progress.Update(counts);
  CHECK(log.str() == "\r\033[K[........................] 0/4 documents, 0.0/s, 0 failed");
  counts.done = counts.processed = 2;
  progress.Update(counts);  // too soon
  CHECK(log.str().find("2/4") == std::string::npos);
  progress.Line("a line that stays");
  progress.Finish();  // the line cleared the bar: nothing left to clear
  CHECK(log.str().substr(log.str().find("0 failed")) == "0 failed\r\033[Ka line that stays\n");
}

TEST_CASE("the counts in words: the total's noun, failures, what was done before",
          "[core][progress]") {
  std::ostringstream log;
  Progress bar(log, "nianbao test", ProgressStyle::kBar);
  const std::string one = bar.Status({.done = 1, .processed = 1, .total = 1});
  CHECK_THAT(one, Catch::StartsWith("[########################] 1/1 document, "));
  CHECK_THAT(one, Catch::EndsWith("/s, 0 failed"));
  Progress lines(log, "nianbao test", ProgressStyle::kLines);
  const std::string open =
      lines.Status({.done = 5, .processed = 2, .failed = 1, .already_done = 3});
  CHECK_THAT(open, Catch::StartsWith("5 documents, "));
  CHECK_THAT(open, Catch::EndsWith("/s, 1 failed, 3 already done"));
}

TEST_CASE("no progress: only the lines that stay", "[core][progress]") {
  std::ostringstream log;
  Progress progress(log, "nianbao test", ProgressStyle::kNone);
  progress.Update({.done = 1, .processed = 1, .total = 3});
  progress.Line("nianbao test: x.pdf: damaged");
  progress.Update({.done = 3, .processed = 3, .failed = 1, .total = 3});
  progress.Finish();
  CHECK(log.str() == "nianbao test: x.pdf: damaged\n");
}

TEST_CASE("plain lines wait 10 s before the first", "[core][progress]") {
  std::ostringstream log;
  Progress progress(log, "nianbao test", ProgressStyle::kLines);
  progress.Update({.done = 1, .processed = 1, .total = 3});
  progress.Finish();
  CHECK(log.str().empty());
}
