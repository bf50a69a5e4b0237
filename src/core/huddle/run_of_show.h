#pragma once
/// \file
/// The run-of-show: the time-boxed agenda drafted from the morning's ranking, open actions and who is present.

#include <vector>

#include "core/jobs/rank_job.h"
#include "core/model/action.h"
#include "core/model/department.h"
#include "core/model/huddle.h"

namespace huddle::core {

/// Time boxes of the drafted items, in seconds.
struct RunOfShowTimes {
  int data_safety = 120;      ///< Data and safety-critical items.
  int per_place = 40;         ///< Each top place.
  int watch_list = 60;        ///< The watch list, when it has places.
  int actions = 180;          ///< Overdue and due-today actions, when there are any.
  int elevated_risk = 120;    ///< Individuals at elevated risk (reported verbally; no names recorded).
  int per_department = 20;    ///< Each department present, in the round-robin.
  int parking_lot = 60;       ///< What did not fit.
};

/// Drafts the run-of-show: data and safety-critical items, one item per top place, the watch list, the overdue
/// and due-today actions, individuals at elevated risk, one round-robin item per department present (in their
/// sort order), the parking lot. Presenters: the coordination department chairs the data item, a health or
/// outreach department present reports on elevated risk; each round-robin item is its department's.
std::vector<AgendaItem> draft_run_of_show(const Ranking& ranking, const std::vector<Action>& open_actions,
                                          const std::vector<Department>& present, const RunOfShowTimes& times = {});

/// The planned length of a run-of-show, in seconds.
int planned_seconds(const std::vector<AgendaItem>& items);

}  // namespace huddle::core
