#pragma once
/// \file
/// The rolling backtest: for every day of a range, rank with only the events before that day's cutoff and score
/// the next 24 hours, for the huddle method and two naive baselines (CLI.md `backtest`). Each method picks k
/// single cells (the huddle's merging of adjacent cells is how places are talked about, not how they are
/// predicted), so that every method covers the same area and hit rates compare.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/event_frame.h"
#include "core/analysis/ranking_params.h"
#include "core/progress.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// A way to pick the top-k places at a cutoff.
enum class BacktestMethod {
  huddle,     ///< The ranking (burden, listing rules, merging).
  yesterday,  ///< The last 24 hours' counts.
  count28,    ///< Plain counts of the last 28 days.
};
/// "huddle", "yesterday", "count28".
std::string_view to_string(BacktestMethod method);

/// One method's scores, pooled over the days scored.
struct MethodScore {
  long hits = 0;           ///< Next-24 h events that fell in the method's top-k places.
  long best_hits = 0;      ///< What the same number of cells, chosen with hindsight, would have caught.
  double cells = 0;        ///< Mean cells picked a day (k, or fewer when fewer cells qualify).
  double hit_rate = 0;     ///< hits ÷ events scored.
  double pai = 0;          ///< hit_rate ÷ (cells ÷ cells with any event in the data).
  double pei = 0;          ///< hits ÷ best_hits.
};

/// What one backtest measured.
struct BacktestResult {
  Date from{}, to{};                     ///< The range of cutoff days, both included.
  int k = 10;                            ///< Places per day.
  int days = 0;                          ///< Days scored (days with no event in the next 24 h are skipped).
  int days_skipped = 0;                  ///< Days in the range with nothing to score.
  long events = 0;                       ///< Next-24 h events scored, all days together.
  long area_cells = 0;                   ///< Cells with any event in the data.
  std::map<BacktestMethod, MethodScore> methods;  ///< Every method.
};

/// What the backtest needs besides the events.
struct BacktestInput {
  Date from{}, to{};                      ///< Cutoff days, both included.
  int k = 10;                             ///< Places per day.
  RankingParams params;                   ///< The huddle method's figures (grid size for all methods).
  double center_lat = 0, center_lon = 0;  ///< Grid origin.
  std::map<std::string, double> weights;  ///< Category id → weight; only weight > 0 is ranked and scored.
};

/// Runs the backtest on `frame`, which must hold the events of [cutoff(from) − 30 days, cutoff(to) + 24 h).
/// Reports progress per day; throws Cancelled when the sink asks.
BacktestResult run_backtest(const EventFrame& frame, const BacktestInput& input, const HuddleSchedule& schedule,
                            ProgressSink& progress);

}  // namespace huddle::core
