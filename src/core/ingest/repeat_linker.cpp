#include "core/ingest/repeat_linker.h"

#include <cmath>
#include <numbers>

namespace huddle::core {
namespace {

constexpr double kMetresPerDegree = 111195.0;

std::int64_t cell_key(long x, long y) { return (static_cast<std::int64_t>(x) << 32) ^ (y & 0xffffffffLL); }

}  // namespace

RepeatLinker::RepeatLinker(RepeatRule rule) : m_rule(rule) {}

std::optional<std::int64_t> RepeatLinker::add(const LocatedEvent& e) {
  if (!m_cos_lat) m_cos_lat = std::cos(e.lat * std::numbers::pi / 180.0);
  const double x = e.lon * kMetresPerDegree * *m_cos_lat, y = e.lat * kMetresPerDegree;
  const long cx = static_cast<long>(std::floor(x / m_rule.metres)), cy = static_cast<long>(std::floor(y / m_rule.metres));
  auto& cells = m_roots[e.category];
  const Root* best = nullptr;
  for (long dx = -1; dx <= 1; ++dx) {
    for (long dy = -1; dy <= 1; ++dy) {
      auto it = cells.find(cell_key(cx + dx, cy + dy));
      if (it == cells.end()) continue;
      auto& cell = it->second;
      while (!cell.empty() && e.occurred_utc - cell.front().time > m_rule.window) cell.pop_front();
      if (cell.empty()) {
        cells.erase(it);  // keeps memory to the cells active in the last window
        continue;
      }
      for (const Root& r : cell) {
        if (std::hypot(r.x - x, r.y - y) > m_rule.metres) continue;
        if (!best || r.time < best->time || (r.time == best->time && r.id < best->id)) best = &r;
        break;  // roots in a cell are in time order: the first near one is that cell's earliest
      }
    }
  }
  if (best) return best->id;
  cells[cell_key(cx, cy)].push_back({e.id, e.occurred_utc, x, y});
  return std::nullopt;
}

}  // namespace huddle::core
