#include "core/huddle/live_run.h"

#include <algorithm>
#include <chrono>

#include "core/error.h"

namespace huddle::core {

LiveRun start_live_run(const std::vector<AgendaItem>& items, UtcTime now) {
  if (items.empty()) throw Error("the run-of-show has no items to run");
  const auto first_not_run =
      std::find_if(items.begin(), items.end(), [](const AgendaItem& i) { return !i.actual_seconds; });
  if (first_not_run == items.end()) return {items.size() - 1, now};
  return {static_cast<std::size_t>(first_not_run - items.begin()), now};
}

int running_seconds(const std::vector<AgendaItem>& items, const LiveRun& run, UtcTime now) {
  // A clock set back while the huddle runs must not make an item take negative time.
  const auto since = std::max<long long>(0, std::chrono::duration_cast<std::chrono::seconds>(now - run.since).count());
  const int earlier = run.current < items.size() ? items[run.current].actual_seconds.value_or(0) : 0;
  return earlier + static_cast<int>(since);
}

std::size_t move_live_run(std::vector<AgendaItem>& items, LiveRun& run, std::size_t to, UtcTime now) {
  if (items.empty()) throw Error("the run-of-show has no items to run");
  const std::size_t finished = std::min(run.current, items.size() - 1);
  items[finished].actual_seconds = running_seconds(items, run, now);
  run.current = std::min(to, items.size() - 1);
  run.since = now;
  return finished;
}

}  // namespace huddle::core
