// The huddle job: a morning's huddle with its snapshot and drafted run-of-show, its states, "no action",
// carry-over across day boundaries, and two seats editing the same action.

#include <doctest/doctest.h>

#include "core/analysis/grid.h"
#include "core/huddle/action_groups.h"
#include "core/huddle/run_of_show.h"
#include "core/jobs/huddle_job.h"
#include "core/store/sqlite_store.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

constexpr Date kThursday{std::chrono::year{2026} / 11 / 26};

/// A workspace with reports at two places before Thursday 26 November 06:00.
struct City {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  HuddleSchedule schedule = ws.settings.schedule();

  City() { add("a", 0, 1, 5); add("b", 10, 3, 3); }

  /// `count` needle reports `hours` before the Thursday cutoff in cell (x, 0).
  void add(const std::string& prefix, int x, double hours, int count) {
    const Grid grid(ws.settings.center_lat, ws.settings.center_lon, ws.settings.ranking.grid_metres);
    double lat = 0, lon = 0;
    grid.centre_of(Cell{x, 0}, lat, lon);
    std::vector<Event> events;
    for (int i = 0; i < count; ++i) {
      Event e;
      e.stream = "311";
      e.source_id = prefix + std::to_string(i) + std::to_string(hours);
      e.occurred_utc = test::utc(2026, 11, 26, 11) - std::chrono::seconds{static_cast<long>(hours * 3600)};
      e.category = "needles";
      e.address = prefix + " St & Main St";
      e.lat = lat;
      e.lon = lon;
      e.geo_quality = GeoQuality::intersection;
      events.push_back(e);
    }
    ws.store->events().add(events);
  }

  HuddleBrief open(Date date = kThursday) {
    return open_huddle(*ws.store, ws.settings, ws.categories, schedule, date);
  }
};

}  // namespace

TEST_CASE("a new huddle is a draft with the morning's ranking and a drafted run-of-show") {
  City city;
  const auto brief = city.open();
  CHECK(brief.huddle.state == HuddleState::draft);
  CHECK(brief.huddle.cutoff_utc == test::utc(2026, 11, 26, 11));
  REQUIRE(brief.ranking.lists.top.size() == 2);
  CHECK(brief.ranking.lists.top[0].place.name == "near a St & Main St");
  CHECK(brief.huddle.attendance.size() == city.ws.store->departments().list().size());

  const auto& agenda = brief.agenda;
  REQUIRE(agenda.size() >= 5);
  CHECK(agenda.front().kind == AgendaKind::data_safety);
  CHECK(agenda[1].kind == AgendaKind::place);
  CHECK(agenda[1].place_id == brief.ranking.lists.top[0].place.id);
  CHECK(agenda[1].title == "1. near a St & Main St");
  CHECK(agenda[1].planned_seconds == 40);
  CHECK(agenda.back().kind == AgendaKind::parking_lot);
  long round_robin = 0;
  for (const auto& item : agenda) round_robin += item.kind == AgendaKind::round_robin;
  CHECK(round_robin == static_cast<long>(brief.huddle.attendance.size()));
  CHECK(planned_seconds(agenda) == 120 + 2 * 40 + 120 + round_robin * 20 + 60);  // no watch list, no actions due
}

TEST_CASE("a huddle's snapshot keeps its ranking when new reports arrive") {
  City city;
  const auto first = city.open();
  city.add("c", 20, 2, 9);  // a late extract: a new busiest place
  const auto again = city.open();
  CHECK(again.huddle.id == first.huddle.id);
  REQUIRE(again.ranking.lists.top.size() == 2);
  CHECK(again.ranking.lists.top[0].place.name == "near a St & Main St");
  CHECK(again.ranking.lists.top[0].explanation == first.ranking.lists.top[0].explanation);
  CHECK(again.ranking.lists.top[0].place.cells == first.ranking.lists.top[0].place.cells);
  CHECK(again.ranking.quality.latest_event == first.ranking.quality.latest_event);
}

TEST_CASE("a huddle stored without a snapshot (before schema v3, the demo's history) reads with an empty ranking") {
  City city;
  Huddle old;
  old.date = std::chrono::year{2026} / 11 / 25;
  old.cutoff_utc = test::utc(2026, 11, 25, 11);
  old.window_start_utc = test::utc(2026, 11, 24, 11);
  old.state = HuddleState::closed;
  city.ws.store->huddles().add(old);
  const auto brief = read_brief(*city.ws.store, old);
  CHECK(brief.ranking.lists.top.empty());
  CHECK(brief.ranking.window.cutoff == old.cutoff_utc);
  CHECK(brief.ranking.window.start == old.window_start_utc);
  CHECK(city.open(old.date).huddle.id == old.id);  // opened as stored, not ranked again
}

