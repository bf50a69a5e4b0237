#include "core/analysis/cell_tally.h"

#include <cmath>

namespace huddle::core {

CellTally tally_cells(const EventFrame& frame, const Grid& grid, const HuddleWindow& window,
                      const std::vector<double>& weights, const RankingParams& params) {
  CellTally tally;
  tally.streams = frame.streams.size();
  const std::int64_t cutoff = window.cutoff.time_since_epoch().count();
  const std::int64_t window_start = window.start.time_since_epoch().count();
  const std::int64_t baseline_end = cutoff - kBaselineLagDays * kDaySeconds;
  const std::int64_t baseline_start = baseline_end - kHistoryDays * kDaySeconds;
  const double decay_per_second = std::log(0.5) / (params.half_life_days * kDaySeconds);

  const std::size_t first = frame.lower_bound(UtcTime{std::chrono::seconds{baseline_start}});
  const std::size_t last = frame.lower_bound(window.cutoff);
  tally.index.reserve(4096);
  for (std::size_t i = first; i < last; ++i) {
    const FrameEvent& e = frame.events[i];
    const double weight = weights[e.category];
    if (weight <= 0) continue;
    const Cell cell = grid.cell_of(e.lat, e.lon);
    const auto [it, inserted] = tally.index.try_emplace(CellTally::key(cell), static_cast<std::uint32_t>(tally.cells.size()));
    if (inserted) {
      tally.cells.push_back(CellSums{cell});
      tally.window_counts.resize(tally.window_counts.size() + tally.streams, 0);
      tally.baseline_counts.resize(tally.baseline_counts.size() + tally.streams, 0);
    }
    const std::size_t c = it->second;
    CellSums& s = tally.cells[c];
    const std::int64_t age = cutoff - e.t;
    if (e.t < baseline_end) ++tally.baseline_counts[c * tally.streams + e.stream];
    if (e.t >= window_start) ++tally.window_counts[c * tally.streams + e.stream];
    if (age > kHistoryDays * kDaySeconds) continue;
    const auto day = static_cast<int>((age - 1) / kDaySeconds);  // age is in (0, 28 days]
    s.burden += weight * std::exp(decay_per_second * static_cast<double>(age));
    s.active |= std::uint32_t{1} << day;
    ++s.count_28d;
    s.lat_sum += e.lat;
    s.lon_sum += e.lon;
    if (day == 0) ++s.count_24h;
    if (day < 7) {
      s.weighted_7d += weight;
      ++s.count_7d;
    } else {
      ++s.count_before_21d;
    }
  }
  return tally;
}

std::vector<Cell> neighbours_of(Cell c) {
  std::vector<Cell> out;
  out.reserve(8);
  for (int dy = -1; dy <= 1; ++dy) {
    for (int dx = -1; dx <= 1; ++dx) {
      if (dx != 0 || dy != 0) out.push_back(Cell{c.x + dx, c.y + dy});
    }
  }
  return out;
}

}  // namespace huddle::core
