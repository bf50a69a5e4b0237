// The slide presenter mode shows for the item being run: a place with its counts and actions, the overdue and
// due-today actions, the other items' lines.

#include <doctest/doctest.h>

#include "core/config/settings.h"
#include "core/error.h"
#include "core/huddle/slide.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

const Date kToday{std::chrono::year{2026} / 11 / 26};

Action action(std::int64_t id, const std::string& title, const std::string& place, std::optional<Date> due) {
  Action a;
  a.id = id;
  a.title = title;
  a.department_id = 6;
  a.owner = "Crew 4";
  a.place_id = place;
  a.place_name = place == "p1" ? "near Mass Ave & Melnea Cass Blvd" : "10 Atkinson St";
  a.due = due;
  return a;
}

/// A live huddle: the data item, one top place, the overdue actions, a round-robin item.
HuddleBrief brief() {
  HuddleBrief b;
  b.huddle.id = 9;
  b.huddle.date = kToday;
  b.huddle.window_start_utc = test::utc(2026, 11, 25, 11);  // yesterday 6 AM in Boston
  b.huddle.state = HuddleState::live;
  RankedPlace p;
  p.rank = 1;
  p.place.id = "p1";
  p.place.name = "near Mass Ave & Melnea Cass Blvd";
  p.window_counts = {{"311", 7}, {"ems", 3}};
  p.tags = {PlaceTag::surging, PlaceTag::action_open};
  p.explanation = "10 reports since yesterday 6 AM: 6 needles, 4 overdoses; well above its usual level.";
  b.ranking.lists.top.push_back(p);
  b.ranking.quality.latest_event = {{"311", test::utc(2026, 11, 26, 10, 40)}};
  b.ranking.quality.unlocated = 2;
  for (auto [kind, title] : std::vector<std::pair<AgendaKind, std::string>>{
           {AgendaKind::data_safety, "Data and safety-critical items"},
           {AgendaKind::place, "1. near Mass Ave & Melnea Cass Blvd"},
           {AgendaKind::overdue_actions, "Overdue and due-today actions"},
           {AgendaKind::round_robin, "Public Works"}}) {
    AgendaItem item;
    item.kind = kind;
    item.title = title;
    if (kind == AgendaKind::place) item.place_id = "p1";
    if (kind == AgendaKind::round_robin) item.presenter_department = 6;
    b.agenda.push_back(item);
  }
  b.agenda[1].notes = "Ask Parks about the lights";
  b.carried = {action(1, "Sharps sweep", "p1", Date{std::chrono::year{2026} / 11 / 23}),
               action(2, "Bin pickup", "p2", kToday), action(3, "Outreach at dusk", "p1", std::nullopt),
               action(4, "Fence repair", "p2", Date{std::chrono::year{2026} / 12 / 1})};
  return b;
}

std::vector<Department> departments() { return {{6, "Public Works / Sanitation", "PWD", "city", 1, true}}; }

}  // namespace

TEST_CASE("a place's slide has its name, explanation, counts by stream since the last huddle and its actions") {
  const HuddleBrief b = brief();
  Action agreed = action(5, "Light repair", "p1", Date{std::chrono::year{2026} / 11 / 27});
  agreed.huddle_id = b.huddle.id;
  const Slide s = make_slide(b, {agreed}, departments(), 1, Settings{}.schedule());
  CHECK(s.kind == AgendaKind::place);
  CHECK(s.position == "Item 2 of 4");
  CHECK(s.kicker == "Top place 1");
  CHECK(s.title == "near Mass Ave & Melnea Cass Blvd");
  CHECK(s.tags == std::vector<std::string>{"Surging", "Action open"});
  CHECK(s.explanation.find("well above its usual level") != std::string::npos);
  CHECK(s.counts_since == "since yesterday 6 AM");
  REQUIRE(s.counts.size() == 2);
  CHECK(s.counts[0].stream == "311");
  CHECK(s.counts[0].count == 7);
  CHECK(s.counts[1].stream == "EMS");
  CHECK(s.counts[1].count == 3);
  CHECK(s.place_id == "p1");
  CHECK(s.list_heading == "Actions on this place");
  // Carried over on this place first (the overdue one, the undated one), then the one agreed this morning.
  REQUIRE(s.actions.size() == 3);
  CHECK(s.actions[0].title == "Sharps sweep");
  CHECK(s.actions[0].due == "3 days overdue");
  CHECK(s.actions[0].overdue);
  CHECK(s.actions[0].who == "PWD, Crew 4");
  CHECK(s.actions[1].title == "Outreach at dusk");
  CHECK(s.actions[1].due.empty());
  CHECK(s.actions[2].title == "Light repair");
  CHECK(s.actions[2].due == "due Fri 27 Nov");
  CHECK(s.notes == "Ask Parks about the lights");
  CHECK(s.next == "Next: Overdue and due-today actions");
}

