#include "core/jobs/packet_job.h"

#include <map>

#include "core/analysis/cell_tally.h"
#include "core/analysis/grid.h"

namespace huddle::core {

Packet gather_packet(Workspace& workspace, const HuddleBrief& brief, UtcTime now) {
  const Settings& settings = workspace.settings;
  Packet packet{.city = settings.city_name,
                .schedule = settings.schedule(),
                .brief = brief,
                .departments = workspace.store->departments().list(),
                .actions = workspace.store->actions().list(),
                .citywide = citywide_trend(workspace.store->events(), brief.ranking.window),
                .categories = workspace.categories,
                .params = settings.ranking,
                .center_lat = settings.center_lat,
                .center_lon = settings.center_lon,
                .boundaries = std::nullopt,
                .paper = settings.paper,
                .generated_utc = now};
  if (!settings.boundary_file.empty()) packet.boundaries = load_boundaries(settings.boundary_file);
  return packet;
}

PacketEventSource packet_events(Store& store, const Packet& packet) {
  return [&store, &packet](const std::function<void(const PacketEvent&)>& visit) {
    // By cell, not by event id: a stored snapshot keeps its places' cells, not their events.
    const Grid grid(packet.center_lat, packet.center_lon, packet.params.grid_metres);
    std::map<Cell, const std::string*> place_of;
    for (const auto* list : {&packet.brief.ranking.lists.top, &packet.brief.ranking.lists.watch}) {
      for (const RankedPlace& p : *list) {
        for (const Cell c : p.place.cells) place_of.emplace(c, &p.place.name);
      }
    }
    const UtcTime cutoff = packet.brief.ranking.window.cutoff;
    const UtcTime from = cutoff - std::chrono::hours{24 * kHistoryDays};
    store.events().for_each_event(from, cutoff, [&](const Event& e) {
      const auto it = e.located() ? place_of.find(grid.cell_of(*e.lat, *e.lon)) : place_of.end();
      visit(PacketEvent{e.occurred_utc, e.stream, e.category, e.raw_type,
                        it == place_of.end() ? std::string_view{} : std::string_view{*it->second}, e.geo_quality});
    });
  };
}

}  // namespace huddle::core
