#include "core/analysis/ranking.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_map>

#include "core/analysis/cell_groups.h"
#include "core/analysis/cell_tally.h"
#include "core/analysis/grid.h"
#include "core/model/event.h"

namespace huddle::core {
namespace {

/// The burden of each cell plus λ times its neighbours'.
std::vector<double> smoothed_scores(const CellTally& tally, double lambda) {
  std::vector<double> scores(tally.cells.size());
  for (std::size_t i = 0; i < tally.cells.size(); ++i) {
    double s = tally.cells[i].burden;
    if (lambda > 0) {
      for (const Cell n : neighbours_of(tally.cells[i].cell)) {
        if (const long j = tally.find(n); j >= 0) s += lambda * tally.cells[static_cast<std::size_t>(j)].burden;
      }
    }
    scores[i] = s;
  }
  return scores;
}

long window_total(const CellTally& tally, std::size_t cell) {
  long n = 0;
  for (std::size_t s = 0; s < tally.streams; ++s) n += tally.window_counts[cell * tally.streams + s];
  return n;
}

/// The place's figures and tags from its cells' sums.
RankedPlace summarise_group(const EventFrame& frame, const CellTally& tally, const CellGroup& group,
                            const RankingInput& in, const Grid& grid) {
  const RankingParams& p = in.params;
  RankedPlace out;
  out.score = group.score;
  std::vector<long> window(tally.streams, 0), baseline(tally.streams, 0);
  std::uint32_t active = 0;
  long count_28d = 0;
  double lat_sum = 0, lon_sum = 0;
  for (const auto m : group.members) {
    const CellSums& c = tally.cells[m];
    out.place.cells.push_back(c.cell);
    for (std::size_t s = 0; s < tally.streams; ++s) {
      window[s] += tally.window_counts[m * tally.streams + s];
      baseline[s] += tally.baseline_counts[m * tally.streams + s];
    }
    out.counts_7d += c.count_7d;
    out.count_before_21d += c.count_before_21d;
    active |= c.active;
    count_28d += c.count_28d;
    lat_sum += c.lat_sum;
    lon_sum += c.lon_sum;
  }
  if (count_28d > 0) {
    out.place.lat = lat_sum / static_cast<double>(count_28d);
    out.place.lon = lon_sum / static_cast<double>(count_28d);
  } else {
    grid.centre_of(out.place.cells.front(), out.place.lat, out.place.lon);
  }
  out.window_counts[std::string(kStream311)] = 0;
  out.window_counts[std::string(kStreamEms)] = 0;
  const double window_days =
      std::chrono::duration<double>(in.window.cutoff - in.window.start).count() / static_cast<double>(kDaySeconds);
  bool surging = false;
  out.z = -1e9;
  // The change score of each stream, then of all streams together (a surge split between 311 and EMS is a surge).
  const auto consider = [&](long count, long base, const std::string& stream) {
    const double expected = static_cast<double>(base) / kHistoryDays * window_days;
    const double z = 2 * (std::sqrt(static_cast<double>(count)) - std::sqrt(expected));
    if (count + base > 0 && z > out.z) {
      out.z = z;
      out.z_stream = stream;
    }
    if (z >= p.surging_z && count >= p.surging_min_count) surging = true;
  };
  for (std::size_t s = 0; s < tally.streams; ++s) {
    out.window_counts[frame.streams[s]] += window[s];
    out.window_total += window[s];
    out.baseline_total += baseline[s];
    consider(window[s], baseline[s], frame.streams[s]);
  }
  if (tally.streams > 1) consider(out.window_total, out.baseline_total, "all");
  if (out.z_stream.empty()) out.z = 0;
  out.usual_per_day = static_cast<double>(out.baseline_total) / kHistoryDays;
  out.active_days = std::popcount(active);
  out.active_last_3 = std::popcount(active & 0b111u);

  if (out.baseline_total == 0 && out.window_total >= p.new_min_count) out.tags.push_back(PlaceTag::new_place);
  if (surging) out.tags.push_back(PlaceTag::surging);
  if (out.active_days >= p.persistent_days) out.tags.push_back(PlaceTag::persistent);
  if (out.count_before_21d >= p.cooling_min_before &&
      static_cast<double>(out.counts_7d) / 7 <= p.cooling_ratio * static_cast<double>(out.count_before_21d) / 21) {
    out.tags.push_back(PlaceTag::cooling);
  }
  if (out.active_last_3 >= p.repeat_days) out.tags.push_back(PlaceTag::repeat);
  return out;
}

/// Daily bars, window categories and the event ids of the chosen places: one more pass over 28 days.
void add_details(const EventFrame& frame, const Grid& grid, const std::vector<double>& weights,
                 const HuddleWindow& window, std::vector<RankedPlace*>& places) {
  std::unordered_map<std::uint64_t, std::size_t> owner;
  for (std::size_t i = 0; i < places.size(); ++i) {
    for (const Cell c : places[i]->place.cells) owner[CellTally::key(c)] = i;
    for (const auto& [stream, n] : places[i]->window_counts) places[i]->daily[stream].assign(kHistoryDays, 0);
  }
  const std::int64_t cutoff = window.cutoff.time_since_epoch().count();
  const std::int64_t start = window.start.time_since_epoch().count();
  const std::size_t last = frame.lower_bound(window.cutoff);
  for (std::size_t i = frame.lower_bound(window.cutoff - std::chrono::days{kHistoryDays}); i < last; ++i) {
    const FrameEvent& e = frame.events[i];
    if (weights[e.category] <= 0) continue;
    const auto it = owner.find(CellTally::key(grid.cell_of(e.lat, e.lon)));
    if (it == owner.end()) continue;
    RankedPlace& p = *places[it->second];
    const auto day = static_cast<std::size_t>((cutoff - e.t - 1) / kDaySeconds);
    p.daily[frame.streams[e.stream]][kHistoryDays - 1 - day] += 1;
    if (e.t >= start) p.window_categories[frame.categories[e.category]] += 1;
    p.event_ids.push_back(e.id);
  }
}

/// Keeps the id and name of the remembered place each chosen place overlaps most; new places get the id of
/// their seed cell.
void assign_ids(std::vector<RankedPlace*>& places, const std::vector<RememberedPlace>& memory) {
  std::vector<bool> claimed(memory.size(), false);
  std::vector<std::string> used;
  for (RankedPlace* p : places) {
    std::size_t best = memory.size();
    long best_overlap = 0;
    for (std::size_t m = 0; m < memory.size(); ++m) {
      if (claimed[m]) continue;
      long overlap = 0;
      for (const Cell c : p->place.cells) {
        overlap += std::count(memory[m].place.cells.begin(), memory[m].place.cells.end(), c);
      }
      if (overlap > best_overlap) {
        best_overlap = overlap;
        best = m;
      }
    }
    if (best < memory.size()) {
      claimed[best] = true;
      p->place.id = memory[best].place.id;
      p->place.name = memory[best].place.name;
    } else {
      const std::string base = Grid::cell_id(p->place.cells.front());
      p->place.id = base;
      for (int n = 2; std::find(used.begin(), used.end(), p->place.id) != used.end(); ++n) {
        p->place.id = base + "-" + std::to_string(n);
      }
    }
    used.push_back(p->place.id);
  }
}

}  // namespace

std::string_view to_string(PlaceTag tag) {
  switch (tag) {
    case PlaceTag::new_place: return "New";
    case PlaceTag::surging: return "Surging";
    case PlaceTag::persistent: return "Persistent";
    case PlaceTag::cooling: return "Cooling";
    case PlaceTag::repeat: return "Repeat";
    case PlaceTag::few_reports: return "Few reports";
    case PlaceTag::action_open: return "Action open";
  }
  return "?";
}

bool RankedPlace::has(PlaceTag tag) const { return std::find(tags.begin(), tags.end(), tag) != tags.end(); }

std::vector<double> frame_weights(const EventFrame& frame, const std::map<std::string, double>& weights) {
  std::vector<double> out;
  for (const auto& id : frame.categories) {
    const auto it = weights.find(id);
    out.push_back(it == weights.end() ? 0.0 : it->second);
  }
  return out;
}

PlaceLists rank_places(const EventFrame& frame, const RankingInput& in) {
  const Grid grid(in.center_lat, in.center_lon, in.params.grid_metres);
  const auto weights = frame_weights(frame, in.weights);
  const CellTally tally = tally_cells(frame, grid, in.window, weights, in.params);
  const auto scores = smoothed_scores(tally, in.params.smoothing);
  std::vector<bool> eligible(tally.cells.size());
  for (std::size_t i = 0; i < tally.cells.size(); ++i) {
    eligible[i] = tally.cells[i].weighted_7d >= in.params.min_weighted_7d ||
                  window_total(tally, i) >= in.params.min_window_count;
  }
  PlaceLists lists;
  const auto top_k = static_cast<std::size_t>(in.params.top_k);
  for (const auto& group : group_cells(tally, scores, eligible, 0, in.merge)) {
    RankedPlace place = summarise_group(frame, tally, group, in, grid);
    if (lists.top.size() < top_k) {
      lists.top.push_back(std::move(place));
    } else if (place.has(PlaceTag::new_place) || place.has(PlaceTag::surging)) {
      lists.watch.push_back(std::move(place));
    }
  }
  if (in.params.fill_top_list && lists.top.size() < top_k) {
    // Too few places have enough reports: the next ones by score fill the list, tagged as such.
    std::vector<bool> rest(tally.cells.size());
    for (std::size_t i = 0; i < tally.cells.size(); ++i) rest[i] = !eligible[i] && scores[i] > 0;
    for (const auto& group : group_cells(tally, scores, rest, top_k - lists.top.size(), in.merge)) {
      lists.top.push_back(summarise_group(frame, tally, group, in, grid));
      lists.top.back().tags.push_back(PlaceTag::few_reports);
    }
  }
  std::stable_sort(lists.watch.begin(), lists.watch.end(),
                   [](const RankedPlace& a, const RankedPlace& b) { return a.z > b.z; });
  if (lists.watch.size() > static_cast<std::size_t>(in.params.watch_k)) lists.watch.resize(static_cast<std::size_t>(in.params.watch_k));
  std::vector<RankedPlace*> chosen;
  for (auto* list : {&lists.top, &lists.watch}) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      (*list)[i].rank = static_cast<int>(i + 1);
      chosen.push_back(&(*list)[i]);
    }
  }
  add_details(frame, grid, weights, in.window, chosen);
  assign_ids(chosen, in.memory);
  return lists;
}

}  // namespace huddle::core
