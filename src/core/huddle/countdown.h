#pragma once
/// \file
/// The countdown of the item being run, as presenter mode shows it: time left, its colour, and the time box the
/// chair stretches or shortens a minute at a time.

#include <string>

namespace huddle::core {

/// How much of its time box an item has left.
enum class CountdownPhase {
  plenty,  ///< More than a quarter of the time box left.
  low,     ///< A quarter or less left (shown amber).
  out,     ///< None left: at zero or over (shown red).
};

/// An item's countdown at one moment.
struct Countdown {
  int left_seconds = 0;  ///< The time box minus the time taken; negative once over.
  CountdownPhase phase = CountdownPhase::plenty;  ///< Its colour.

  /// True when both read the same.
  bool operator==(const Countdown&) const = default;
};

/// The countdown of an item with time box `planned_seconds` that has taken `running_seconds`.
Countdown countdown(int planned_seconds, int running_seconds);

/// What the countdown reads: "2:35" while time is left, "0:00" at zero, "+1:05" once over.
std::string format_countdown(const Countdown& countdown);

/// Time box `planned_seconds` changed by `delta_seconds` (the chair's +/- a minute): never below 0:00, nor above
/// 24 hours.
int changed_time_box(int planned_seconds, int delta_seconds);

}  // namespace huddle::core
