#include "core/huddle/action_groups.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace huddle::core {

std::string_view to_string(ActionGroup group) {
  static constexpr std::array<std::string_view, 4> kGroups = {"overdue", "due_today", "open", "closed"};
  return kGroups.at(static_cast<std::size_t>(group));
}

ActionGroup group_of(const Action& action, Date today) {
  if (!is_open(action.status)) return ActionGroup::closed;
  if (action.due && *action.due < today) return ActionGroup::overdue;
  if (action.due && *action.due == today) return ActionGroup::due_today;
  return ActionGroup::open;
}

int age_in_days(const Action& action, const HuddleSchedule& schedule, Date today) {
  const Date created = schedule.local_date(action.created_utc);
  return static_cast<int>((std::chrono::sys_days{today} - std::chrono::sys_days{created}).count());
}

std::vector<Action> in_tracker_order(std::vector<Action> actions, Date today) {
  auto key = [&](const Action& a) {
    const auto due = a.due ? std::chrono::sys_days{*a.due} : std::chrono::sys_days::max();
    return std::make_tuple(static_cast<int>(group_of(a, today)), due, a.id);
  };
  std::stable_sort(actions.begin(), actions.end(), [&](const Action& x, const Action& y) { return key(x) < key(y); });
  return actions;
}

}  // namespace huddle::core
