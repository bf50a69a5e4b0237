// The countdown presenter mode shows for the item being run: amber at a quarter left, red at zero, overrun shown.

#include <doctest/doctest.h>

#include "core/huddle/countdown.h"

using namespace huddle::core;

TEST_CASE("the countdown turns amber at a quarter of the time box left and red at zero, and shows the overrun") {
  CHECK(countdown(40, 0).phase == CountdownPhase::plenty);
  CHECK(countdown(40, 29).phase == CountdownPhase::plenty);
  CHECK(countdown(40, 30).phase == CountdownPhase::low);  // 10 s of 40 left
  CHECK(countdown(40, 39).phase == CountdownPhase::low);
  CHECK(countdown(40, 40).phase == CountdownPhase::out);
  CHECK(countdown(40, 65).phase == CountdownPhase::out);
  CHECK(countdown(0, 0).phase == CountdownPhase::out);  // no time box: red from the start

  CHECK(format_countdown(countdown(120, 25)) == "1:35");
  CHECK(format_countdown(countdown(40, 40)) == "0:00");
  CHECK(format_countdown(countdown(40, 105)) == "+1:05");
  CHECK(countdown(40, 105).left_seconds == -65);
}

TEST_CASE("the chair adds or takes a minute from the time box, never below zero") {
  CHECK(changed_time_box(40, 60) == 100);
  CHECK(changed_time_box(100, -60) == 40);
  CHECK(changed_time_box(40, -60) == 0);
  CHECK(changed_time_box(24 * 3600, 60) == 24 * 3600);
}
