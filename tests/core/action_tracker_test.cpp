// The action tracker as rows: filters, groups, departments, ages and the huddle that agreed each action.

#include <doctest/doctest.h>

#include <algorithm>

#include "core/config/settings.h"
#include "core/huddle/action_tracker.h"
#include "core/time/iso.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

Date nov(unsigned d) { return Date{std::chrono::year{2026}, std::chrono::November, std::chrono::day{d}}; }

/// Six actions of two departments around the huddle of Thursday 26 November, the first agreed at it.
struct Actions {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  Store& store = *ws.store;
  HuddleSchedule schedule = Settings{}.schedule();
  Huddle huddle;
  std::int64_t pwd = store.departments().by_name("Public Works / Sanitation")->id;
  std::int64_t ems = store.departments().by_name("Boston EMS")->id;

  Actions() {
    huddle.date = nov(26);
    huddle.cutoff_utc = test::utc(2026, 11, 26, 11);
    huddle.window_start_utc = test::utc(2026, 11, 25, 11);
    store.huddles().add(huddle);
    add("due today", pwd, ActionStatus::open, nov(26), huddle.id);  // id 1
    add("overdue", pwd, ActionStatus::blocked, nov(24));            // id 2
    add("open", ems, ActionStatus::in_progress, std::nullopt);      // id 3
    add("done", pwd, ActionStatus::done, nov(20));                  // id 4
    add("dropped", ems, ActionStatus::dropped, std::nullopt);       // id 5
    add("overdue too", ems, ActionStatus::open, nov(25));           // id 6
  }
  void add(const std::string& title, std::int64_t department, ActionStatus status, std::optional<Date> due,
           std::optional<std::int64_t> huddle_id = std::nullopt) {
    Action a;
    a.title = title;
    a.department_id = department;
    a.status = status;
    a.due = due;
    a.huddle_id = huddle_id;
    a.created_utc = test::utc(2026, 11, 20, 14);  // Friday 20 November, 09:00 local
    store.actions().add(a, "chair");
  }
  std::vector<std::int64_t> ids(const ActionFilter& filter) {
    std::vector<std::int64_t> out;
    for (const auto& row : tracker_rows(store, schedule, nov(26), filter)) out.push_back(row.action.id);
    return out;
  }
};

}  // namespace

TEST_CASE("the tracker shows what still needs work, overdue first, with department, age and huddle") {
  Actions t;
  const auto rows = tracker_rows(t.store, t.schedule, nov(26), {});
  REQUIRE(rows.size() == 4);
  CHECK(t.ids({}) == std::vector<std::int64_t>{2, 6, 1, 3});
  CHECK(rows[0].group == ActionGroup::overdue);
  CHECK(rows[0].department.short_name == "PWD");
  CHECK(rows[1].department.name == "Boston EMS");
  CHECK(rows[2].group == ActionGroup::due_today);
  CHECK(format_date(*rows[2].huddle_date) == "2026-11-26");
  CHECK_FALSE(rows[3].huddle_date);
  CHECK(rows[3].group == ActionGroup::open);
  CHECK(std::all_of(rows.begin(), rows.end(), [](const TrackerRow& r) { return r.age_days == 6; }));
}

TEST_CASE("tracker filters: department, status, overdue, closed") {
  Actions t;
  CHECK(t.ids({t.pwd, std::nullopt, false, false}) == std::vector<std::int64_t>{2, 1});
  CHECK(t.ids({std::nullopt, std::nullopt, true, false}) == std::vector<std::int64_t>{2, 6});
  CHECK(t.ids({t.ems, std::nullopt, true, false}) == std::vector<std::int64_t>{6});
  CHECK(t.ids({std::nullopt, ActionStatus::open, false, false}) == std::vector<std::int64_t>{6, 1});
  CHECK(t.ids({std::nullopt, ActionStatus::done, false, false}) == std::vector<std::int64_t>{4});  // closed by status
  CHECK(t.ids({std::nullopt, ActionStatus::done, true, false}).empty());  // done is never overdue
  CHECK(t.ids({std::nullopt, std::nullopt, false, true}) == std::vector<std::int64_t>{2, 6, 1, 3, 4, 5});
  CHECK(t.ids({t.ems, std::nullopt, false, true}) == std::vector<std::int64_t>{6, 3, 5});
}
