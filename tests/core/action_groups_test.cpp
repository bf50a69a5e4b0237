#include <doctest/doctest.h>

#include "core/config/settings.h"
#include "core/huddle/action_groups.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

Date day(unsigned d) { return Date{std::chrono::year{2026}, std::chrono::November, std::chrono::day{d}}; }

Action action(std::int64_t id, ActionStatus status, std::optional<Date> due) {
  Action a;
  a.id = id;
  a.status = status;
  a.due = due;
  a.created_utc = test::utc(2026, 11, 20, 13);
  return a;
}

}  // namespace

TEST_CASE("the tracker shows overdue first, then due today, then open, then closed") {
  const Date today = day(26);
  std::vector<Action> actions = {action(1, ActionStatus::done, day(20)), action(2, ActionStatus::open, day(27)),
                                 action(3, ActionStatus::open, today), action(4, ActionStatus::blocked, day(24)),
                                 action(5, ActionStatus::in_progress, std::nullopt),
                                 action(6, ActionStatus::open, day(22))};
  std::vector<std::int64_t> ids;
  for (const auto& a : in_tracker_order(actions, today)) ids.push_back(a.id);
  CHECK(ids == std::vector<std::int64_t>{6, 4, 3, 2, 5, 1});
  CHECK(group_of(actions[0], today) == ActionGroup::closed);  // done long ago is not overdue
  CHECK(group_of(actions[3], today) == ActionGroup::overdue);  // blocked still needs work
}

TEST_CASE("an action's age counts local days since it was created") {
  const auto schedule = Settings{}.schedule();
  const Action a = action(1, ActionStatus::open, std::nullopt);  // created Fri 20 Nov 08:00 local
  CHECK(age_in_days(a, schedule, day(20)) == 0);
  CHECK(age_in_days(a, schedule, day(26)) == 6);
}
