#include "core/analysis/place_events.h"

#include <algorithm>

#include "core/analysis/place_naming.h"

namespace huddle::core {

std::map<std::string, PlaceEvents> events_of_places(const EventRepository& events, const PlaceLists& lists) {
  std::map<std::string, PlaceEvents> out;
  for (const auto* list : {&lists.top, &lists.watch}) {
    for (const auto& p : *list) {
      PlaceEvents& place = out[p.place.id];
      std::map<std::pair<std::string, std::string>, EventTypeCount> types;
      for (auto& e : events.by_ids(p.event_ids)) {
        auto& type = types[{e.stream, e.raw_type}];
        if (type.count++ == 0) type = {e.stream, e.raw_type, e.category, 1};
        place.events.push_back({e.occurred_utc, std::move(e.stream), std::move(e.category), std::move(e.raw_type),
                                block_level_address(e.address)});
      }
      std::reverse(place.events.begin(), place.events.end());  // event_ids are oldest first
      for (auto& [key, type] : types) place.types.push_back(std::move(type));
      std::stable_sort(place.types.begin(), place.types.end(),
                       [](const EventTypeCount& a, const EventTypeCount& b) { return a.count > b.count; });
    }
  }
  return out;
}

}  // namespace huddle::core
