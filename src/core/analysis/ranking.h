#pragma once
/// \file
/// The ranking of high-response places at a huddle's cutoff (ARCHITECTURE §6): burden, baseline and change,
/// tags, the top list and the watch list. Pure: events, settings and remembered places in; places out.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/event_frame.h"
#include "core/analysis/ranking_params.h"
#include "core/model/action.h"
#include "core/model/place.h"
#include "core/store/place_repository.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// Why a place is on the list, in words the huddle uses.
enum class PlaceTag { new_place, surging, persistent, cooling, repeat, few_reports, action_open };
/// "New", "Surging", "Persistent", "Cooling", "Repeat", "Few reports", "Action open".
std::string_view to_string(PlaceTag tag);

/// A listed place and every figure its row, card and explanation show.
struct RankedPlace {
  int rank = 0;                                  ///< 1-based position in its list.
  Place place;                                   ///< Id, name (empty until named), centre, cells.
  double score = 0;                              ///< Burden (smoothed) of its cells.
  std::map<std::string, long> window_counts;     ///< Per stream: events since the last huddle's cutoff.
  std::map<std::string, long> window_categories; ///< Per category id: events since the last huddle's cutoff.
  long window_total = 0;                         ///< All events since the last huddle's cutoff.
  long counts_7d = 0;                            ///< Events of the last 7 days.
  long count_before_21d = 0;                     ///< Events of the 21 days before those.
  long baseline_total = 0;                       ///< Events of the baseline 28 days (ending 2 days before).
  double usual_per_day = 0;                      ///< baseline_total / 28.
  double z = 0;                                  ///< Largest change score 2(√C − √E), per stream or of all.
  std::string z_stream;                          ///< The stream of that z, or "all".
  int active_days = 0;                           ///< Day slots of the last 28 with an event.
  int active_last_3 = 0;                         ///< Of the last 3.
  std::vector<PlaceTag> tags;                    ///< In enum order.
  std::map<std::string, std::vector<long>> daily;  ///< Per stream: 28 day-slot counts, oldest first.
  std::vector<std::int64_t> event_ids;           ///< Its counted events of the last 28 days, oldest first.
  std::vector<Action> open_actions;              ///< Open actions on the place (filled by the rank job).
  std::string explanation;                       ///< One sentence (filled by the rank job).

  /// True when the place carries `tag`.
  bool has(PlaceTag tag) const;
};

/// What one ranking needs besides the events.
struct RankingInput {
  HuddleWindow window;                  ///< The huddle's window; the cutoff is "now" for the ranking.
  RankingParams params;                 ///< The method's figures.
  double center_lat = 0, center_lon = 0;  ///< Grid origin.
  std::map<std::string, double> weights;  ///< Category id → weight; categories not named weigh 0.
  std::vector<RememberedPlace> memory;    ///< Places listed recently: their ids and names are kept.
  bool merge = true;                      ///< Merge adjacent listed cells (the backtest scores single cells).
};

/// The top list and the watch list.
struct PlaceLists {
  std::vector<RankedPlace> top;    ///< Highest score first, at most top_k; places below the listing rule last.
  std::vector<RankedPlace> watch;  ///< New or Surging places not in `top`, largest z first, at most watch_k.
};

/// Ranks the frame's events (which must cover [cutoff − 30 days, cutoff)) at the window's cutoff.
PlaceLists rank_places(const EventFrame& frame, const RankingInput& input);

/// Weights indexed like frame.categories.
std::vector<double> frame_weights(const EventFrame& frame, const std::map<std::string, double>& weights);

}  // namespace huddle::core
