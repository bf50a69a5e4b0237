#pragma once
/// \file
/// RankingParams: the ranking's tunable figures (settings.toml [ranking]); defaults are the shipped method.

namespace huddle::core {

/// Every figure of the ranking method (ARCHITECTURE §6). Defaults were tuned by backtest (bench/README.md).
struct RankingParams {
  double grid_metres = 150;        ///< Cell edge.
  int top_k = 10;                  ///< Places in the top list.
  int watch_k = 5;                 ///< At most this many New or Surging places on the watch list.
  double half_life_days = 7;       ///< Age at which an event's weight in the burden halves.
  double smoothing = 0;            ///< λ: share of the 8 neighbours' burden added to a cell's score.
  double min_weighted_7d = 3;      ///< Listed with at least this weighted count in the last 7 days ...
  int min_window_count = 2;        ///< ... or at least this many events since the last huddle.
  bool fill_top_list = true;       ///< With fewer such places than top_k, fill the list by score ("Few reports").
  double surging_z = 3;            ///< Surging: z at least this ...
  int surging_min_count = 3;       ///< ... on at least this many events of the stream since the last huddle.
  int new_min_count = 2;           ///< New: nothing in the baseline and at least this many since the last huddle.
  int persistent_days = 20;        ///< Persistent: active on at least this many of the last 28 days.
  double cooling_ratio = 0.5;      ///< Cooling: the last 7 days at most this share of the 21 days before's rate ...
  int cooling_min_before = 6;      ///< ... which held at least this many events.
  int repeat_days = 2;             ///< Repeat: active on at least this many of the last 3 days.
  int place_memory_days = 7;       ///< A place keeps its id and name while listed within this many days.

  /// Figure by figure.
  friend bool operator==(const RankingParams&, const RankingParams&) = default;
};

}  // namespace huddle::core
