#include "core/huddle/live_run.h"

#include <algorithm>
#include <chrono>

#include "core/error.h"

namespace huddle::core {

LiveRun start_live_run(const std::vector<AgendaItem>& items, UtcTime now) {
  if (items.empty()) throw Error("the run-of-show has no items to run");
  const auto first_not_run =
      std::find_if(items.begin(), items.end(), [](const AgendaItem& i) { return !i.actual_seconds; });
  if (first_not_run == items.end()) return {items.size() - 1, now, std::nullopt};
  return {static_cast<std::size_t>(first_not_run - items.begin()), now, std::nullopt};
}

int running_seconds(const std::vector<AgendaItem>& items, const LiveRun& run, UtcTime now) {
  const UtcTime end = run.paused_at.value_or(now);
  // A clock set back while the huddle runs must not make an item take negative time.
  const auto since = std::max<long long>(0, std::chrono::duration_cast<std::chrono::seconds>(end - run.since).count());
  const int earlier = run.current < items.size() ? items[run.current].actual_seconds.value_or(0) : 0;
  return earlier + static_cast<int>(since);
}

std::size_t move_live_run(std::vector<AgendaItem>& items, LiveRun& run, std::size_t to, UtcTime now) {
  const std::size_t finished = record_live_run(items, run, now);
  run.current = std::min(to, items.size() - 1);
  run.paused_at.reset();
  return finished;
}

std::size_t record_live_run(std::vector<AgendaItem>& items, LiveRun& run, UtcTime now) {
  if (items.empty()) throw Error("the run-of-show has no items to run");
  const std::size_t current = std::min(run.current, items.size() - 1);
  items[current].actual_seconds = running_seconds(items, run, now);
  run.since = now;
  if (run.paused_at) run.paused_at = now;  // still paused: nothing more counts until it resumes
  return current;
}

void pause_live_run(LiveRun& run, UtcTime now) {
  if (!run.paused_at) run.paused_at = now;
}

void resume_live_run(LiveRun& run, UtcTime now) {
  if (!run.paused_at) return;
  // The clock skips the pause: the item seems to have been come to that much later. A clock set back during the
  // pause counts it as no pause at all.
  run.since += std::max(now - *run.paused_at, UtcTime::duration::zero());
  run.paused_at.reset();
}

}  // namespace huddle::core
