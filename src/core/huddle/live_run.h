#pragma once
/// \file
/// A huddle run live: the item the room is on, since when, and the time each item took; the clock may be paused.

#include <cstddef>
#include <optional>
#include <vector>

#include "core/model/huddle.h"

namespace huddle::core {

/// Where a live huddle is.
struct LiveRun {
  std::size_t current = 0;  ///< Index in the run-of-show of the item being discussed.
  UtcTime since{};          ///< When the room came to it (moved on by the length of each pause).
  std::optional<UtcTime> paused_at;  ///< When the clock was paused, while it is.
};

/// Starts the run at `now`, or resumes it (a huddle reopened, or the program started again): on the first item
/// without an actual time, or on the last item when every item has one. Throws huddle::Error for an empty
/// run-of-show.
LiveRun start_live_run(const std::vector<AgendaItem>& items, UtcTime now);

/// Seconds the current item has taken at `now`: the time recorded for it earlier (the room came back to it) plus
/// the time since the room came to it, pauses excluded (while paused, the clock stands where the pause began).
int running_seconds(const std::vector<AgendaItem>& items, const LiveRun& run, UtcTime now);

/// Ends the current item at `now` (its actual time becomes running_seconds) and moves the run to item `to`
/// (clamped to the last item) from `now`, its clock running (a pause ends with the item it paused). Returns the
/// index of the item whose actual time was set, to be stored.
std::size_t move_live_run(std::vector<AgendaItem>& items, LiveRun& run, std::size_t to, UtcTime now);

/// Sets the current item's actual time to running_seconds at `now` without moving on (to be stored, e.g. when the
/// chair leaves presenter mode); its clock goes on from there, or stays paused. Returns the item's index.
std::size_t record_live_run(std::vector<AgendaItem>& items, LiveRun& run, UtcTime now);

/// Stops the current item's clock at `now`; nothing when it is paused already.
void pause_live_run(LiveRun& run, UtcTime now);

/// Starts the current item's clock again at `now`: the pause does not count towards its time. Nothing when it
/// runs.
void resume_live_run(LiveRun& run, UtcTime now);

}  // namespace huddle::core
