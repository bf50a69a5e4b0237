#include "core/analysis/place_events.h"

#include <algorithm>
#include <chrono>

#include "core/analysis/cell_tally.h"
#include "core/analysis/grid.h"
#include "core/analysis/place_naming.h"

namespace huddle::core {

std::map<std::string, PlaceEvents> events_of_places(const EventRepository& events, const PlaceLists& lists,
                                                    UtcTime cutoff, const Settings& settings,
                                                    const std::vector<Category>& categories) {
  std::map<std::string, PlaceEvents> out;
  std::map<Cell, std::string> owner;  // cell → id of the listed place covering it
  for (const auto* list : {&lists.top, &lists.watch}) {
    for (const auto& p : *list) {
      out[p.place.id];
      for (const Cell c : p.place.cells) owner[c] = p.place.id;
    }
  }
  if (owner.empty()) return out;
  std::map<std::string, double> weights;
  for (const auto& c : categories) weights[c.id] = c.weight;
  const Grid grid(settings.center_lat, settings.center_lon, settings.ranking.grid_metres);

  std::map<std::string, std::map<std::pair<std::string, std::string>, EventTypeCount>> types;
  for (auto& e : events.in_range(cutoff - std::chrono::days{kHistoryDays}, cutoff)) {
    if (e.linked_to || !e.located()) continue;
    const auto weight = weights.find(e.category);
    if (weight == weights.end() || weight->second <= 0) continue;
    const auto place = owner.find(grid.cell_of(*e.lat, *e.lon));
    if (place == owner.end()) continue;
    auto& type = types[place->second][{e.stream, e.raw_type}];
    if (type.count++ == 0) type = {e.stream, e.raw_type, e.category, 1};
    out[place->second].events.push_back({e.occurred_utc, std::move(e.stream), std::move(e.category),
                                         std::move(e.raw_type), block_level_address(e.address)});
  }
  for (auto& [id, place] : out) {
    std::reverse(place.events.begin(), place.events.end());  // in_range is oldest first
    for (auto& [key, type] : types[id]) place.types.push_back(std::move(type));
    std::stable_sort(place.types.begin(), place.types.end(),
                     [](const EventTypeCount& a, const EventTypeCount& b) { return a.count > b.count; });
  }
  return out;
}

}  // namespace huddle::core
