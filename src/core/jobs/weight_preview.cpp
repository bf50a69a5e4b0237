#include "core/jobs/weight_preview.h"

#include <algorithm>

#include "core/jobs/rank_job.h"

namespace huddle::core {

std::vector<TopListMove> compare_top_lists(const std::vector<RankedPlace>& before,
                                           const std::vector<RankedPlace>& after) {
  const auto rank_in = [](const std::vector<RankedPlace>& list, const std::string& id) -> std::optional<int> {
    const auto it = std::find_if(list.begin(), list.end(), [&](const RankedPlace& p) { return p.place.id == id; });
    if (it == list.end()) return std::nullopt;
    return static_cast<int>(it - list.begin()) + 1;
  };
  std::vector<TopListMove> out;
  for (const auto& p : after)
    out.push_back({p.place.id, p.place.name, rank_in(before, p.place.id), rank_in(after, p.place.id)});
  for (const auto& p : before) {
    if (!rank_in(after, p.place.id))
      out.push_back({p.place.id, p.place.name, rank_in(before, p.place.id), std::nullopt});
  }
  return out;
}

std::vector<TopListMove> preview_weights(Store& store, const Settings& settings, const std::vector<Category>& current,
                                         const std::vector<Category>& edited, UtcTime at) {
  const HuddleSchedule schedule = settings.schedule();
  const Ranking now = rank_huddle(store, settings, current, schedule, at, PlaceMemory::read_only);
  const Ranking then = rank_huddle(store, settings, edited, schedule, at, PlaceMemory::read_only);
  return compare_top_lists(now.lists.top, then.lists.top);
}

std::map<std::string, double> weight_overrides(const std::vector<Category>& shipped,
                                               const std::vector<Category>& edited) {
  std::map<std::string, double> out;
  for (const auto& c : edited) {
    const auto it = std::find_if(shipped.begin(), shipped.end(), [&](const Category& s) { return s.id == c.id; });
    if (it == shipped.end() || it->weight != c.weight) out[c.id] = c.weight;
  }
  return out;
}

}  // namespace huddle::core
