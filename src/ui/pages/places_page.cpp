#include "ui/pages/places_page.h"

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <fmt/format.h>

#include "core/config/categories.h"
#include "core/report/today_text.h"
#include "core/time/local_format.h"
#include "ui/ui_text.h"

namespace huddle::ui {

PlacesPage::PlacesPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock)
    : Page(parent, workspace, clock) {
  m_heading = new wxStaticText(this, wxID_ANY, "");
  m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  const std::pair<wxString, int> columns[] = {{_("Time"), 140},    {_("Stream"), 70},   {_("Category"), 230},
                                              {_("Type"), 260},    {_("Address"), 340}, {_("Location"), 110},
                                              {_("Repeat"), 70}};
  for (const auto& [title, width] : columns) m_list->AppendColumn(title, wxLIST_FORMAT_LEFT, width);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_heading, 0, wxALL, 8);
  sizer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);
}

void PlacesPage::Reload() {
  const auto schedule = m_workspace.settings.schedule();
  const auto window = schedule.current_at(m_clock.now());
  auto events = m_workspace.store->events().in_range(window.start, window.cutoff);
  m_heading->SetLabel(wx(fmt::format("{} reports from {} to {}, newest first", events.size(),
                                     core::format_local(window.start, schedule), core::format_local(window.cutoff, schedule))));
  m_list->DeleteAllItems();
  for (auto it = events.rbegin(); it != events.rend(); ++it) {
    const auto& e = *it;
    long row = m_list->InsertItem(m_list->GetItemCount(), wx(core::format_local(e.occurred_utc, schedule)));
    m_list->SetItem(row, 1, wx(core::stream_label(e.stream)));
    m_list->SetItem(row, 2, wx(core::category_label(m_workspace.categories, e.category)));
    m_list->SetItem(row, 3, wx(e.raw_type));
    m_list->SetItem(row, 4, wx(e.address));
    m_list->SetItem(row, 5, wx(std::string(core::to_string(e.geo_quality))));
    m_list->SetItem(row, 6, e.linked_to ? wxString(_("yes")) : wxString());
    if (e.linked_to) m_list->SetItemTextColour(row, wxColour(0x80, 0x80, 0x80));
  }
}

int PlacesPage::RowCount() const { return m_list->GetItemCount(); }

}  // namespace huddle::ui
