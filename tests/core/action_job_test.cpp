// The action jobs: a new action (place name, huddle, checks) and a change to one (history, versions).

#include <doctest/doctest.h>

#include "core/error.h"
#include "core/jobs/action_job.h"
#include "core/time/iso.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

/// A workspace with the shipped departments, one stored huddle on Thursday 26 November and one remembered place.
struct Tracker {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  Store& store = *ws.store;
  Huddle huddle;
  UtcTime now = test::utc(2026, 11, 26, 13, 10);

  Tracker() {
    huddle.date = std::chrono::year{2026} / 11 / 26;
    huddle.cutoff_utc = test::utc(2026, 11, 26, 11);
    huddle.window_start_utc = test::utc(2026, 11, 25, 11);
    store.huddles().add(huddle);
    store.places().remember({{Place{"c-3_-2", "near Mass Ave & Melnea Cass Blvd", 42.33, -71.08, {{-3, -2}}},
                              test::utc(2026, 11, 20, 11), test::utc(2026, 11, 26, 11)}});
  }
  NewAction request() const {
    NewAction r;
    r.title = "Sharps sweep";
    r.department_id = store.departments().by_name("Public Works / Sanitation")->id;
    return r;
  }
};

}  // namespace

TEST_CASE("a new action is open, named after its remembered place, and recorded as created by the seat") {
  Tracker t;
  NewAction r = t.request();
  r.owner = "Crew 4";
  r.due = std::chrono::year{2026} / 11 / 27;
  r.place_id = "c-3_-2";
  const Action a = add_action(t.store, r, "chair", t.now);
  const auto stored = t.store.actions().get(a.id);
  REQUIRE(stored);
  CHECK(stored->title == "Sharps sweep");
  CHECK(stored->owner == "Crew 4");
  CHECK(stored->status == ActionStatus::open);
  CHECK(stored->place_name == "near Mass Ave & Melnea Cass Blvd");
  CHECK(format_date(*stored->due) == "2026-11-27");
  CHECK_FALSE(stored->huddle_id);
  CHECK(stored->created_utc == t.now);
  const auto history = t.store.actions().history(a.id);
  REQUIRE(history.size() == 1);
  CHECK(history[0].field == "created");
  CHECK(history[0].who == "chair");

  r.place_id = "c-9_9";  // never listed: the action names the place by its id
  CHECK(add_action(t.store, r, "chair", t.now).place_name == "c-9_9");
}

TEST_CASE("an action agreed at a huddle names it and takes back that huddle's no action on its place") {
  Tracker t;
  t.store.huddles().set_no_action(t.huddle.id, {"c-3_-2", "cleared yesterday", t.now, "chair"});
  NewAction r = t.request();
  r.place_id = "c-3_-2";
  r.huddle_date = t.huddle.date;
  const Action a = add_action(t.store, r, "chair", t.now);
  CHECK(t.store.actions().get(a.id)->huddle_id == t.huddle.id);
  CHECK(t.store.huddles().no_actions(t.huddle.id).empty());
}

TEST_CASE("a new action needs a title, an active department and, when dated, a stored huddle") {
  Tracker t;
  std::vector<Department> old = {{0, "Old Unit", "OLD", "city", 99, false}};
  t.store.departments().ensure(old);
  NewAction blank = t.request();
  blank.title = "  \t";
  CHECK_THROWS_AS(add_action(t.store, blank, "chair", t.now), Error);
  NewAction inactive = t.request();
  inactive.department_id = old.front().id;
  CHECK_THROWS_WITH_AS(add_action(t.store, inactive, "chair", t.now), doctest::Contains("inactive"), Error);
  NewAction unknown = t.request();
  unknown.department_id = 9999;
  CHECK_THROWS_AS(add_action(t.store, unknown, "chair", t.now), Error);
  NewAction undated = t.request();
  undated.huddle_date = std::chrono::year{2026} / 11 / 20;
  CHECK_THROWS_WITH_AS(add_action(t.store, undated, "chair", t.now), doctest::Contains("2026-11-20"), Error);
  CHECK(t.store.actions().list().empty());
}

