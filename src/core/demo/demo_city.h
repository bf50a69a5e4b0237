#pragma once
/// \file
/// The built-in synthetic city: a deterministic generator of events, past huddles and actions.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/config/settings.h"
#include "core/model/action.h"
#include "core/model/department.h"
#include "core/model/event.h"
#include "core/model/huddle.h"

namespace huddle::core::demo {

/// What to generate.
struct DemoOptions {
  int days = 60;            ///< Days of events, the last one being today.
  std::uint64_t seed = 42;  ///< Same seed, settings and clock give the same city, event for event.
};

/// A later status change of a demo action.
struct DemoStep {
  UtcTime when{};             ///< When it was made.
  std::string who;            ///< Seat user name.
  ActionStatus status{};      ///< New status.
  std::string note;           ///< Note written with it.
};

/// One demo action as created, and what happened to it afterwards.
struct DemoAction {
  Action action;                ///< As created (department_id resolved from the departments given).
  std::string created_by;       ///< Seat user name of the creator.
  std::vector<DemoStep> steps;  ///< Later changes, oldest first.
};

/// One past huddle with the actions agreed at it.
struct DemoHuddle {
  Huddle huddle;                    ///< Closed huddle with attendance (department ids).
  std::vector<DemoAction> actions;  ///< Agreed at it.
};

/// Everything the generator makes.
struct DemoCity {
  std::vector<Event> events;  ///< Oldest first; ids unset; source ids unique per stream.
  std::vector<std::pair<std::size_t, std::size_t>> repeats;  ///< (repeat index, original index) into `events`.
  std::vector<DemoHuddle> huddles;                           ///< Oldest first.
};

/// Generates `options.days` days of 311 and EMS events ending at `now` (events never lie in the future), and the
/// huddles of the last three weeks before today with their actions. `departments` must be stored (ids set).
/// Throws huddle::Error when `options.days` is outside 1..3650 or `departments` is empty.
DemoCity generate_demo_city(const DemoOptions& options, const Settings& settings,
                            const std::vector<Department>& departments, UtcTime now);

}  // namespace huddle::core::demo
