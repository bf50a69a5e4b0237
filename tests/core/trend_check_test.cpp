// The Today page's trend check: a count since the last huddle against an EWMA of the same window on the 28 days
// before, yellow beyond 2 spreads, red beyond 3, with a minimum count; and the history citywide_trend gives it.

#include <doctest/doctest.h>

#include <vector>

#include "core/analysis/citywide_trend.h"
#include "core/analysis/trend_check.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

std::vector<long> flat(long value) { return std::vector<long>(28, value); }

}  // namespace

TEST_CASE("a count within two spreads of a steady history is not flagged, beyond two is yellow, beyond three red") {
  // 20 a window: the spread is the Poisson floor, the square root of 20 (about 4.5).
  const TrendCheck usual = check_trend(20, flat(20));
  CHECK(usual.level == TrendLevel::none);
  CHECK(usual.expected == doctest::Approx(20));
  CHECK(usual.spread == doctest::Approx(4.472).epsilon(0.001));
  CHECK(check_trend(28, flat(20)).level == TrendLevel::none);  // 1.8 spreads: not yet
  const TrendCheck higher = check_trend(30, flat(20));
  CHECK(higher.level == TrendLevel::yellow);
  CHECK(higher.sigmas == doctest::Approx(2.236).epsilon(0.001));
  CHECK(check_trend(34, flat(20)).level == TrendLevel::red);
  // A drop is flagged too: a feed that stopped looks like this.
  const TrendCheck drop = check_trend(6, flat(20));
  CHECK(drop.level == TrendLevel::red);
  CHECK(drop.sigmas < 0);
  CHECK(trend_check_label(drop) == "Far below usual");
  CHECK(trend_check_label(higher) == "Above usual");
  CHECK(trend_check_label(usual).empty());
}

TEST_CASE("small counts are never flagged: a rise needs five reports, a drop an expected level of five") {
  CHECK(check_trend(4, flat(1)).level == TrendLevel::none);  // 3 spreads above, but only 4 reports
  CHECK(check_trend(5, flat(1)).level == TrendLevel::red);
  CHECK(check_trend(0, flat(3)).level == TrendLevel::none);  // 3 expected: a quiet night is no news
  CHECK(check_trend(0, flat(6)).level != TrendLevel::none);
  const TrendCheck nothing = check_trend(40, {});
  CHECK(nothing.level == TrendLevel::none);
  CHECK(nothing.expected == 0);
}

TEST_CASE("recent windows weigh most: after a step up the new level is the usual one and the old level is low") {
  std::vector<long> history(21, 10);
  history.insert(history.end(), 7, 30);  // the last week ran at 30
  const TrendCheck now_usual = check_trend(30, history);
  CHECK(now_usual.expected > 28);  // the plain mean would say 15
  CHECK(now_usual.expected < 30);
  CHECK(now_usual.level == TrendLevel::none);
  CHECK(now_usual.spread > 8);  // the history's standard deviation, above the Poisson floor
  const TrendCheck back_to_old = check_trend(10, history);
  CHECK(back_to_old.level == TrendLevel::yellow);
  CHECK(back_to_old.sigmas < -2);
  // The same history in the other order: the old level is recent, so 30 stands out.
  std::vector<long> reversed(history.rbegin(), history.rend());
  CHECK(check_trend(30, reversed).level == TrendLevel::yellow);
}

TEST_CASE("the check's text names the expected level, the spread, the verdict and the rule") {
  const TrendCheck check = check_trend(34, flat(20));
  const std::string text = trend_check_text(34, check);
  CHECK(text.find("34 reports") != std::string::npos);
  CHECK(text.find("expected about 20 (spread 4)") != std::string::npos);
  CHECK(text.find("3.1 spreads above, red") != std::string::npos);
  CHECK(text.find("Yellow from 2 spreads away, red from 3") != std::string::npos);
  CHECK(text.find("only from 5 reports") != std::string::npos);
}

TEST_CASE("the citywide trend gives each line the window's counts on the 28 days before, oldest first") {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  const HuddleWindow thursday{std::chrono::year{2026} / 11 / 26, test::utc(2026, 11, 25, 11),
                              test::utc(2026, 11, 26, 11)};
  std::vector<Event> events;
  int id = 0;
  const auto add = [&](int hours_before_cutoff) {
    Event e;
    e.stream = "ems";
    e.source_id = std::to_string(++id);
    e.occurred_utc = thursday.cutoff - std::chrono::hours{hours_before_cutoff};
    e.category = "overdose";
    e.raw_type = "OD";
    events.push_back(e);
  };
  // Four overdoses a day for the 28 days before, eight the day before the window, twenty in the window.
  for (int day = 1; day <= 28; ++day) {
    for (int i = 0; i < (day == 1 ? 8 : 4); ++i) add(day * 24 + 1 + i);
  }
  for (int i = 0; i < 20; ++i) add(1 + i);
  ws.store->events().add(events);
  const CitywideTrend trend = citywide_trend(ws.store->events(), thursday);
  const TrendLine& ems = trend.lines.at(1);
  REQUIRE(ems.stream == "ems");
  REQUIRE(ems.category.empty());
  REQUIRE(ems.past_windows.size() == 28);
  CHECK(ems.past_windows.back() == 8);  // the window shifted back one day
  CHECK(ems.past_windows.front() == 4);
  const TrendCheck check = check_trend(ems);
  CHECK(ems.count == 20);
  CHECK(check.level == TrendLevel::red);
  CHECK(check.expected > 4);  // yesterday's 8 weighs most
}
