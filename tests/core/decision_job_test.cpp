// The decision on a place at a huddle: actions agreed, or "no action" with a required reason.

#include <doctest/doctest.h>

#include "core/error.h"
#include "core/jobs/decision_job.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

/// A workspace with one stored huddle on Thursday 26 November.
struct Meeting {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  Huddle huddle;

  Meeting() {
    huddle.date = std::chrono::year{2026} / 11 / 26;
    huddle.cutoff_utc = test::utc(2026, 11, 26, 11);
    huddle.window_start_utc = test::utc(2026, 11, 25, 11);
    ws.store->huddles().add(huddle);
  }
  Action action(const std::string& place_id) const {
    Action a;
    a.title = "Sharps sweep";
    a.department_id = ws.store->departments().list().front().id;
    a.place_id = place_id;
    a.place_name = "near Main St & " + place_id;
    a.created_utc = a.updated_utc = test::utc(2026, 11, 26, 13, 5);
    return a;
  }
  NoAction no_action(const std::string& place_id, const std::string& reason) const {
    return {place_id, reason, test::utc(2026, 11, 26, 13, 6), "chair"};
  }
};

}  // namespace

TEST_CASE("an agreed action names the huddle and its place, by the seat") {
  Meeting m;
  Action a = m.action("p1");
  agree_action(*m.ws.store, m.huddle, a, "chair");
  const auto stored = m.ws.store->actions().get(a.id);
  REQUIRE(stored);
  CHECK(stored->huddle_id == m.huddle.id);
  CHECK(stored->place_id == "p1");
  CHECK(m.ws.store->actions().history(a.id).front().who == "chair");
  CHECK(agreed_on_place(m.ws.store->actions().list(), m.huddle.id, "p1").size() == 1);
  CHECK(agreed_on_place(m.ws.store->actions().list(), m.huddle.id, "p2").empty());
}

TEST_CASE("no action needs a reason, an action agreed later takes it back") {
  Meeting m;
  CHECK_THROWS_AS(agree_no_action(*m.ws.store, m.huddle, m.no_action("p1", " \t")), Error);
  CHECK(m.ws.store->huddles().no_actions(m.huddle.id).empty());
  agree_no_action(*m.ws.store, m.huddle, m.no_action("p1", "Parks cleared it yesterday"));
  agree_no_action(*m.ws.store, m.huddle, m.no_action("p2", "cooling"));
  REQUIRE(m.ws.store->huddles().no_actions(m.huddle.id).size() == 2);
  Action a = m.action("p1");
  agree_action(*m.ws.store, m.huddle, a, "chair");
  const auto left = m.ws.store->huddles().no_actions(m.huddle.id);
  REQUIRE(left.size() == 1);
  CHECK(left[0].place_id == "p2");
}

TEST_CASE("no action is refused for a place with an action agreed at the huddle, unless that action was dropped") {
  Meeting m;
  Action a = m.action("p1");
  agree_action(*m.ws.store, m.huddle, a, "chair");
  CHECK_THROWS_AS(agree_no_action(*m.ws.store, m.huddle, m.no_action("p1", "changed our minds")), Error);
  a.status = ActionStatus::dropped;
  a.updated_utc = test::utc(2026, 11, 26, 13, 10);
  m.ws.store->actions().update(a, "chair");
  agree_no_action(*m.ws.store, m.huddle, m.no_action("p1", "changed our minds"));
  CHECK(m.ws.store->huddles().no_actions(m.huddle.id).size() == 1);
}
