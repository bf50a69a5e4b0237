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

/// "Fri 27 Nov" for a local date.
std::string format_short_date(Date d);
/// How a sentence names instant `t` seen from local date `today`: "yesterday 6 AM", "Friday 6:30 AM" (within the
/// week before), else "Thu 12 Nov 6 AM".
std::string format_since(UtcTime t, Date today, const HuddleSchedule& schedule);

}  // namespace huddle::core
