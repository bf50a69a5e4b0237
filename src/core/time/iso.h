#pragma once
/// \file
/// Text forms of times and dates as stored in the database and written in JSON.

#include <optional>
#include <string>
#include <string_view>

#include "core/model/time_types.h"

namespace huddle::core {

/// "2026-11-26T11:00:00Z".
std::string format_utc(UtcTime t);
/// Parses the form written by format_utc; std::nullopt when `text` is not in that form.
std::optional<UtcTime> parse_utc(std::string_view text);
/// "2026-11-26".
std::string format_date(Date d);
/// Parses "YYYY-MM-DD"; std::nullopt when `text` is not a valid date in that form.
std::optional<Date> parse_date(std::string_view text);

}  // namespace huddle::core
