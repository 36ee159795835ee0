// nianbao/progress.hpp: the progress of a command over many documents (`nianbao run`,
// `nianbao extract`) on stderr: a bar redrawn in place on a terminal, a plain line now and
// then when the log is a file, or nothing.
#pragma once

#include <chrono>
#include <optional>
#include <ostream>
#include <string>

namespace nianbao {

struct ProgressCounts {
  int done = 0;       // documents finished, whatever became of them
  int processed = 0;  // of those, the ones read now (the rate and the ETA count these)
  int failed = 0;
  int already_done = 0;      // of those, the ones a dataset already held
  std::optional<int> total;  // documents in all, when known
};

enum class ProgressStyle {
  kBar,    // one line redrawn in place (at most every 200 ms, the first at once)
  kLines,  // "COMMAND: counts" every 10 s
  kNone,   // only the lines given to Line()
};

// kBar when the file descriptor is a terminal, `otherwise` when not.
ProgressStyle ProgressStyleFor(int fd, ProgressStyle otherwise);

class Progress {
 public:
  // `command` begins each plain line ("nianbao run").
  Progress(std::ostream& log, std::string command, ProgressStyle style);

  // Shows the counts, as the style says.
  void Update(const ProgressCounts& counts);
  // A line that stays (a failed document, a problem), above the bar.
  void Line(const std::string& text);
  // Clears the bar.
  void Finish();

  // The counts as shown: "[###.....] 3/10 documents, ETA 0:05, 1.2/s, 0 failed".
  std::string Status(const ProgressCounts& counts) const;

 private:
  std::ostream& log_;
  std::string command_;
  ProgressStyle style_;
  bool bar_drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::optional<std::chrono::steady_clock::time_point> last_;  // last shown
};

}  // namespace nianbao
