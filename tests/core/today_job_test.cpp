// The today job: the Today page's cards are the citywide trend with its checks, per stream, with their freshness.

#include <doctest/doctest.h>

#include "core/demo/demo_job.h"
#include "core/jobs/today_job.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

TEST_CASE("the Today board has a card per stream with the citywide counts, checks and freshness of the demo city") {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  const FakeClock clock(test::thanksgiving_morning());
  NullProgress progress;
  run_demo_job(ws, {60, 42}, clock, progress, dir.path() / "extracts");

  const TodayBoard board = gather_today(*ws.store, ws.settings, clock.now());
  const CitywideTrend trend = citywide_trend(ws.store->events(), board.summary.window);
  REQUIRE(board.cards.size() >= 2);
  CHECK(board.cards[0].stream == "311");
  CHECK(board.cards[1].stream == "ems");
  std::size_t lines = 0;
  for (const TodayCard& card : board.cards) {
    CHECK(card.total.trend.stream == card.stream);
    CHECK(card.total.trend.category.empty());
    CHECK(card.total.trend.daily.size() == 28);
    CHECK(card.total.check.level == check_trend(card.total.trend).level);
    long categories = 0;
    for (const TodayLine& line : card.categories) {
      CHECK(line.trend.stream == card.stream);
      categories += line.trend.count;
    }
    CHECK(categories == card.total.trend.count);
    lines += 1 + card.categories.size();
    CHECK(card.freshness.stream == card.stream);
    REQUIRE(card.freshness.newest_event);
    REQUIRE(card.freshness.last_import);  // the demo imports its extracts
    CHECK(card.freshness.last_import->stream == card.stream);
  }
  CHECK(lines == trend.lines.size());
  CHECK(board.cards[0].total.trend.count == trend.lines[0].count);
  CHECK(board.cards[0].total.trend.count > 0);
  // The summary's totals are the same counts, as the terminal briefing shows them.
  CHECK(board.summary.streams.at(0).total == board.cards[0].total.trend.count);
  CHECK(board.summary.streams.at(1).total == board.cards[1].total.trend.count);
  CHECK(board.sources.empty());  // the demo configures no source to pull
}
