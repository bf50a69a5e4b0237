#include "core/huddle/action_tracker.h"

#include <map>

namespace huddle::core {
namespace {

bool shown(const ActionFilter& filter, const Action& action, Date today) {
  if (filter.department_id && action.department_id != *filter.department_id) return false;
  if (filter.status && action.status != *filter.status) return false;
  const ActionGroup group = group_of(action, today);
  if (filter.overdue_only && group != ActionGroup::overdue) return false;
  return group != ActionGroup::closed || filter.include_closed || filter.status.has_value();
}

}  // namespace

std::vector<TrackerRow> tracker_rows(Store& store, const HuddleSchedule& schedule, Date today,
                                     const ActionFilter& filter) {
  std::map<std::int64_t, Department> departments;
  for (auto& d : store.departments().list()) departments[d.id] = std::move(d);
  std::map<std::int64_t, Date> huddle_dates;
  for (const auto& h : store.huddles().list()) huddle_dates[h.id] = h.date;

  std::vector<Action> actions;
  for (auto& a : store.actions().list()) {
    if (shown(filter, a, today)) actions.push_back(std::move(a));
  }
  std::vector<TrackerRow> rows;
  for (auto& a : in_tracker_order(std::move(actions), today)) {
    TrackerRow row;
    row.department = departments[a.department_id];
    row.group = group_of(a, today);
    row.age_days = age_in_days(a, schedule, today);
    if (a.huddle_id) {
      if (auto it = huddle_dates.find(*a.huddle_id); it != huddle_dates.end()) row.huddle_date = it->second;
    }
    row.action = std::move(a);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace huddle::core