TEST_CASE("huddle states: draft, live, closed, and reopened") {
  City city;
  auto brief = city.open();
  set_huddle_state(*city.ws.store, brief.huddle, HuddleState::live);
  CHECK(city.open().huddle.state == HuddleState::live);
  CHECK_THROWS_AS(set_huddle_state(*city.ws.store, brief.huddle, HuddleState::draft), Error);
  set_huddle_state(*city.ws.store, brief.huddle, HuddleState::closed);
  set_huddle_state(*city.ws.store, brief.huddle, HuddleState::live);
  CHECK(city.open().huddle.state == HuddleState::live);
}

TEST_CASE("no action is recorded per place with its reason, and can be taken back") {
  City city;
  const auto brief = city.open();
  const auto& place = brief.ranking.lists.top[1].place;
  city.ws.store->huddles().set_no_action(brief.huddle.id, {place.id, "already cleared by Parks", test::utc(2026, 11, 26, 13), "chair"});
  auto again = city.open();
  REQUIRE(again.no_actions.size() == 1);
  CHECK(again.no_actions[0].place_id == place.id);
  CHECK(again.no_actions[0].reason == "already cleared by Parks");
  CHECK(again.no_actions[0].who == "chair");
  city.ws.store->huddles().clear_no_action(brief.huddle.id, place.id);
  CHECK(city.open().no_actions.empty());
}

TEST_CASE("run-of-show: actions and elevated risk items, presenters, and total") {
  City city;
  const auto brief = city.open();
  Action overdue;
  overdue.title = "x";
  overdue.due = Date{std::chrono::year{2026} / 11 / 20};
  Action today = overdue;
  today.due = kThursday;
  std::vector<Department> present = {{1, "Public Health", "BPHC", "health", 2, true},
                                     {2, "Office of Recovery", "Recovery", "coordination", 1, true}};
  const auto agenda = draft_run_of_show(brief.ranking, {overdue, today}, present);
  const auto find = [&](AgendaKind kind) {
    return *std::find_if(agenda.begin(), agenda.end(), [&](const AgendaItem& i) { return i.kind == kind; });
  };
  CHECK(find(AgendaKind::overdue_actions).title == "Actions: 1 overdue, 1 due today");
  CHECK(find(AgendaKind::overdue_actions).planned_seconds == 180);
  CHECK(find(AgendaKind::data_safety).presenter_department == 2);
  CHECK(find(AgendaKind::elevated_risk).presenter_department == 1);
  CHECK(find(AgendaKind::round_robin).presenter_department == 2);  // sort order: Recovery first
  for (std::size_t i = 0; i < agenda.size(); ++i) CHECK(agenda[i].position == static_cast<int>(i));
}

TEST_CASE("carry-over: an action due on a day is due today that morning and overdue the next, across a clock change") {
  const auto schedule = Settings{}.schedule();
  Action a;
  a.status = ActionStatus::open;
  a.due = Date{std::chrono::year{2026} / 11 / 2};  // Monday after the clocks went back
  a.created_utc = test::utc(2026, 10, 30, 13);     // Friday 09:00 EDT
  const auto huddle_on = [&](int y, unsigned m, unsigned d, int h) {
    return schedule.current_at(test::utc(y, m, d, h)).date;
  };
  CHECK(group_of(a, huddle_on(2026, 10, 30, 12)) == ActionGroup::open);        // Friday's huddle
  CHECK(group_of(a, huddle_on(2026, 11, 2, 12)) == ActionGroup::due_today);    // Monday 07:00 EST
  CHECK(group_of(a, huddle_on(2026, 11, 2, 10)) == ActionGroup::open);         // Monday 05:00: Friday's still
  CHECK(group_of(a, huddle_on(2026, 11, 3, 12)) == ActionGroup::overdue);      // Tuesday
  CHECK(age_in_days(a, schedule, huddle_on(2026, 11, 2, 12)) == 3);
  a.status = ActionStatus::done;
  CHECK(group_of(a, huddle_on(2026, 11, 3, 12)) == ActionGroup::closed);
}

TEST_CASE("two seats on one database: the second edit of the same version is refused, nothing is lost") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  auto other = open_sqlite_store(ws.paths.database);
  Action a;
  a.title = "Sharps sweep";
  a.department_id = ws.store->departments().list().front().id;
  a.created_utc = a.updated_utc = test::utc(2026, 11, 26, 13);
  ws.store->actions().add(a, "seat-1");

  auto mine = *ws.store->actions().get(a.id);
  auto theirs = *other->actions().get(a.id);
  mine.owner = "Crew 4";
  ws.store->actions().update(mine, "seat-1");
  theirs.status = ActionStatus::done;
  CHECK_THROWS_AS(other->actions().update(theirs, "seat-2"), ConflictError);
  auto fresh = *other->actions().get(a.id);
  CHECK(fresh.owner == "Crew 4");
  fresh.status = ActionStatus::done;
  other->actions().update(fresh, "seat-2");
  const auto history = ws.store->actions().history(a.id);
  REQUIRE(history.size() == 3);  // created, owner, status
  CHECK(history[1].who == "seat-1");
  CHECK(history[2].who == "seat-2");
  CHECK(history[2].field == "status");
}
