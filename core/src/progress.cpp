#include "nianbao/progress.hpp"

#include <unistd.h>

#include <fmt/core.h>

#include <algorithm>

#include "nianbao/counted.hpp"

namespace nianbao {
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

ProgressStyle ProgressStyleFor(int fd, ProgressStyle otherwise) {
  return isatty(fd) != 0 ? ProgressStyle::kBar : otherwise;
}

Progress::Progress(std::ostream& log, std::string command, ProgressStyle style)
    : log_(log), command_(std::move(command)), style_(style), start_(Clock::now()) {
  if (style_ == ProgressStyle::kLines) last_ = start_;  // the first line after 10 s
}

std::string Progress::Status(const ProgressCounts& counts) const {
  double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
  double rate = elapsed > 0 ? counts.processed / elapsed : 0;
  std::string text;
  if (counts.total && *counts.total > 0) {
    const int total = *counts.total;
    double share = std::min(1.0, static_cast<double>(counts.done) / total);
    if (style_ == ProgressStyle::kBar) {
      int filled = static_cast<int>(share * kBarWidth);
      text.append("[").append(filled, '#').append(kBarWidth - filled, '.').append("] ");
    }
    text += fmt::format("{}/{} {}", counts.done, total, Noun(total, "document"));
    if (rate > 0 && counts.done < total) {
      text += fmt::format(", ETA {}", Duration((total - counts.done) / rate));
    }
  } else {
    text += Counted(counts.done, "document");
  }
  text += fmt::format(", {:.1f}/s, {} failed", rate, counts.failed);
  if (counts.already_done > 0) text += fmt::format(", {} already done", counts.already_done);
  return text;
}

void Progress::Update(const ProgressCounts& counts) {
  if (style_ == ProgressStyle::kNone) return;
  const Clock::time_point now = Clock::now();
  const Clock::duration interval = style_ == ProgressStyle::kBar
                                       ? std::chrono::duration_cast<Clock::duration>(kBarInterval)
                                       : std::chrono::duration_cast<Clock::duration>(kLineInterval);
  if (last_ && now - *last_ < interval) return;
  last_ = now;
  if (style_ == ProgressStyle::kBar) {
    log_ << kClearLine << Status(counts) << std::flush;
    bar_drawn_ = true;
  } else {
    log_ << command_ << ": " << Status(counts) << std::endl;
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

}  // namespace nianbao
