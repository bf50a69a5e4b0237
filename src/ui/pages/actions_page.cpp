#include "ui/pages/actions_page.h"

#include <map>

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>

#include "core/huddle/action_groups.h"
#include "core/time/iso.h"
#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

wxString group_label(core::ActionGroup group) {
  switch (group) {
    case core::ActionGroup::overdue: return _("Overdue");
    case core::ActionGroup::due_today: return _("Due today");
    case core::ActionGroup::open: return _("Open");
    case core::ActionGroup::closed: return _("Closed");
  }
  return {};
}

wxString status_label(core::ActionStatus status) {
  switch (status) {
    case core::ActionStatus::open: return _("Open");
    case core::ActionStatus::in_progress: return _("In progress");
    case core::ActionStatus::done: return _("Done");
    case core::ActionStatus::blocked: return _("Blocked");
    case core::ActionStatus::dropped: return _("Dropped");
  }
  return {};
}

}  // namespace

ActionsPage::ActionsPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock)
    : Page(parent, workspace, clock) {
  m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  const std::pair<wxString, int> columns[] = {{_("Group"), 90},       {_("Status"), 100}, {_("Due"), 100},
                                              {_("Age (days)"), 90},  {_("Action"), 420}, {_("Department"), 230},
                                              {_("Owner"), 190},      {_("Place"), 300}};
  for (const auto& [title, width] : columns) m_list->AppendColumn(title, wxLIST_FORMAT_LEFT, width);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_list, 1, wxEXPAND | wxALL, 8);
  SetSizer(sizer);
}

void ActionsPage::Reload() {
  const auto schedule = m_workspace.settings.schedule();
  const core::Date today = schedule.current_at(m_clock.now()).date;
  std::map<std::int64_t, std::string> departments;
  for (const auto& d : m_workspace.store->departments().list()) departments[d.id] = d.name;

  m_list->DeleteAllItems();
  for (const auto& a : core::in_tracker_order(m_workspace.store->actions().list(), today)) {
    const auto group = core::group_of(a, today);
    long row = m_list->InsertItem(m_list->GetItemCount(), group_label(group));
    m_list->SetItem(row, 1, status_label(a.status));
    m_list->SetItem(row, 2, a.due ? wx(core::format_date(*a.due)) : wxString());
    m_list->SetItem(row, 3, wxString::Format("%d", core::age_in_days(a, schedule, today)));
    m_list->SetItem(row, 4, wx(a.title));
    m_list->SetItem(row, 5, wx(departments[a.department_id]));
    m_list->SetItem(row, 6, wx(a.owner));
    m_list->SetItem(row, 7, wx(a.place_name));
    if (group == core::ActionGroup::overdue) m_list->SetItemBackgroundColour(row, wxColour(0xf8, 0xd7, 0xda));
    if (group == core::ActionGroup::due_today) m_list->SetItemBackgroundColour(row, wxColour(0xff, 0xf0, 0xc2));
    if (group == core::ActionGroup::closed) m_list->SetItemTextColour(row, wxColour(0x80, 0x80, 0x80));
  }
}

int ActionsPage::RowCount() const { return m_list->GetItemCount(); }

}  // namespace huddle::ui
