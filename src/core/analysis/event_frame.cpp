#include "core/analysis/event_frame.h"

#include <algorithm>

#include "core/error.h"

namespace huddle::core {
namespace {

/// Index of `name` in `names`, appended when new (a handful of names: a linear search beats hashing).
std::uint8_t index_of(std::vector<std::string>& names, std::string_view name, const char* what) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<std::uint8_t>(i);
  }
  if (names.size() >= 255) throw Error(std::string("more than 255 ") + what + " in the events to rank");
  names.emplace_back(name);
  return static_cast<std::uint8_t>(names.size() - 1);
}

}  // namespace

void EventFrame::add(std::int64_t id, UtcTime t, std::string_view stream, std::string_view category, double lat,
                     double lon) {
  events.push_back(FrameEvent{id, t.time_since_epoch().count(), lat, lon, index_of(streams, stream, "streams"),
                              index_of(categories, category, "categories")});
}

std::size_t EventFrame::lower_bound(UtcTime t) const {
  const auto s = t.time_since_epoch().count();
  return static_cast<std::size_t>(
      std::lower_bound(events.begin(), events.end(), s, [](const FrameEvent& e, std::int64_t v) { return e.t < v; }) -
      events.begin());
}

EventFrame load_event_frame(EventRepository& events, UtcTime from, UtcTime to) {
  EventFrame frame;
  events.for_each_rankable(from, to, [&](const RankableEvent& e) {
    frame.add(e.id, e.occurred_utc, e.stream, e.category, e.lat, e.lon);
  });
  return frame;
}

}  // namespace huddle::core
