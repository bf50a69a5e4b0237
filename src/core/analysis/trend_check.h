#pragma once
/// \file
/// TrendCheck: is a citywide count since the last huddle out of line with the same window on the days before? An
/// EWMA-style check (docs/trend_check.md) that colours the Today page's cards: none, yellow or red.

#include <string>
#include <vector>

namespace huddle::core {

struct TrendLine;

/// How far out of line a count is.
enum class TrendLevel {
  none,    ///< Within 2 spreads of the expected level, or too few reports to tell.
  yellow,  ///< Beyond 2 spreads.
  red,     ///< Beyond 3 spreads.
};

/// The check's figures; the defaults are the documented rule.
struct TrendCheckParams {
  double lambda = 0.3;       ///< EWMA weight of the most recent past window (0..1].
  double yellow_sigmas = 2;  ///< Yellow beyond this many spreads from the expected level.
  double red_sigmas = 3;     ///< Red beyond this many.
  long min_count = 5;        ///< A rise needs a count, a drop an expected level, of at least this.
};

/// A count checked against its history.
struct TrendCheck {
  TrendLevel level = TrendLevel::none;  ///< The flag.
  double expected = 0;                  ///< EWMA of the past windows, oldest to newest.
  double spread = 0;                    ///< Standard deviation of the past windows, at least √expected and 1.
  double sigmas = 0;                    ///< (count − expected) / spread: positive above, negative below.
};

/// Checks `count` against `past_windows` (the same window shifted back day by day, oldest first): the expected
/// level is their EWMA (λ = params.lambda, started at their mean), the spread their standard deviation floored at
/// the square root of the expected level (a Poisson count's spread) and at 1. Yellow or red when the count lies at
/// least yellow_sigmas or red_sigmas spreads away, a rise only with a count of at least min_count, a drop only with
/// an expected level of at least min_count. No history: none.
TrendCheck check_trend(long count, const std::vector<long>& past_windows, const TrendCheckParams& params = {});

/// check_trend of a citywide summary line (its count against its past_windows).
TrendCheck check_trend(const TrendLine& line, const TrendCheckParams& params = {});

/// A few words for the flag: "Far above usual", "Above usual", "Below usual", "Far below usual"; "" for none.
std::string trend_check_label(const TrendCheck& check);

/// The rule and its figures for this count in plain words (the card's tooltip), e.g. "81 reports; expected about
/// 64 (spread 9) from the same window on the 28 days before, recent days weighing most: 1.9 spreads above. Yellow
/// from 2 spreads, red from 3, ...".
std::string trend_check_text(long count, const TrendCheck& check, const TrendCheckParams& params = {});

}  // namespace huddle::core
