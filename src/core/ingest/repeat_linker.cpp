#include "core/ingest/repeat_linker.h"

#include <cmath>
#include <deque>
#include <numbers>
#include <unordered_map>

namespace huddle::core {
namespace {

constexpr double kMetresPerDegree = 111195.0;

std::int64_t cell_key(long x, long y) { return (static_cast<std::int64_t>(x) << 32) ^ (y & 0xffffffffLL); }

}  // namespace

std::vector<std::optional<std::int64_t>> compute_links(const std::vector<LocatedEvent>& events, const RepeatRule& rule) {
  std::vector<std::optional<std::int64_t>> links(events.size());
  std::size_t begin = 0;
  while (begin < events.size()) {
    std::size_t end = begin;
    while (end < events.size() && events[end].category == events[begin].category) ++end;
    // One category at a time: a grid of cells one rule-distance wide holds the recent first reports (roots), so
    // each event looks at the 3 x 3 cells around it only.
    const double cos_lat = std::cos(events[begin].lat * std::numbers::pi / 180.0);
    std::unordered_map<std::int64_t, std::deque<std::size_t>> roots;
    for (std::size_t i = begin; i < end; ++i) {
      const auto& e = events[i];
      const double x = e.lon * kMetresPerDegree * cos_lat, y = e.lat * kMetresPerDegree;
      const long cx = static_cast<long>(std::floor(x / rule.metres)), cy = static_cast<long>(std::floor(y / rule.metres));
      std::optional<std::size_t> best;
      for (long dx = -1; dx <= 1; ++dx) {
        for (long dy = -1; dy <= 1; ++dy) {
          auto it = roots.find(cell_key(cx + dx, cy + dy));
          if (it == roots.end()) continue;
          auto& cell = it->second;
          while (!cell.empty() && e.occurred_utc - events[cell.front()].occurred_utc > rule.window) cell.pop_front();
          for (std::size_t r : cell) {
            const auto& o = events[r];
            const double ox = o.lon * kMetresPerDegree * cos_lat, oy = o.lat * kMetresPerDegree;
            if (std::hypot(ox - x, oy - y) > rule.metres) continue;
            if (!best || o.occurred_utc < events[*best].occurred_utc ||
                (o.occurred_utc == events[*best].occurred_utc && o.id < events[*best].id)) {
              best = r;
            }
            break;  // roots in a cell are in time order: the first near one is that cell's earliest
          }
        }
      }
      if (best) links[i] = events[*best].id;
      else roots[cell_key(cx, cy)].push_back(i);
    }
    begin = end;
  }
  return links;
}

}  // namespace huddle::core
