#pragma once
/// \file
/// The rank job: the morning's ranked places, named and explained, with the data-quality box — what
/// `huddle-cli rank`, the Places page and the packets show.

#include <map>
#include <string>
#include <vector>

#include "core/analysis/ranking.h"
#include "core/config/settings.h"
#include "core/model/category.h"
#include "core/store/store.h"

namespace huddle::core {

/// The data-quality box of a ranking.
struct RankingQuality {
  long unlocated = 0;                            ///< Events of the window without a usable point (not ranked).
  long linked = 0;                               ///< Linked repeats in the window (counted once).
  std::map<std::string, UtcTime> latest_event;   ///< Newest stored event per stream.
  std::vector<std::string> silent_streams;       ///< 311, EMS or any stream with data, but none in the window.
};

/// A ranking as people read it.
struct Ranking {
  HuddleWindow window;     ///< The huddle it is for.
  PlaceLists lists;        ///< Top list and watch list, named and explained.
  RankingQuality quality;  ///< The data-quality box.
};

/// Whether a ranking may store the places it listed.
enum class PlaceMemory {
  remember,   ///< A ranking at the newest cutoff so far remembers what it listed.
  read_only,  ///< Nothing is stored: for previews of settings not saved yet.
};

/// Ranks the huddle in force at `at`. Places keep the id and name they had when listed within the last
/// place_memory_days; a ranking at the newest cutoff so far also remembers what it listed (a ranking of an
/// earlier morning, or one with `memory` read_only, changes nothing stored). Throws StorageError.
Ranking rank_huddle(Store& store, const Settings& settings, const std::vector<Category>& categories,
                    const HuddleSchedule& schedule, UtcTime at, PlaceMemory memory = PlaceMemory::remember);

}  // namespace huddle::core
