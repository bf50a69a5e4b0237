#include "core/analysis/trend_check.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/analysis/citywide_trend.h"

namespace huddle::core {

TrendCheck check_trend(long count, const std::vector<long>& past_windows, const TrendCheckParams& params) {
  TrendCheck check;
  if (past_windows.empty()) return check;
  const auto n = static_cast<double>(past_windows.size());
  double mean = 0;
  for (const long x : past_windows) mean += static_cast<double>(x) / n;
  double squares = 0;
  for (const long x : past_windows) squares += (static_cast<double>(x) - mean) * (static_cast<double>(x) - mean);
  const double sd = past_windows.size() > 1 ? std::sqrt(squares / (n - 1)) : 0;

  // Started at the mean, so that the oldest window does not count more than its weight says.
  check.expected = mean;
  for (const long x : past_windows) {
    check.expected = params.lambda * static_cast<double>(x) + (1 - params.lambda) * check.expected;
  }
  // A quiet, steady history would make any change look huge: counts vary at least as a Poisson count does.
  check.spread = std::max({sd, std::sqrt(check.expected), 1.0});
  check.sigmas = (static_cast<double>(count) - check.expected) / check.spread;

  const bool enough =
      check.sigmas > 0 ? count >= params.min_count : check.expected >= static_cast<double>(params.min_count);
  const double away = std::abs(check.sigmas);
  if (enough && away >= params.red_sigmas) {
    check.level = TrendLevel::red;
  } else if (enough && away >= params.yellow_sigmas) {
    check.level = TrendLevel::yellow;
  }
  return check;
}

TrendCheck check_trend(const TrendLine& line, const TrendCheckParams& params) {
  return check_trend(line.count, line.past_windows, params);
}

std::string trend_check_label(const TrendCheck& check) {
  switch (check.level) {
    case TrendLevel::none:
      return "";
    case TrendLevel::yellow:
      return check.sigmas > 0 ? "Above usual" : "Below usual";
    case TrendLevel::red:
      return check.sigmas > 0 ? "Far above usual" : "Far below usual";
  }
  return "";
}

std::string trend_check_text(long count, const TrendCheck& check, const TrendCheckParams& params) {
  const std::string where = std::abs(check.sigmas) < 0.05 ? "right at the expected level"
                                                          : fmt::format("{:.1f} spreads {}", std::abs(check.sigmas),
                                                                        check.sigmas > 0 ? "above" : "below");
  std::string verdict;
  switch (check.level) {
    case TrendLevel::none:
      verdict = "no flag";
      break;
    case TrendLevel::yellow:
      verdict = "yellow";
      break;
    case TrendLevel::red:
      verdict = "red";
      break;
  }
  return fmt::format(
      "{} reports since the last huddle; expected about {:.0f} (spread {:.0f}) from the same window on each of the "
      "28 days before, recent days weighing most (EWMA, \u03bb {:g}): {}, {}.\n"
      "Yellow from {:g} spreads away, red from {:g}; a rise is flagged only from {} reports, a drop only when at "
      "least {} were expected. The spread is the 28 windows' standard deviation, at least the square root of the "
      "expected count.",
      count, check.expected, check.spread, params.lambda, where, verdict, params.yellow_sigmas, params.red_sigmas,
      params.min_count, params.min_count);
}

}  // namespace huddle::core
