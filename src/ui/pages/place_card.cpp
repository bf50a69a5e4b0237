#include "ui/pages/place_card.h"

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "core/config/categories.h"
#include "core/report/ranking_text.h"
#include "core/report/today_text.h"
#include "core/time/local_format.h"
#include "ui/ui_text.h"
#include "ui/widgets/daily_bars_panel.h"
#include "ui/widgets/stretch_column.h"

namespace huddle::ui {
namespace {

wxStaticText* heading(wxWindow* parent, const wxString& text, double scale) {
  auto* label = new wxStaticText(parent, wxID_ANY, text);
  wxFont font = label->GetFont();
  font.SetFractionalPointSize(font.GetFractionalPointSize() * scale);
  label->SetFont(font.Bold());
  return label;
}

/// A report list of `columns` (title, width in DIP) whose column `stretch` takes the width the others leave.
wxListView* table(wxWindow* parent, const char* name, const std::vector<std::pair<wxString, int>>& columns,
                  int stretch, int height) {
  auto* list = new wxListView(parent, wxID_ANY, wxDefaultPosition, wxSize(-1, height), wxLC_REPORT | wxLC_SINGLE_SEL,
                              wxDefaultValidator, name);
  for (const auto& [title, width] : columns) {
    list->AppendColumn(title, title == _("Count") ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT, list->FromDIP(width));
  }
  StretchColumn(list, stretch, list->FromDIP(columns.at(static_cast<std::size_t>(stretch)).second));
  return list;
}

}  // namespace

PlaceCard::PlaceCard(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  m_name = heading(this, "", 1.5);
  m_tags = heading(this, "", 1.0);
  m_explanation = new wxStaticText(this, wxID_ANY, "");
  m_chart = new DailyBarsPanel(this);
  m_types = table(this, "place types", {{_("Count"), 52}, {_("Stream"), 56}, {_("Type"), 200}, {_("Category"), 170}}, 2,
                  FromDIP(140));
  // Where before Type: the types have their own table above, the blocks do not.
  m_events = table(this, "place events",
                   {{_("Time"), 132}, {_("Stream"), 56}, {_("Where"), 230}, {_("Type"), 170}, {_("Category"), 170}}, 2,
                   FromDIP(160));

  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(m_name, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);
  m_details = new wxBoxSizer(wxVERTICAL);
  m_details->Add(m_tags, 0, wxEXPAND | wxTOP, 4);
  m_details->Add(m_explanation, 0, wxEXPAND | wxTOP, 6);
  m_details->Add(m_chart, 0, wxEXPAND | wxTOP, 8);
  m_details->Add(heading(this, _("Event types, last 28 days"), 1.0), 0, wxTOP, 10);
  m_details->Add(m_types, 0, wxEXPAND | wxTOP, 4);
  m_details->Add(heading(this, _("Events, last 28 days (addresses at block level)"), 1.0), 0, wxTOP, 10);
  m_details->Add(m_events, 1, wxEXPAND | wxTOP, 4);
  top->Add(m_details, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(top);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    WrapTexts();
    event.Skip();
  });
  ShowMessage("");
}

void PlaceCard::ShowPlace(const core::RankedPlace& place, const core::PlaceEvents& events,
                          const std::vector<core::Category>& categories, const core::HuddleSchedule& schedule) {
  m_name_text = wx(place.place.name);
  m_tags->SetLabelText(wx(core::tags_text(place)));
  m_explanation_text = wx(place.explanation);
  m_chart->SetDaily(place.daily);
  m_types->DeleteAllItems();
  for (const auto& t : events.types) {
    const long row = m_types->InsertItem(m_types->GetItemCount(), wxString::Format("%ld", t.count));
    m_types->SetItem(row, 1, wx(core::stream_label(t.stream)));
    m_types->SetItem(row, 2, wx(t.raw_type));
    m_types->SetItem(row, 3, wx(core::category_label(categories, t.category)));
  }
  m_events->DeleteAllItems();
  for (const auto& e : events.events) {
    const long row = m_events->InsertItem(m_events->GetItemCount(), wx(core::format_local(e.occurred_utc, schedule)));
    m_events->SetItem(row, 1, wx(core::stream_label(e.stream)));
    m_events->SetItem(row, 2, wx(e.block));
    m_events->SetItem(row, 3, wx(e.raw_type));
    m_events->SetItem(row, 4, wx(core::category_label(categories, e.category)));
  }
  m_details->ShowItems(true);
  WrapTexts();
}

void PlaceCard::ShowMessage(const wxString& message) {
  m_name_text = message;
  m_explanation_text.clear();
  m_details->ShowItems(false);
  WrapTexts();
}

void PlaceCard::WrapTexts() {
  const int width = GetClientSize().x - FromDIP(16);
  // SetLabelText: names and explanations hold "&", which SetLabel would take for a mnemonic.
  m_name->SetLabelText(m_name_text);
  m_explanation->SetLabelText(m_explanation_text);
  if (width > 0) {
    m_name->Wrap(width);
    m_explanation->Wrap(width);
  }
  Layout();
}

wxString PlaceCard::ShownName() const {
  wxString text = m_name->GetLabelText();
  text.Replace("\n", " ");
  return text;
}

wxString PlaceCard::ShownExplanation() const {
  wxString text = m_explanation->GetLabelText();
  text.Replace("\n", " ");
  return text;
}

int PlaceCard::EventRowCount() const { return m_events->GetItemCount(); }

}  // namespace huddle::ui