TEST_CASE("an edit writes each changed field into the history, once, and bumps the version") {
  Tracker t;
  NewAction r = t.request();
  r.owner = "Crew 1";
  r.due = std::chrono::year{2026} / 11 / 27;
  Action a = add_action(t.store, r, "chair", t.now);

  ActionEdit edit;
  edit.status = ActionStatus::in_progress;
  edit.owner = "Crew 2";
  edit.due = std::optional<Date>();  // cleared
  edit.note = "parts ordered";
  CHECK_FALSE(edit.empty());
  CHECK(edit_action(t.store, a, edit, "pwd.lead", t.now + std::chrono::minutes{5}));
  CHECK(a.version == 2);
  const auto stored = *t.store.actions().get(a.id);
  CHECK(stored.status == ActionStatus::in_progress);
  CHECK(stored.owner == "Crew 2");
  CHECK_FALSE(stored.due);
  CHECK(stored.note == "parts ordered");
  CHECK(stored.version == 2);
  const auto history = t.store.actions().history(a.id);
  REQUIRE(history.size() == 5);
  CHECK(history[1].who == "pwd.lead");
  CHECK(history[2].field == "due_date");
  CHECK(history[2].old_value == "2026-11-27");
  CHECK(history[2].new_value == "");

  CHECK_FALSE(edit_action(t.store, a, edit, "pwd.lead", t.now + std::chrono::minutes{6}));  // same values again
  CHECK(a.version == 2);
  CHECK(t.store.actions().history(a.id).size() == 5);
  CHECK(ActionEdit{}.empty());
}

TEST_CASE("an edit of an action someone else saved first is refused and writes nothing") {
  Tracker t;
  Action mine = add_action(t.store, t.request(), "chair", t.now);
  Action theirs = mine;
  ActionEdit done;
  done.status = ActionStatus::done;
  CHECK(edit_action(t.store, theirs, done, "seat-2", t.now));
  ActionEdit owner;
  owner.owner = "Crew 9";
  CHECK_THROWS_AS(edit_action(t.store, mine, owner, "seat-1", t.now), ConflictError);
  CHECK(mine.version == 1);
  const auto stored = *t.store.actions().get(mine.id);
  CHECK(stored.owner.empty());
  CHECK(stored.version == 2);
  CHECK(t.store.actions().history(mine.id).size() == 2);
}

TEST_CASE("an edit can retitle, reassign and reprioritise an action but not blank its title or send it nowhere") {
  Tracker t;
  Action a = add_action(t.store, t.request(), "chair", t.now);
  const auto police = t.store.departments().by_name("BPD District D-4");
  REQUIRE(police.has_value());
  ActionEdit edit;
  edit.title = "Sharps sweep and bin check";
  edit.department_id = police->id;
  edit.priority = ActionPriority::high;
  CHECK(edit_action(t.store, a, edit, "chair", t.now + std::chrono::minutes{1}));
  const auto stored = *t.store.actions().get(a.id);
  CHECK(stored.title == "Sharps sweep and bin check");
  CHECK(stored.department_id == police->id);
  CHECK(stored.priority == ActionPriority::high);
  const auto history = t.store.actions().history(a.id);
  REQUIRE(history.size() == 4);
  CHECK(history[1].field == "title");
  CHECK(history[1].old_value == "Sharps sweep");

  ActionEdit blank;
  blank.title = "  ";
  CHECK_THROWS_AS(edit_action(t.store, a, blank, "chair", t.now), Error);
  ActionEdit nowhere;
  nowhere.department_id = 9999;
  CHECK_THROWS_AS(edit_action(t.store, a, nowhere, "chair", t.now), Error);
  CHECK(t.store.actions().get(a.id)->version == a.version);
  CHECK(t.store.actions().history(a.id).size() == 4);
}
