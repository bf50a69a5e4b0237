// The citywide summary: counts of the huddle's window per stream and category, the usual range of the same window
// on the 28 days before, and the 28 daily counts of the sparkline.

#include <doctest/doctest.h>

#include "core/analysis/citywide_trend.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

/// Thursday's window: Wednesday 06:00 to Thursday 06:00 in Boston.
const HuddleWindow kThursday{std::chrono::year{2026} / 11 / 26, test::utc(2026, 11, 25, 11), test::utc(2026, 11, 26, 11)};

/// An unlocated event `hours` before Thursday's cutoff.
Event event_at(int id, double hours, const std::string& stream, const std::string& category) {
  Event e;
  e.stream = stream;
  e.source_id = std::to_string(id);
  e.occurred_utc = kThursday.cutoff - std::chrono::seconds{static_cast<long>(hours * 3600)};
  e.category = category;
  e.raw_type = category;
  return e;
}

}  // namespace

TEST_CASE("the citywide trend counts the window per stream and category against the same window on earlier days") {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  std::vector<Event> events;
  int id = 0;
  // Two needle reports a day for 28 days before the window, five in the window; one EMS overdose every day.
  for (int day = 1; day <= 28; ++day) {
    events.push_back(event_at(++id, day * 24 + 2, "311", "needles"));
    events.push_back(event_at(++id, day * 24 + 20, "311", "needles"));
    events.push_back(event_at(++id, day * 24 + 5, "ems", "overdose"));
  }
  for (int i = 0; i < 5; ++i) events.push_back(event_at(++id, 1 + i, "311", "needles"));
  events.push_back(event_at(++id, 3, "ems", "overdose"));
  events.push_back(event_at(++id, -1, "311", "needles"));  // after the cutoff: not counted
  ws.store->events().add(events);

  const CitywideTrend trend = citywide_trend(ws.store->events(), kThursday);
  REQUIRE(trend.lines.size() == 4);
  const TrendLine& all311 = trend.lines[0];
  CHECK(all311.stream == "311");
  CHECK(all311.category.empty());
  CHECK(all311.count == 5);
  CHECK(all311.usual_low == 2);
  CHECK(all311.usual_high == 2);
  CHECK(all311.usual_median == doctest::Approx(2));
  REQUIRE(all311.daily.size() == 28);
  CHECK(all311.daily.back() == 5);  // the last day slot is the window
  CHECK(all311.daily.front() == 2);
  CHECK(trend.lines[1].category == "needles");
  CHECK(trend.lines[1].count == 5);
  CHECK(trend.lines[2].stream == "ems");
  CHECK(trend.lines[2].category.empty());
  CHECK(trend.lines[2].count == 1);
  CHECK(trend.lines[3].category == "overdose");
}

TEST_CASE("a Monday window is three days long and its usual range is of three-day windows, with 311 and EMS always listed") {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  const HuddleWindow monday{std::chrono::year{2026} / 11 / 30, test::utc(2026, 11, 27, 11), test::utc(2026, 11, 30, 11)};
  std::vector<Event> events;
  for (int day = 0; day < 31; ++day) {
    Event e = event_at(day + 1, 0, "311", "encampment");
    e.occurred_utc = monday.cutoff - std::chrono::hours{24 * day + 12};
    events.push_back(e);
  }
  ws.store->events().add(events);
  const CitywideTrend trend = citywide_trend(ws.store->events(), monday);
  REQUIRE(trend.lines.size() == 3);  // 311 total, its category, EMS total
  CHECK(trend.lines[0].count == 3);
  CHECK(trend.lines[0].usual_low == 3);
  CHECK(trend.lines[0].usual_high == 3);
  CHECK(trend.lines[2].stream == "ems");
  CHECK(trend.lines[2].count == 0);
  CHECK(trend.lines[2].daily == std::vector<long>(28, 0));
}
