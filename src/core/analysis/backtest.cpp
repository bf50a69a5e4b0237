#include "core/analysis/backtest.h"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "core/analysis/cell_groups.h"
#include "core/analysis/cell_tally.h"
#include "core/analysis/grid.h"
#include "core/analysis/ranking.h"
#include "core/error.h"

namespace huddle::core {
namespace {

constexpr std::array<BacktestMethod, 3> kMethods = {BacktestMethod::huddle, BacktestMethod::yesterday,
                                                    BacktestMethod::count28};

/// Events of the next 24 hours per cell.
using CellCounts = std::unordered_map<std::uint64_t, long>;

/// The top-k cells of a naive method: plain counts, every cell with an event eligible.
std::vector<Cell> naive_cells(const CellTally& tally, BacktestMethod method, int k) {
  std::vector<double> scores(tally.cells.size());
  std::vector<bool> eligible(tally.cells.size());
  for (std::size_t i = 0; i < tally.cells.size(); ++i) {
    const auto& c = tally.cells[i];
    scores[i] = static_cast<double>(method == BacktestMethod::yesterday ? c.count_24h : c.count_28d);
    eligible[i] = scores[i] > 0;
  }
  std::vector<Cell> out;
  for (const auto& group : group_cells(tally, scores, eligible, static_cast<std::size_t>(k), false)) {
    for (const auto m : group.members) out.push_back(tally.cells[m].cell);
  }
  return out;
}

std::vector<Cell> huddle_cells(const EventFrame& frame, const RankingInput& input) {
  std::vector<Cell> out;
  for (const auto& place : rank_places(frame, input).top) {
    out.insert(out.end(), place.place.cells.begin(), place.place.cells.end());
  }
  return out;
}

/// What `n` cells chosen with hindsight catch: the n busiest of the day.
long best_hits(const CellCounts& next, std::size_t n) {
  std::vector<long> counts;
  counts.reserve(next.size());
  for (const auto& [cell, count] : next) counts.push_back(count);
  const std::size_t take = std::min(n, counts.size());
  std::partial_sort(counts.begin(), counts.begin() + static_cast<long>(take), counts.end(), std::greater<>());
  long sum = 0;
  for (std::size_t i = 0; i < take; ++i) sum += counts[i];
  return sum;
}

}  // namespace

std::string_view to_string(BacktestMethod method) {
  switch (method) {
    case BacktestMethod::huddle: return "huddle";
    case BacktestMethod::yesterday: return "yesterday";
    case BacktestMethod::count28: return "count28";
  }
  return "?";
}

BacktestResult run_backtest(const EventFrame& frame, const BacktestInput& input, const HuddleSchedule& schedule,
                            ProgressSink& progress) {
  if (input.to < input.from) throw Error("the backtest range ends before it starts");
  const Grid grid(input.center_lat, input.center_lon, input.params.grid_metres);
  const auto weights = frame_weights(frame, input.weights);
  BacktestResult result;
  result.from = input.from;
  result.to = input.to;
  result.k = input.k;
  std::unordered_set<std::uint64_t> area;
  for (const auto& e : frame.events) {
    if (weights[e.category] > 0) area.insert(CellTally::key(grid.cell_of(e.lat, e.lon)));
  }
  result.area_cells = static_cast<long>(area.size());

  RankingInput ranking;
  ranking.params = input.params;
  ranking.params.top_k = input.k;
  ranking.params.watch_k = 0;
  ranking.merge = false;  // every method covers k cells: equal areas, so hit rates compare
  ranking.center_lat = input.center_lat;
  ranking.center_lon = input.center_lon;
  ranking.weights = input.weights;

  const long total_days = (std::chrono::sys_days{input.to} - std::chrono::sys_days{input.from}).count() + 1;
  long day_index = 0;
  for (auto day = std::chrono::sys_days{input.from}; day <= std::chrono::sys_days{input.to}; day += std::chrono::days{1}) {
    if (progress.cancelled()) throw Cancelled();
    progress.progress("backtest", day_index++, total_days);
    ranking.window = schedule.window_for(Date{day});
    const UtcTime cutoff = ranking.window.cutoff;
    CellCounts next;
    long next_events = 0;
    for (std::size_t i = frame.lower_bound(cutoff), end = frame.lower_bound(cutoff + std::chrono::days{1}); i < end; ++i) {
      const FrameEvent& e = frame.events[i];
      if (weights[e.category] <= 0) continue;
      ++next[CellTally::key(grid.cell_of(e.lat, e.lon))];
      ++next_events;
    }
    if (next_events == 0) {
      ++result.days_skipped;
      continue;
    }
    ++result.days;
    result.events += next_events;
    const CellTally tally = tally_cells(frame, grid, ranking.window, weights, ranking.params);
    for (const auto method : kMethods) {
      const auto cells = method == BacktestMethod::huddle ? huddle_cells(frame, ranking) : naive_cells(tally, method, input.k);
      MethodScore& score = result.methods[method];
      for (const Cell c : cells) {
        if (const auto it = next.find(CellTally::key(c)); it != next.end()) score.hits += it->second;
      }
      score.best_hits += best_hits(next, cells.size());
      score.cells += static_cast<double>(cells.size());
    }
  }
  progress.progress("backtest", total_days, total_days);
  for (const auto method : kMethods) {
    MethodScore& s = result.methods[method];
    if (result.days == 0) continue;
    s.cells /= result.days;
    s.hit_rate = static_cast<double>(s.hits) / static_cast<double>(result.events);
    s.pai = s.cells > 0 && result.area_cells > 0 ? s.hit_rate / (s.cells / static_cast<double>(result.area_cells)) : 0;
    s.pei = s.best_hits > 0 ? static_cast<double>(s.hits) / static_cast<double>(s.best_hits) : 0;
  }
  return result;
}

}  // namespace huddle::core
