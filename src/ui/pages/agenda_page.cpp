#include "ui/pages/agenda_page.h"

#include <map>

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>

#include <fmt/format.h>

#include "core/time/local_format.h"
#include "ui/ui_text.h"

namespace huddle::ui {

AgendaPage::AgendaPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock)
    : Page(parent, workspace, clock) {
  m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  const std::pair<wxString, int> columns[] = {{_("Huddle"), 260},      {_("Data window"), 300}, {_("State"), 90},
                                              {_("Departments present"), 170}, {_("Actions agreed"), 130},
                                              {_("Still open"), 100}};
  for (const auto& [title, width] : columns) m_list->AppendColumn(title, wxLIST_FORMAT_LEFT, width);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_list, 1, wxEXPAND | wxALL, 8);
  SetSizer(sizer);
}

void AgendaPage::Reload() {
  const auto schedule = m_workspace.settings.schedule();
  std::map<std::int64_t, std::pair<int, int>> agreed;  // huddle id -> (actions, still open)
  for (const auto& a : m_workspace.store->actions().list()) {
    if (!a.huddle_id) continue;
    auto& [count, open] = agreed[*a.huddle_id];
    ++count;
    open += core::is_open(a.status) ? 1 : 0;
  }
  m_list->DeleteAllItems();
  for (const auto& h : m_workspace.store->huddles().list()) {
    long row = m_list->InsertItem(m_list->GetItemCount(), wx(core::format_long_date(h.date)));
    m_list->SetItem(row, 1, wx(fmt::format("{} → {}", core::format_local(h.window_start_utc, schedule),
                                           core::format_local(h.cutoff_utc, schedule))));
    m_list->SetItem(row, 2, wx(std::string(core::to_string(h.state))));
    m_list->SetItem(row, 3, wxString::Format("%zu", h.attendance.size()));
    m_list->SetItem(row, 4, wxString::Format("%d", agreed[h.id].first));
    m_list->SetItem(row, 5, wxString::Format("%d", agreed[h.id].second));
  }
}

int AgendaPage::RowCount() const { return m_list->GetItemCount(); }

}  // namespace huddle::ui
