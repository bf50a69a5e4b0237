// Time boxes as the huddle reads and types them.

#include <doctest/doctest.h>

#include "core/time/duration_text.h"

using namespace huddle::core;

TEST_CASE("a time box is shown as m:ss, minutes past the hour included") {
  CHECK(format_mm_ss(0) == "0:00");
  CHECK(format_mm_ss(40) == "0:40");
  CHECK(format_mm_ss(120) == "2:00");
  CHECK(format_mm_ss(17 * 60 + 20) == "17:20");
  CHECK(format_mm_ss(75 * 60 + 5) == "75:05");
  CHECK(format_mm_ss(-15) == "-0:15");
}

TEST_CASE("a typed time box: m:ss or whole minutes, anything else is refused") {
  CHECK(parse_mm_ss("0:40") == 40);
  CHECK(parse_mm_ss(" 1:30 ") == 90);
  CHECK(parse_mm_ss("2") == 120);
  CHECK(parse_mm_ss("00:05") == 5);
  CHECK(parse_mm_ss(format_mm_ss(17 * 60 + 20)) == 17 * 60 + 20);
  for (const char* bad : {"", " ", "1:", ":30", "1:5", "1:60", "1:-5", "-1:00", "+1", "1.5", "abc", "1:30x", "25:00:00",
                          "1441"}) {
    CHECK_MESSAGE(!parse_mm_ss(bad), bad);
  }
  CHECK(parse_mm_ss("1440") == 24 * 3600);
}
