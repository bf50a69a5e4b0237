#pragma once
/// \file
/// Time types shared by the model: instants are UTC seconds, calendar days are local huddle dates.

#include <chrono>

namespace huddle::core {

/// An instant, UTC, to the second.
using UtcTime = std::chrono::sys_seconds;
/// A calendar date (a huddle date or a due date) in the city's local calendar.
using Date = std::chrono::year_month_day;

}  // namespace huddle::core
