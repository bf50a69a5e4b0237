#pragma once
/// \file
/// Times typed by a user: local wall time of the city, "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" (= that day's cutoff).

#include <optional>
#include <string_view>

#include "core/model/time_types.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// The instant a user meant by `text`; std::nullopt when it is in neither form or not a real date and time.
std::optional<UtcTime> parse_time_argument(std::string_view text, const HuddleSchedule& schedule);

}  // namespace huddle::core
