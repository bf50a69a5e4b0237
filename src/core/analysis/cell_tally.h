#pragma once
/// \file
/// CellTally: one pass over an EventFrame that sums, per grid cell, what the ranking and the backtest read.

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "core/analysis/event_frame.h"
#include "core/analysis/grid.h"
#include "core/analysis/ranking_params.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// Seconds in a day slot: slot d holds the events of [cutoff − (d+1)·24 h, cutoff − d·24 h).
inline constexpr std::int64_t kDaySeconds = 86400;
/// Days of history the burden, the activity and the daily bars look back over.
inline constexpr int kHistoryDays = 28;
/// The baseline is the 28 days that end this many days before the cutoff.
inline constexpr int kBaselineLagDays = 2;

/// The sums of one cell, streams counted separately where the method needs them.
struct CellSums {
  Cell cell;                    ///< Which cell.
  double burden = 0;            ///< Σ weight × 0.5^(age / half-life) over the last 28 days.
  double weighted_7d = 0;       ///< Σ weight over the last 7 days.
  long count_7d = 0;            ///< Events of the last 7 days.
  long count_before_21d = 0;    ///< Events of the 21 days before those.
  long count_28d = 0;           ///< Events of the last 28 days.
  long count_24h = 0;           ///< Events of the last 24 hours.
  std::uint32_t active = 0;     ///< Bit d set when day slot d (0 = the last 24 h) has an event.
  double lat_sum = 0, lon_sum = 0;  ///< Of the last 28 days' points (for a place's centre).
};

/// Per-cell sums at one cutoff, with per-stream window and baseline counts in flat arrays.
struct CellTally {
  std::vector<CellSums> cells;               ///< One per cell with an event in the last 30 days.
  std::vector<long> window_counts;           ///< [cell × streams + stream]: events since the window's start.
  std::vector<long> baseline_counts;         ///< [cell × streams + stream]: events of the baseline 28 days.
  std::size_t streams = 0;                   ///< Stream count of the frame.
  std::unordered_map<std::uint64_t, std::uint32_t> index;  ///< Packed cell → index in `cells`.

  /// Packs a cell into a map key.
  static std::uint64_t key(Cell c) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(c.x)) << 32) | static_cast<std::uint32_t>(c.y);
  }
  /// Index of `c` in `cells`, or -1.
  long find(Cell c) const {
    const auto it = index.find(key(c));
    return it == index.end() ? -1 : static_cast<long>(it->second);
  }
};

/// Sums the frame's events of [window.cutoff − 30 days, window.cutoff). `weights` is indexed like
/// frame.categories; events of a category with weight 0 are left out entirely.
CellTally tally_cells(const EventFrame& frame, const Grid& grid, const HuddleWindow& window,
                      const std::vector<double>& weights, const RankingParams& params);

/// The 8 cells around `c`.
std::vector<Cell> neighbours_of(Cell c);

}  // namespace huddle::core
