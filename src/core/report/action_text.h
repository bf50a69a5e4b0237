#pragma once
/// \file
/// The action tracker, an action's history and a refused change as plain text for a terminal (`huddle-cli actions`).

#include <string>
#include <vector>

#include "core/huddle/action_tracker.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// `rows` (in tracker order) as an aligned table under one heading per group ("Overdue (2)"): id, status, due date,
/// age in days, department, owner, title and place.
std::string format_tracker_text(const std::vector<TrackerRow>& rows);

/// `action`'s title, then one line per change of `changes` (oldest first): local time, who, field, old → new.
std::string format_history_text(const Action& action, const std::vector<ActionChange>& changes,
                                const HuddleSchedule& schedule);

/// Why a change to `fresh` was refused — `last` (its newest change) was saved first — and the values it holds now.
std::string format_conflict_text(const Action& fresh, const ActionChange& last, const HuddleSchedule& schedule);

}  // namespace huddle::core
