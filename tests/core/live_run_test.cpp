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

TEST_CASE("a paused item's clock stands still and runs on when resumed, the pause not counted in its time") {
  using std::chrono::seconds;
  auto agenda = items(2);
  LiveRun run = start_live_run(agenda, kEight);
  pause_live_run(run, kEight + seconds{20});
  CHECK(running_seconds(agenda, run, kEight + seconds{20}) == 20);
  CHECK(running_seconds(agenda, run, kEight + seconds{200}) == 20);  // the room talks on, the clock waits
  pause_live_run(run, kEight + seconds{100});                          // pausing again changes nothing
  resume_live_run(run, kEight + seconds{200});
  CHECK(running_seconds(agenda, run, kEight + seconds{205}) == 25);
  resume_live_run(run, kEight + seconds{300});  // running already: nothing
  CHECK(running_seconds(agenda, run, kEight + seconds{305}) == 125);
  CHECK(move_live_run(agenda, run, 1, kEight + seconds{310}) == 0);
  CHECK(agenda[0].actual_seconds == 130);  // 310 s on the wall, 180 s of them paused
}

TEST_CASE("moving on ends a pause with its item, recording while paused keeps the clock stopped") {
  using std::chrono::seconds;
  auto agenda = items(3);
  LiveRun run = start_live_run(agenda, kEight);
  pause_live_run(run, kEight + seconds{30});
  move_live_run(agenda, run, 1, kEight + seconds{90});
  CHECK(agenda[0].actual_seconds == 30);
  CHECK(!run.paused_at);
  CHECK(running_seconds(agenda, run, kEight + seconds{100}) == 10);  // the next item's clock runs at once

  pause_live_run(run, kEight + seconds{110});
  CHECK(record_live_run(agenda, run, kEight + seconds{150}) == 1);  // leaving presenter mode while paused
  CHECK(agenda[1].actual_seconds == 20);
  CHECK(run.current == 1);
  CHECK(running_seconds(agenda, run, kEight + seconds{400}) == 20);
  resume_live_run(run, kEight + seconds{400});
  CHECK(running_seconds(agenda, run, kEight + seconds{405}) == 25);
  move_live_run(agenda, run, 2, kEight + seconds{410});
  CHECK(agenda[1].actual_seconds == 30);
}
