#include "core/analysis/today_summary.h"

#include <algorithm>

#include "core/model/event.h"

namespace huddle::core {

TodaySummary summarize_today(Store& store, const HuddleSchedule& schedule, UtcTime now) {
  TodaySummary out;
  out.window = schedule.current_at(now);
  const auto counts = store.events().count_by_stream_category(out.window.start, out.window.cutoff);
  const auto newest = store.events().newest_per_stream();
  std::vector<std::string> streams = {std::string(kStream311), std::string(kStreamEms)};
  for (const auto& [stream, time] : newest) {
    if (std::find(streams.begin(), streams.end(), stream) == streams.end()) streams.push_back(stream);
  }
  for (const auto& stream : streams) {
    StreamSummary summary;
    summary.stream = stream;
    for (const auto& c : counts) {
      if (c.stream != stream) continue;
      summary.by_category.push_back(c);
      summary.total += c.count;
    }
    if (auto it = newest.find(stream); it != newest.end()) summary.newest = it->second;
    out.streams.push_back(std::move(summary));
  }
  out.totals = store.events().totals(out.window.start, out.window.cutoff);
  for (const auto& a : store.actions().list()) {
    if (!is_open(a.status)) continue;
    ++out.open_actions;
    if (a.due && *a.due < out.window.date) ++out.overdue_actions;
    if (a.due && *a.due == out.window.date) ++out.due_today;
  }
  return out;
}

}  // namespace huddle::core
