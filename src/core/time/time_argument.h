#pragma once
/// \file
/// Times and dates typed by a user: local wall time of the city, "YYYY-MM-DD HH:MM" or "YYYY-MM-DD" (= that day's
/// cutoff); dates as "YYYY-MM-DD", "today" or "tomorrow".

#include <optional>
#include <string_view>

#include "core/model/time_types.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// The instant a user meant by `text`; std::nullopt when it is in neither form or not a real date and time.
std::optional<UtcTime> parse_time_argument(std::string_view text, const HuddleSchedule& schedule);

/// The local date a user meant by `text`: "YYYY-MM-DD", "today" or "tomorrow" (`today` is the city's calendar date
/// now); std::nullopt when it is none of these or not a real date.
std::optional<Date> parse_date_argument(std::string_view text, Date today);

}  // namespace huddle::core
