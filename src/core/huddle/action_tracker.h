#pragma once
/// \file
/// The action tracker as a list: which actions a view shows and what each row carries (the `actions list` command
/// and the Actions page).

#include <cstdint>
#include <optional>
#include <vector>

#include "core/huddle/action_groups.h"
#include "core/model/department.h"
#include "core/store/store.h"

namespace huddle::core {

/// Which actions a tracker view shows. By default every action that still needs work.
struct ActionFilter {
  std::optional<std::int64_t> department_id;  ///< Only this department's actions.
  std::optional<ActionStatus> status;         ///< Only actions with this status (done or dropped shows closed ones).
  bool overdue_only = false;                  ///< Only overdue actions.
  bool include_closed = false;                ///< Done and dropped actions too, without a status filter.
};

/// One action as the tracker shows it.
struct TrackerRow {
  Action action;                          ///< The stored action.
  Department department;                  ///< Its department.
  ActionGroup group = ActionGroup::open;  ///< Overdue, due today, open or closed on the tracker's date.
  int age_days = 0;                       ///< Whole local days since it was created.
  std::optional<Date> huddle_date;        ///< The date of the huddle that agreed it, if any.
};

/// The stored actions that pass `filter`, in tracker order on huddle date `today` (overdue, due today, open, closed;
/// then by due date). Throws StorageError.
std::vector<TrackerRow> tracker_rows(Store& store, const HuddleSchedule& schedule, Date today,
                                     const ActionFilter& filter);

}  // namespace huddle::core
