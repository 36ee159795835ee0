// Progress of a run: a redrawn bar on a terminal, plain timestamped lines otherwise.
#pragma once

#include <chrono>
#include <optional>
#include <ostream>
#include <string>

#include "nianbao/dataset.hpp"

namespace nianbao::dataset {

class Progress {
 public:
  Progress(std::ostream& log, bool bar);

  // Shows the counts: redraws the bar (at most every kBarInterval) or writes a plain line
  // (every kLineInterval). `total` is the number of documents when known (no WARC inputs).
  void Update(const RunSummary& summary, std::optional<int> total);
  // A line that stays (a failed document, a problem), above the bar.
  void Line(const std::string& text);
  // Clears the bar.
  void Finish();

 private:
  std::string Status(const RunSummary& summary, std::optional<int> total) const;

  std::ostream& log_;
  bool bar_;
  bool bar_drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace nianbao::dataset
