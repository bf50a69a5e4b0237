#include <doctest/doctest.h>

#include "core/config/settings.h"
#include "core/error.h"
#include "core/test_support.h"
#include "core/time/iso.h"
#include "core/time/local_format.h"
#include "core/time/time_argument.h"

using namespace huddle;
using namespace huddle::core;
using std::chrono::hours;

namespace {

Date day(int y, unsigned m, unsigned d) { return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

HuddleSchedule weekdays() { return Settings{}.schedule(); }  // Boston, 06:00, Mon-Fri

HuddleSchedule every_day() {
  return HuddleSchedule("America/New_York", std::chrono::hours{6}, {true, true, true, true, true, true, true});
}

}  // namespace

TEST_CASE("a weekday huddle covers the previous morning's cutoff to this morning's") {
  const auto w = weekdays().window_for(day(2026, 11, 26));  // Thursday
  CHECK(format_utc(w.start) == "2026-11-25T11:00:00Z");     // Wed 06:00 EST
  CHECK(format_utc(w.cutoff) == "2026-11-26T11:00:00Z");
}

TEST_CASE("a Monday huddle covers the weekend when huddles are Monday to Friday") {
  const auto w = weekdays().window_for(day(2026, 11, 30));
  CHECK(format_utc(w.start) == "2026-11-27T11:00:00Z");  // Friday 06:00
  CHECK(w.cutoff - w.start == hours{72});
}

TEST_CASE("windows stay on 06:00 local time across the March DST change") {
  // DST starts Sunday 8 March 2026: the Monday window runs from Friday 06:00 EST to Monday 06:00 EDT.
  const auto monday = weekdays().window_for(day(2026, 3, 9));
  CHECK(format_utc(monday.start) == "2026-03-06T11:00:00Z");
  CHECK(format_utc(monday.cutoff) == "2026-03-09T10:00:00Z");
  CHECK(monday.cutoff - monday.start == hours{71});
  // With daily huddles the Sunday window is 23 hours long.
  const auto sunday = every_day().window_for(day(2026, 3, 8));
  CHECK(sunday.cutoff - sunday.start == hours{23});
}

TEST_CASE("windows stay on 06:00 local time across the November DST change") {
  // DST ends Sunday 1 November 2026: the Monday window is 73 hours, the daily Sunday window 25.
  const auto monday = weekdays().window_for(day(2026, 11, 2));
  CHECK(format_utc(monday.start) == "2026-10-30T10:00:00Z");
  CHECK(format_utc(monday.cutoff) == "2026-11-02T11:00:00Z");
  CHECK(monday.cutoff - monday.start == hours{73});
  const auto sunday = every_day().window_for(day(2026, 11, 1));
  CHECK(sunday.cutoff - sunday.start == hours{25});
}

TEST_CASE("a cutoff inside the skipped spring hour resolves to the first instant after the gap") {
  HuddleSchedule s("America/New_York", hours{2} + std::chrono::minutes{30}, {true, true, true, true, true, true, true});
  CHECK(format_utc(s.cutoff_on(day(2026, 3, 8))) == "2026-03-08T07:00:00Z");  // 03:00 EDT
}

TEST_CASE("the huddle in force is the latest huddle day whose cutoff has passed") {
  const auto s = weekdays();
  CHECK(s.current_at(test::utc(2026, 11, 26, 10, 59)).date == day(2026, 11, 25));  // 05:59 Thursday
  CHECK(s.current_at(test::utc(2026, 11, 26, 11, 0)).date == day(2026, 11, 26));   // 06:00 Thursday
  CHECK(s.current_at(test::utc(2026, 11, 28, 15, 0)).date == day(2026, 11, 27));   // Saturday -> Friday's
  CHECK(s.current_at(test::utc(2026, 11, 30, 12, 0)).date == day(2026, 11, 30));   // Monday after the cutoff
}

TEST_CASE("an unknown time zone or a week without huddles is refused") {
  CHECK_THROWS_AS(HuddleSchedule("Mars/Olympus_Mons", hours{6}, {false, true, true, true, true, true, false}), Error);
  CHECK_THROWS_AS(HuddleSchedule("America/New_York", hours{6}, {}), Error);
}

TEST_CASE("times typed on the command line are the city's local wall time") {
  const auto s = weekdays();
  CHECK(format_utc(*parse_time_argument("2026-11-26", s)) == "2026-11-26T11:00:00Z");  // that day's cutoff
  CHECK(format_utc(*parse_time_argument("2026-07-01 08:30", s)) == "2026-07-01T12:30:00Z");
  CHECK_FALSE(parse_time_argument("2026-07-01 8:30", s));
  CHECK_FALSE(parse_time_argument("yesterday", s));
  CHECK_FALSE(parse_time_argument("2026-07-01 24:00", s));
}

TEST_CASE("local times are written for people and as ISO with the zone's offset") {
  const auto s = weekdays();
  CHECK(format_local(test::utc(2026, 11, 25, 11), s) == "Wed 25 Nov 06:00");
  CHECK(format_local_iso(test::utc(2026, 11, 25, 11), s) == "2026-11-25T06:00:00-05:00");
  CHECK(format_local_iso(test::utc(2026, 7, 1, 10), s) == "2026-07-01T06:00:00-04:00");
  CHECK(format_long_date(day(2026, 11, 26)) == "Thursday 26 November 2026");
}

TEST_CASE("dates typed on the command line: YYYY-MM-DD, today or tomorrow in the city's calendar") {
  const Date today = day(2026, 12, 31);
  CHECK(parse_date_argument("2026-11-26", today) == day(2026, 11, 26));
  CHECK(parse_date_argument("today", today) == today);
  CHECK(parse_date_argument("tomorrow", today) == day(2027, 1, 1));
  CHECK_FALSE(parse_date_argument("2026-02-30", today));
  CHECK_FALSE(parse_date_argument("26/11/2026", today));
  CHECK_FALSE(parse_date_argument("Tomorrow ", today));
}
