#include <doctest/doctest.h>

#include "core/test_support.h"
#include "core/time/iso.h"

using namespace huddle;
using namespace huddle::core;

TEST_CASE("UTC times round-trip through their stored text") {
  const auto t = test::utc(2026, 3, 8, 7, 5, 9);
  CHECK(format_utc(t) == "2026-03-08T07:05:09Z");
  CHECK(parse_utc("2026-03-08T07:05:09Z") == t);
}

TEST_CASE("malformed stored times and dates are refused, not guessed") {
  CHECK_FALSE(parse_utc("2026-03-08 07:05:09"));
  CHECK_FALSE(parse_utc("2026-03-08T25:05:09Z"));
  CHECK_FALSE(parse_utc("2026-02-30T01:00:00Z"));
  CHECK_FALSE(parse_date("2026-13-01"));
  CHECK_FALSE(parse_date("26-11-2026"));
  CHECK(format_date(*parse_date("2026-02-28")) == "2026-02-28");
}