TEST_CASE("an action marked done during the huddle stays on the slide, ticked, and a dropped one leaves it") {
  HuddleBrief b = brief();
  b.carried[0].status = ActionStatus::done;  // ticked off during the huddle
  b.carried[2].status = ActionStatus::dropped;
  Action agreed_then_done = action(5, "Light repair", "p1", std::nullopt);
  agreed_then_done.huddle_id = b.huddle.id;
  b.carried.push_back(agreed_then_done);  // read back with the brief after it was agreed
  agreed_then_done.status = ActionStatus::done;
  agreed_then_done.version = 2;
  const Slide s = make_slide(b, {agreed_then_done}, departments(), 1, Settings{}.schedule());
  REQUIRE(s.actions.size() == 2);  // each once, the newer copy
  CHECK(s.actions[0].title == "Sharps sweep");
  CHECK(s.actions[0].done);
  CHECK(!s.actions[0].overdue);  // done: no longer late
  CHECK(s.actions[0].due == "due Mon 23 Nov");
  CHECK(s.actions[1].title == "Light repair");
  CHECK(s.actions[1].done);
}

TEST_CASE("the actions item lists what is overdue or due today, a place's no action shows as its decision") {
  HuddleBrief b = brief();
  b.no_actions.push_back({"p1", "Cleared by Parks yesterday", test::utc(2026, 11, 26, 13), "chair"});
  const Slide actions = make_slide(b, {}, departments(), 2, Settings{}.schedule());
  CHECK(actions.list_heading == "Overdue and due today");
  REQUIRE(actions.actions.size() == 2);
  CHECK(actions.actions[0].title == "Sharps sweep");
  CHECK(actions.actions[0].place == "near Mass Ave & Melnea Cass Blvd");
  CHECK(actions.actions[1].title == "Bin pickup");
  CHECK(actions.actions[1].due == "due today");
  CHECK(!actions.actions[1].overdue);
  CHECK(make_slide(b, {}, departments(), 1, Settings{}.schedule()).decision == "No action: Cleared by Parks yesterday");

  b.carried.clear();
  CHECK(make_slide(b, {}, departments(), 2, Settings{}.schedule()).actions.empty());
  CHECK(make_slide(b, {}, departments(), 2, Settings{}.schedule()).empty_list == "Nothing overdue or due today.");
}

TEST_CASE("the data item shows how fresh the data is, a round-robin item its presenter, the last item no next") {
  const HuddleBrief b = brief();
  const Slide data = make_slide(b, {}, departments(), 0, Settings{}.schedule());
  REQUIRE(data.lines.size() == 2);
  CHECK(data.lines[0] == "Newest 311 report: Thu 26 Nov 05:40");
  CHECK(data.lines[1] == "2 reports without a usable location (not ranked)");
  CHECK(data.place_id.empty());
  const Slide last = make_slide(b, {}, departments(), 3, Settings{}.schedule());
  CHECK(last.presenter == "Presented by Public Works / Sanitation");
  CHECK(last.next == "Last item");
  CHECK_THROWS_AS(make_slide(b, {}, departments(), 4, Settings{}.schedule()), Error);
}
