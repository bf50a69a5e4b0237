#pragma once
/// \file
/// How the tracker groups actions on a huddle date: overdue, due today, open, closed.

#include <string_view>
#include <vector>

#include "core/model/action.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// The tracker's groups, in the order the huddle goes through them.
enum class ActionGroup { overdue, due_today, open, closed };
/// Stable text for an ActionGroup, as written in JSON: overdue, due_today, open, closed.
std::string_view to_string(ActionGroup group);

/// The group of `action` on local date `today`: open actions due before today are overdue.
ActionGroup group_of(const Action& action, Date today);
/// Whole local days since the action was created, on local date `today` (0 on the day it was created).
int age_in_days(const Action& action, const HuddleSchedule& schedule, Date today);
/// `actions` in tracker order: by group, then due date (undated last), then id.
std::vector<Action> in_tracker_order(std::vector<Action> actions, Date today);

}  // namespace huddle::core
