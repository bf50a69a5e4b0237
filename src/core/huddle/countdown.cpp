#include "core/huddle/countdown.h"

#include <algorithm>

#include "core/time/duration_text.h"

namespace huddle::core {
namespace {

constexpr int kLongestTimeBox = 24 * 60 * 60;

}  // namespace

Countdown countdown(int planned_seconds, int running_seconds) {
  const int left = planned_seconds - running_seconds;
  // Amber at 25 % left: compared in whole seconds, so a 40 s box turns amber with 10 s left.
  const CountdownPhase phase = left <= 0                         ? CountdownPhase::out
                               : 4 * left <= planned_seconds ? CountdownPhase::low
                                                             : CountdownPhase::plenty;
  return {left, phase};
}

std::string format_countdown(const Countdown& countdown) {
  if (countdown.left_seconds < 0) return "+" + format_mm_ss(-countdown.left_seconds);
  return format_mm_ss(countdown.left_seconds);
}

int changed_time_box(int planned_seconds, int delta_seconds) {
  return std::clamp(planned_seconds + delta_seconds, 0, kLongestTimeBox);
}

}  // namespace huddle::core
