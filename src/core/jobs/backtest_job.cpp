#include "core/jobs/backtest_job.h"

#include "core/analysis/cell_tally.h"
#include "core/analysis/event_frame.h"

namespace huddle::core {

BacktestResult backtest_huddle(Store& store, const Settings& settings, const std::vector<Category>& categories,
                               const HuddleSchedule& schedule, Date from, Date to, int k, ProgressSink& progress) {
  BacktestInput input;
  input.from = from;
  input.to = to;
  input.k = k;
  input.params = settings.ranking;
  input.center_lat = settings.center_lat;
  input.center_lon = settings.center_lon;
  for (const auto& c : categories) input.weights[c.id] = c.weight;
  const UtcTime first = schedule.cutoff_on(from) - std::chrono::days{kHistoryDays + kBaselineLagDays};
  const UtcTime last = schedule.cutoff_on(to) + std::chrono::days{1};
  const EventFrame frame = load_event_frame(store.events(), first, last);
  return run_backtest(frame, input, schedule, progress);
}

}  // namespace huddle::core
