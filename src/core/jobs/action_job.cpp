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

}  // namespace

Action add_action(Store& store, const NewAction& request, const std::string& who, UtcTime now) {
  if (request.title.find_first_not_of(" \t\r\n") == std::string::npos) throw Error("an action needs a title");
  const auto departments = store.departments().list();
  const auto department = std::find_if(departments.begin(), departments.end(),
                                       [&](const Department& d) { return d.id == request.department_id; });
  if (department == departments.end()) throw Error(fmt::format("no department with id {}", request.department_id));
  if (!department->active) {
    throw Error(fmt::format("{} is inactive: it keeps its history but gets no new actions", department->name));
  }
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

bool edit_action(Store& store, Action& action, const ActionEdit& edit, const std::string& who, UtcTime now) {
  Action changed = action;
  if (edit.status) changed.status = *edit.status;
  if (edit.owner) changed.owner = *edit.owner;
  if (edit.due) changed.due = *edit.due;
  if (edit.note) changed.note = *edit.note;
  changed.updated_utc = now;
  store.actions().update(changed, who);
  if (changed.version == action.version) return false;
  action = changed;
  return true;
}

}  // namespace huddle::core
