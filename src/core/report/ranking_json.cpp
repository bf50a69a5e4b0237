#include "core/report/ranking_json.h"

#include <nlohmann/json.hpp>

#include "core/time/local_format.h"

namespace huddle::core {
namespace {

nlohmann::json place_json(const RankedPlace& p) {
  nlohmann::json tags = nlohmann::json::array();
  for (const auto tag : p.tags) tags.push_back(std::string(to_string(tag)));
  return {{"rank", p.rank},
          {"id", p.place.id},
          {"name", p.place.name},
          {"lat", p.place.lat},
          {"lon", p.place.lon},
          {"score", p.score},
          {"window_counts", p.window_counts},
          {"window_categories", p.window_categories},
          {"counts_7d", p.counts_7d},
          {"usual_per_day", p.usual_per_day},
          {"z", p.z},
          {"active_days", p.active_days},
          {"daily", p.daily},
          {"cells", p.place.cells.size()},
          {"tags", tags},
          {"open_actions", p.open_actions.size()},
          {"explanation", p.explanation}};
}

nlohmann::json places_json(const std::vector<RankedPlace>& places) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : places) out.push_back(place_json(p));
  return out;
}

}  // namespace

std::string format_ranking_json(const Ranking& ranking, const HuddleSchedule& schedule) {
  nlohmann::json latest = nlohmann::json::object();
  for (const auto& [stream, t] : ranking.quality.latest_event) latest[stream] = format_local_iso(t, schedule);
  const nlohmann::json out = {{"cutoff", format_local_iso(ranking.window.cutoff, schedule)},
                              {"window_start", format_local_iso(ranking.window.start, schedule)},
                              {"places", places_json(ranking.lists.top)},
                              {"watch", places_json(ranking.lists.watch)},
                              {"data_quality",
                               {{"unlocated", ranking.quality.unlocated},
                                {"linked", ranking.quality.linked},
                                {"latest_event", latest},
                                {"silent_streams", ranking.quality.silent_streams}}}};
  return out.dump(2) + "\n";
}

}  // namespace huddle::core
