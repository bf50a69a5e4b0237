// A huddle run live: where it starts or resumes, and the actual time of each item as the room moves on.

#include <doctest/doctest.h>

#include "core/error.h"
#include "core/huddle/live_run.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

std::vector<AgendaItem> items(int count) {
  std::vector<AgendaItem> out(static_cast<std::size_t>(count));
  for (auto& i : out) i.planned_seconds = 60;
  return out;
}

const UtcTime kEight = test::utc(2026, 11, 26, 13);

}  // namespace

TEST_CASE("a live run starts on the first item and records each item's time as the room moves on") {
  auto agenda = items(3);
  LiveRun run = start_live_run(agenda, kEight);
  CHECK(run.current == 0);
  CHECK(running_seconds(agenda, run, kEight + std::chrono::seconds{42}) == 42);
  CHECK(move_live_run(agenda, run, 1, kEight + std::chrono::seconds{95}) == 0);
  CHECK(agenda[0].actual_seconds == 95);
  CHECK(run.current == 1);
  CHECK(move_live_run(agenda, run, 2, kEight + std::chrono::seconds{145}) == 1);
  CHECK(agenda[1].actual_seconds == 50);
  CHECK(!agenda[2].actual_seconds);
}

TEST_CASE("going back to an item adds to the time it took, moving past the end stays on the last item") {
  auto agenda = items(2);
  LiveRun run = start_live_run(agenda, kEight);
  move_live_run(agenda, run, 1, kEight + std::chrono::seconds{30});
  move_live_run(agenda, run, 0, kEight + std::chrono::seconds{40});  // back: item 1 took 10 s
  CHECK(agenda[1].actual_seconds == 10);
  CHECK(running_seconds(agenda, run, kEight + std::chrono::seconds{45}) == 35);
  move_live_run(agenda, run, 5, kEight + std::chrono::seconds{50});
  CHECK(agenda[0].actual_seconds == 40);
  CHECK(run.current == 1);
}

TEST_CASE("a reopened huddle resumes on the first item not run yet, or the last one") {
  auto agenda = items(3);
  agenda[0].actual_seconds = 100;
  CHECK(start_live_run(agenda, kEight).current == 1);
  for (auto& i : agenda) i.actual_seconds = 30;
  CHECK(start_live_run(agenda, kEight).current == 2);
  CHECK_THROWS_AS(start_live_run({}, kEight), Error);
}

TEST_CASE("a clock set back while an item runs never makes it take negative time") {
  auto agenda = items(2);
  LiveRun run = start_live_run(agenda, kEight);
  move_live_run(agenda, run, 1, kEight - std::chrono::seconds{20});
  CHECK(agenda[0].actual_seconds == 0);
}
