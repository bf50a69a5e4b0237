#pragma once
/// \file
/// The huddle job: a morning's huddle created with a snapshot of its ranking and a drafted run-of-show, then
/// run (draft → live → closed), as the GUI, `huddle-cli brief` and the packets see it.

#include <vector>

#include "core/config/settings.h"
#include "core/jobs/rank_job.h"
#include "core/model/category.h"
#include "core/model/huddle.h"
#include "core/store/store.h"

namespace huddle::core {

/// A huddle with everything the room reads: its ranking (the snapshot), run-of-show and carried-over actions.
struct HuddleBrief {
  Huddle huddle;                   ///< The stored huddle.
  Ranking ranking;                 ///< Its ranking as it stood when the huddle was created.
  std::vector<AgendaItem> agenda;  ///< The run-of-show, in order.
  std::vector<Action> carried;     ///< Actions still open, in tracker order (overdue, due today, open).
  std::vector<NoAction> no_actions;  ///< Places where "no action" was agreed.
};

/// The huddle of local date `date`: the stored one, or a new draft — ranked at its cutoff (the snapshot), every
/// active department present, the run-of-show drafted — all stored in one transaction. Throws StorageError.
HuddleBrief open_huddle(Store& store, const Settings& settings, const std::vector<Category>& categories,
                        const HuddleSchedule& schedule, Date date);

/// Reads a stored huddle's brief (nothing is ranked again; a huddle stored without a snapshot has an empty ranking
/// of its window). Throws StorageError, or huddle::Error for a broken snapshot.
HuddleBrief read_brief(Store& store, const Huddle& huddle);

/// Moves a huddle to `state` (draft → live → closed; a closed huddle may be reopened as live). Throws
/// huddle::Error for another move.
void set_huddle_state(Store& store, Huddle& huddle, HuddleState state);

}  // namespace huddle::core
