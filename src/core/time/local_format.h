#pragma once
/// \file
/// Local times as people read them, and as ISO 8601 with the zone's offset.

#include <string>

#include "core/model/time_types.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// "Wed 25 Nov 06:00" in the schedule's zone.
std::string format_local(UtcTime t, const HuddleSchedule& schedule);
/// "Thursday 26 November 2026".
std::string format_long_date(Date d);
/// "2026-11-25T06:00:00-05:00" in the schedule's zone.
std::string format_local_iso(UtcTime t, const HuddleSchedule& schedule);

}  // namespace huddle::core
