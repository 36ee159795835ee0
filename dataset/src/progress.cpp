#include "progress.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "nianbao/counted.hpp"

namespace nianbao::dataset {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kBarInterval = std::chrono::milliseconds(200);
constexpr auto kLineInterval = std::chrono::seconds(10);
constexpr int kBarWidth = 24;
constexpr const char* kClearLine = "\r\033[K";

std::string Duration(double seconds) {
  long total = static_cast<long>(seconds + 0.5);
  if (total >= 3600)
    return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

}  // namespace

Progress::Progress(std::ostream& log, bool bar)
    : log_(log), bar_(bar), start_(Clock::now()), last_(Clock::now()) {}

std::string Progress::Status(const RunSummary& summary, std::optional<int> total) const {
  double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
  int done = summary.processed + summary.skipped_known + summary.duplicates + summary.skipped_shard;
  double rate = elapsed > 0 ? summary.processed / elapsed : 0;
  std::string text;
  if (total && *total > 0) {
    double share = std::min(1.0, static_cast<double>(done) / *total);
    if (bar_) {
      int filled = static_cast<int>(share * kBarWidth);
      text.append("[").append(filled, '#').append(kBarWidth - filled, '.').append("] ");
    }
    text += fmt::format("{}/{} {}", done, *total, Noun(*total, "document"));
    if (rate > 0 && done < *total) {
      text += fmt::format(", ETA {}", Duration((*total - done) / rate));
    }
  } else {
    text += Counted(done, "document");
  }
  text += fmt::format(", {:.1f}/s, {} failed", rate, summary.failed);
  if (summary.skipped_known > 0) text += fmt::format(", {} already done", summary.skipped_known);
  return text;
}

void Progress::Update(const RunSummary& summary, std::optional<int> total) {
  Clock::time_point now = Clock::now();
  if (now - last_ < (bar_ ? std::chrono::duration_cast<Clock::duration>(kBarInterval)
                          : std::chrono::duration_cast<Clock::duration>(kLineInterval))) {
    return;
  }
  last_ = now;
  if (bar_) {
    log_ << kClearLine << Status(summary, total) << std::flush;
    bar_drawn_ = true;
  } else {
    log_ << "nianbao run: " << Status(summary, total) << std::endl;
  }
}

void Progress::Line(const std::string& text) {
  if (bar_drawn_) log_ << kClearLine;
  log_ << text << std::endl;
  bar_drawn_ = false;
}

void Progress::Finish() {
  if (bar_drawn_) log_ << kClearLine << std::flush;
  bar_drawn_ = false;
}

}  // namespace nianbao::dataset
