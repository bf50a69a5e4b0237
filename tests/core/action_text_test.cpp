// The tracker, an action's history and a refused change as text for a terminal.

#include <doctest/doctest.h>

#include "core/config/settings.h"
#include "core/report/action_text.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

TrackerRow row(std::int64_t id, ActionGroup group, std::optional<Date> due) {
  TrackerRow r;
  r.action.id = id;
  r.action.title = "Sharps sweep " + std::to_string(id);
  r.action.owner = id == 1 ? "Crew 4" : "";
  r.action.place_name = id == 1 ? "near Mass Ave & Melnea Cass Blvd" : "";
  r.action.due = due;
  r.action.status = group == ActionGroup::closed ? ActionStatus::done : ActionStatus::open;
  r.department.short_name = "PWD";
  r.group = group;
  r.age_days = 3;
  return r;
}

}  // namespace

TEST_CASE("the tracker text has one heading per group with its count and one line per action") {
  const auto text = format_tracker_text({row(1, ActionGroup::overdue, std::chrono::year{2026} / 11 / 23),
                                         row(2, ActionGroup::overdue, std::nullopt), row(3, ActionGroup::open, {})});
  CHECK(text.find("Overdue (2)\n") != std::string::npos);
  CHECK(text.find("Open (1)\n") != std::string::npos);
  CHECK(text.find("Due today") == std::string::npos);
  CHECK(text.find("Overdue (2)") < text.find("Open (1)"));
  CHECK(text.find("    1  open         Mon 23 Nov    3d  PWD        Crew 4                Sharps sweep 1 — near Mass "
                  "Ave & Melnea Cass Blvd\n") != std::string::npos);
  CHECK(text.find("    2  open         -             3d  PWD        -                     Sharps sweep 2\n") !=
        std::string::npos);
  CHECK(format_tracker_text({}) == "No actions to show.\n");
}

TEST_CASE("the history text gives local time, who, field and old → new, oldest first") {
  const auto schedule = Settings{}.schedule();
  Action a;
  a.id = 7;
  a.title = "Sharps sweep";
  const std::vector<ActionChange> changes = {
      {1, 7, test::utc(2026, 11, 26, 13, 5), "chair", "created", "", "Sharps sweep"},
      {2, 7, test::utc(2026, 11, 26, 15, 30), "pwd.lead", "status", "open", "done"}};
  const auto text = format_history_text(a, changes, schedule);
  CHECK(text.rfind("Action 7: Sharps sweep\n", 0) == 0);
  CHECK(text.find("Thu 26 Nov 08:05  chair             created      \"Sharps sweep\"\n") != std::string::npos);
  CHECK(text.find("Thu 26 Nov 10:30  pwd.lead          status       \"open\" → \"done\"\n") != std::string::npos);
}

TEST_CASE("a refused change says who saved first, when, and what the action holds now") {
  const auto schedule = Settings{}.schedule();
  Action fresh;
  fresh.id = 7;
  fresh.status = ActionStatus::in_progress;
  fresh.owner = "Crew 4";
  fresh.version = 3;
  const ActionChange last{9, 7, test::utc(2026, 11, 26, 15, 30), "pwd.lead", "owner", "", "Crew 4"};
  const auto text = format_conflict_text(fresh, last, schedule);
  CHECK(text.find("action 7 was changed by pwd.lead at Thu 26 Nov 10:30 (it is now at version 3)") !=
        std::string::npos);
  CHECK(text.find("status in_progress, owner \"Crew 4\", due (none), note (none)") != std::string::npos);
}
