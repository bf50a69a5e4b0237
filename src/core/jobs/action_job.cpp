#include "core/jobs/action_job.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.h"
#include "core/jobs/decision_job.h"
#include "core/time/iso.h"

namespace huddle::core {
namespace {

/// The name the ranking last gave `place_id`, else the id: an action keeps the name its place had when agreed.
std::string place_name_of(Store& store, const std::string& place_id) {
  for (const auto& p : store.places().listed_since(UtcTime{})) {
    if (p.place.id == place_id) return p.place.name;
  }
  return place_id;
}

/// Throws huddle::Error when `title` is blank.
void check_title(const std::string& title) {
  if (title.find_first_not_of(" \t\r\n") == std::string::npos) throw Error("an action needs a title");
}

/// Throws huddle::Error unless department `id` is stored and active.
void check_department(Store& store, std::int64_t id) {
  const auto departments = store.departments().list();
  const auto department =
      std::find_if(departments.begin(), departments.end(), [&](const Department& d) { return d.id == id; });
  if (department == departments.end()) throw Error(fmt::format("no department with id {}", id));
  if (!department->active) {
    throw Error(fmt::format("{} is inactive: it keeps its history but gets no new actions", department->name));
  }
}

}  // namespace

Action add_action(Store& store, const NewAction& request, const std::string& who, UtcTime now) {
  check_title(request.title);
  check_department(store, request.department_id);
  Action action;
  action.title = request.title;
  action.department_id = request.department_id;
  action.owner = request.owner;
  action.due = request.due;
  action.place_id = request.place_id;
  if (!request.place_id.empty()) action.place_name = place_name_of(store, request.place_id);
  action.created_utc = now;
  if (!request.huddle_date) {
    store.actions().add(action, who);
    return action;
  }
  const auto huddle = store.huddles().by_date(*request.huddle_date);
  if (!huddle) throw Error(fmt::format("no huddle is stored for {}", format_date(*request.huddle_date)));
  agree_action(store, *huddle, action, who);
  return action;
}

bool save_action(Store& store, Action& changed, const std::string& who, UtcTime now) {
  check_title(changed.title);
  const auto stored = store.actions().get(changed.id);
  if (!stored || stored->department_id != changed.department_id) check_department(store, changed.department_id);
  const int version = changed.version;
  changed.updated_utc = now;
  store.actions().update(changed, who);
  return changed.version != version;
}

bool edit_action(Store& store, Action& action, const ActionEdit& edit, const std::string& who, UtcTime now) {
  Action changed = action;
  if (edit.title) changed.title = *edit.title;
  if (edit.department_id) changed.department_id = *edit.department_id;
  if (edit.priority) changed.priority = *edit.priority;
  if (edit.status) changed.status = *edit.status;
  if (edit.owner) changed.owner = *edit.owner;
  if (edit.due) changed.due = *edit.due;
  if (edit.note) changed.note = *edit.note;
  if (!save_action(store, changed, who, now)) return false;
  action = changed;
  return true;
}

}  // namespace huddle::core
