#include "ui/action_labels.h"

#include <wx/intl.h>

#include "ui/ui_text.h"

namespace huddle::ui {

wxString status_label(core::ActionStatus status) {
  switch (status) {
    case core::ActionStatus::open:
      return _("Open");
    case core::ActionStatus::in_progress:
      return _("In progress");
    case core::ActionStatus::done:
      return _("Done");
    case core::ActionStatus::blocked:
      return _("Blocked");
    case core::ActionStatus::dropped:
      return _("Dropped");
  }
  return {};
}

wxArrayString status_labels() {
  wxArrayString labels;
  for (const auto status : kStatuses) labels.Add(status_label(status));
  return labels;
}

wxString group_label(core::ActionGroup group) {
  switch (group) {
    case core::ActionGroup::overdue:
      return _("Overdue");
    case core::ActionGroup::due_today:
      return _("Due today");
    case core::ActionGroup::open:
      return _("Open");
    case core::ActionGroup::closed:
      return _("Closed");
  }
  return {};
}

wxString field_label(const std::string& field) {
  if (field == "created") return _("Created");
  if (field == "title") return _("Title");
  if (field == "department_id") return _("Department");
  if (field == "owner") return _("Owner");
  if (field == "place_name") return _("Place");
  if (field == "due_date") return _("Due");
  if (field == "status") return _("Status");
  if (field == "priority") return _("Priority");
  if (field == "note") return _("Note");
  return wx(field);
}

}  // namespace huddle::ui
