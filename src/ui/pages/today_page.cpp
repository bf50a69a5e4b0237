#include "ui/pages/today_page.h"

#include <algorithm>

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include <fmt/format.h>

#include "core/analysis/today_summary.h"
#include "core/config/categories.h"
#include "core/report/today_text.h"
#include "core/time/local_format.h"
#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

wxStaticText* label(wxWindow* parent, const wxString& text, double scale, bool bold) {
  auto* l = new wxStaticText(parent, wxID_ANY, text);
  wxFont f = l->GetFont();
  f.SetFractionalPointSize(f.GetFractionalPointSize() * scale);
  if (bold) f.MakeBold();
  l->SetFont(f);
  return l;
}

}  // namespace

TodayPage::TodayPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock)
    : Page(parent, workspace, clock) {
  auto* top = new wxBoxSizer(wxVERTICAL);
  m_title = label(this, "", 1.8, true);
  m_window = label(this, "", 1.1, false);
  top->Add(m_title, 0, wxLEFT | wxRIGHT | wxTOP, 16);
  top->Add(m_window, 0, wxLEFT | wxRIGHT | wxBOTTOM, 16);
  m_cards = new wxBoxSizer(wxHORIZONTAL);
  top->Add(m_cards, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);

  auto* bottom = new wxBoxSizer(wxHORIZONTAL);
  auto* quality_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Data quality"));
  m_quality = label(quality_box->GetStaticBox(), "", 1.0, false);
  quality_box->Add(m_quality, 0, wxALL, 8);
  auto* actions_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Actions"));
  m_actions = label(actions_box->GetStaticBox(), "", 1.0, false);
  actions_box->Add(m_actions, 0, wxALL, 8);
  bottom->Add(quality_box, 1, wxEXPAND | wxALL, 8);
  bottom->Add(actions_box, 1, wxEXPAND | wxALL, 8);
  top->Add(bottom, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  top->AddStretchSpacer();
  SetSizer(top);
}

void TodayPage::Reload() {
  const auto schedule = m_workspace.settings.schedule();
  const auto summary = core::summarize_today(*m_workspace.store, schedule, m_clock.now());
  m_title->SetLabel(wx(fmt::format("{} huddle — {}", m_workspace.settings.city_name,
                                   core::format_long_date(summary.window.date))));
  m_window->SetLabel(wx(fmt::format("Since the last huddle: {} → {} ({})", core::format_local(summary.window.start, schedule),
                                    core::format_local(summary.window.cutoff, schedule), schedule.zone_name())));

  m_cards->Clear(true);
  m_totals.clear();
  for (const auto& stream : summary.streams) {
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, wx(core::stream_label(stream.stream)));
    wxWindow* card = box->GetStaticBox();
    auto* total = label(card, wxString::Format("%ld", stream.total), 3.0, true);
    m_totals[stream.stream] = total;
    box->Add(total, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    box->Add(label(card, _("reports since the last cutoff (repeats counted once)"), 0.95, false), 0, wxLEFT | wxRIGHT, 12);
    const wxString newest = stream.newest ? wx("Newest report: " + core::format_local(*stream.newest, schedule))
                                          : wxString(_("No data yet"));
    box->Add(label(card, newest, 0.95, false), 0, wxALL, 12);
    // Tall enough for every category without scrolling, no taller.
    const int rows = std::max<int>(static_cast<int>(stream.by_category.size()), 1);
    auto* list = new wxListView(card, wxID_ANY, wxDefaultPosition, wxSize(-1, rows * FromDIP(24) + FromDIP(8)),
                                wxLC_REPORT | wxLC_NO_HEADER);
    list->AppendColumn(_("Count"), wxLIST_FORMAT_RIGHT, 70);
    list->AppendColumn(_("Category"), wxLIST_FORMAT_LEFT, 300);
    for (const auto& c : stream.by_category) {
      long row = list->InsertItem(list->GetItemCount(), wxString::Format("%ld", c.count));
      list->SetItem(row, 1, wx(core::category_label(m_workspace.categories, c.category)));
    }
    box->Add(list, 0, wxEXPAND | wxALL, 8);
    m_cards->Add(box, 1, wxEXPAND | wxALL, 8);
  }
  m_quality->SetLabel(wx(fmt::format("{} reports without a usable location\n{} repeat reports linked (counted once)",
                                     summary.totals.unlocated, summary.totals.linked)));
  m_actions->SetLabel(wx(fmt::format("{} open\n{} overdue\n{} due today", summary.open_actions, summary.overdue_actions,
                                     summary.due_today)));
  Layout();
}

wxString TodayPage::ShownTotal(const std::string& stream) const {
  auto it = m_totals.find(stream);
  return it == m_totals.end() ? wxString() : it->second->GetLabel();
}

}  // namespace huddle::ui
