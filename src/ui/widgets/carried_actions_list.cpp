#include "ui/widgets/carried_actions_list.h"

#include <wx/intl.h>

#include "core/huddle/action_groups.h"
#include "core/time/local_format.h"
#include "ui/action_labels.h"
#include "ui/ui_text.h"

namespace huddle::ui {

CarriedActionsList::CarriedActionsList(wxWindow* parent, const wxString& name)
    : wxListView(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL, wxDefaultValidator,
                 name) {
  const std::pair<wxString, int> columns[] = {{_("Group"), 80},  {_("Age (days)"), 70}, {_("Due"), 90},
                                              {_("Action"), 220}, {_("Department"), 150}, {_("Owner"), 110},
                                              {_("Place"), 200}};
  for (const auto& [title, width] : columns) AppendColumn(title, wxLIST_FORMAT_LEFT, FromDIP(width));
}

void CarriedActionsList::ShowActions(const std::vector<core::Action>& carried,
                                     const std::map<std::int64_t, std::string>& departments,
                                     const core::HuddleSchedule& schedule, core::Date today) {
  DeleteAllItems();
  for (const auto& a : carried) {
    const auto group = core::group_of(a, today);
    const long row = InsertItem(GetItemCount(), group_label(group));
    SetItem(row, 1, wxString::Format("%d", core::age_in_days(a, schedule, today)));
    SetItem(row, 2, a.due ? wx(core::format_short_date(*a.due)) : wxString());
    SetItem(row, 3, wx(a.title));
    const auto department = departments.find(a.department_id);
    SetItem(row, 4, department == departments.end() ? wxString() : wx(department->second));
    SetItem(row, 5, wx(a.owner));
    SetItem(row, 6, wx(a.place_name));
    if (group == core::ActionGroup::overdue) SetItemBackgroundColour(row, wxColour(0xf8, 0xd7, 0xda));
    if (group == core::ActionGroup::due_today) SetItemBackgroundColour(row, wxColour(0xff, 0xf0, 0xc2));
  }
}

}  // namespace huddle::ui
