// normalize_bench: strings per second for ParseCell, NormalizeLabel, SplitOrdinal and
// Similarity over inputs shaped like real report cells and labels. Each benchmark runs
// for a fixed wall time (default 1 s, or argv[1] seconds) and prints one line.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "nianbao/normalize.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using nianbao::normalize::Normalizer;

// Cells as table 三 prints them: mostly small ASCII integers, some zeros by convention.
const std::vector<std::string> kAsciiCells = {"0", "3", "12",  "212", "0", "1", "0",  "45",
                                              "7", "0", "100", "0",   "2", "0", "18", "0"};

// Every other form ParseCell reads or rejects.
const std::vector<std::string> kMixedCells = {"２１２",
                                              "1,234",
                                              "12,345.67",
                                              "０．５",
                                              "-2",
                                              "－2",
                                              "增加3",
                                              "减少 3",
                                              "3件",
                                              "12.35万元",
                                              "0元",
                                              "3万",
                                              "一百零五",
                                              "二〇二一",
                                              "",
                                              "—",
                                              "／",
                                              "无",
                                              "\n12\n",
                                              "22（其中修订16件）",
                                              "55（含自然失效29件）",
                                              "251000元",
                                              "3 5",
                                              "3/5",
                                              "详见附件",
                                              "不适用",
                                              "1.属于国家秘密",
                                              "壹佰贰拾",
                                              "1,23",
                                              "　３　"};

// Labels as the readers find them: spaced, broken, quoted, enumerated, traditional.
const std::vector<std::string> kLabels = {
    "规　　章",
    "总　计",
    "商业\n企业",
    "法人或者其他组织",
    "（一）予以公开",
    "(二)部分公开（区分处理的，只计这一情形，不计其他情形）",
    "3.危及“三安全一稳定”",
    "1．属于国家秘密",
    "一、本年新收政府信息公开申请数量",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "本年收费金额（单位：万元）",
    "行政诉讼（未经复议直接起诉）",
    "其它处理",
    "總計",
    "結果\n維持",
    "自　然　人",
};

struct Result {
  long long calls = 0;
  double seconds = 0;
};

template <typename Body>
Result RunFor(double seconds, const std::vector<std::string>& inputs, Body body) {
  Result result;
  const auto start = Clock::now();
  const auto deadline = start + std::chrono::duration<double>(seconds);
  while (Clock::now() < deadline) {
    for (const std::string& input : inputs) body(input);
    result.calls += static_cast<long long>(inputs.size());
  }
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return result;
}

void Print(const char* name, const Result& result) {
  const double per_second = static_cast<double>(result.calls) / result.seconds;
  std::printf("%-34s %12.0f strings/s  %8.1f ns/string\n", name, per_second, 1e9 / per_second);
}

}  // namespace

int main(int argc, char** argv) {
  const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
  const auto build_start = Clock::now();
  const Normalizer normalizer;
  std::printf("Normalizer construction: %.1f ms\n",
              std::chrono::duration<double, std::milli>(Clock::now() - build_start).count());

  double sink = 0;  // keeps the results alive so nothing is optimized away
  Print("ParseCell, ASCII integers", RunFor(seconds, kAsciiCells, [&](const std::string& text) {
          sink += normalizer.ParseCell(text).number;
        }));
  Print("ParseCell, mixed forms", RunFor(seconds, kMixedCells, [&](const std::string& text) {
          sink += normalizer.ParseCell(text).number;
        }));
  Print("NormalizeLabel", RunFor(seconds, kLabels, [&](const std::string& text) {
          sink += static_cast<double>(normalizer.NormalizeLabel(text).size());
        }));
  Print("SplitOrdinal", RunFor(seconds, kLabels, [&](const std::string& text) {
          sink += normalizer.SplitOrdinal(text).ordinal;
        }));
  std::vector<std::string> normalized;
  for (const std::string& label : kLabels) normalized.push_back(normalizer.NormalizeLabel(label));
  Print("Similarity vs 16 labels", RunFor(seconds, normalized, [&](const std::string& text) {
          for (const std::string& other : normalized) sink += normalizer.Similarity(text, other);
        }));
  std::printf("(Similarity counts one string per 16 comparisons; checksum %.3f)\n", sink);
  return 0;
}
