#include "ui/dialogs/action_form_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/ui_text.h"
#include "ui/wx_date.h"

namespace huddle::ui {

ActionFormDialog::ActionFormDialog(wxWindow* parent, const wxString& caption, const ActionFormSetup& setup)
    : wxDialog(parent, wxID_ANY, caption, wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_places(setup.places),
      m_fixed_place(setup.fixed_place && !setup.places.empty()) {
  m_title = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(FromDIP(420), -1), 0, wxDefaultValidator,
                           "action title");
  m_department = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                              "action department");
  for (const auto& d : setup.departments) {
    if (!d.active) continue;
    m_department->Append(wx(d.name));
    m_department_ids.push_back(d.id);
    if (d.id == setup.department) m_department->SetSelection(static_cast<int>(m_department_ids.size()) - 1);
  }
  m_owner = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "action owner");
  m_owner->SetHint(_("a role or team, never a patient"));
  m_has_due = new wxCheckBox(this, wxID_ANY, _("D&ue:"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                             "action has due");
  m_has_due->SetValue(true);
  m_due = new wxDatePickerCtrl(this, wxID_ANY, to_wx_date(setup.due), wxDefaultPosition, wxDefaultSize,
                               wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "action due");

  auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
  grid->AddGrowableCol(1);
  auto label = [&](const wxString& text) {
    grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
  };
  label(_("&Title:"));
  grid->Add(m_title, 1, wxEXPAND);
  label(_("&Department:"));
  grid->Add(m_department, 1, wxEXPAND);
  label(_("&Owner:"));
  grid->Add(m_owner, 1, wxEXPAND);
  grid->Add(m_has_due, 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_due, 0);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  if (m_fixed_place) {
    auto* place = new wxStaticText(this, wxID_ANY, "");
    place->SetLabelText(wx(m_places.front().name));  // place names hold "&"
    place->SetFont(place->GetFont().Bold());
    sizer->Add(place, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
  } else {
    m_place = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                           "action place");
    m_place->Append(_("No place"));
    for (const auto& p : m_places) m_place->Append(wx(p.name));
    m_place->SetSelection(m_places.empty() ? 0 : 1);
    label(_("&Place:"));
    grid->Add(m_place, 1, wxEXPAND);
  }
  sizer->Add(grid, 1, wxEXPAND | wxALL, FromDIP(12));
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
  SetSizerAndFit(sizer);
  m_title->SetFocus();

  m_has_due->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { m_due->Enable(m_has_due->GetValue()); });
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
    e.Enable(!m_title->GetValue().Strip(wxString::both).empty() && m_department->GetSelection() != wxNOT_FOUND);
  }, wxID_OK);
}

core::NewAction ActionFormDialog::Request() const {
  core::NewAction request;
  request.title = m_title->GetValue().Strip(wxString::both).utf8_string();
  if (const int d = m_department->GetSelection(); d != wxNOT_FOUND) {
    request.department_id = m_department_ids[static_cast<std::size_t>(d)];
  }
  request.owner = m_owner->GetValue().Strip(wxString::both).utf8_string();
  if (m_has_due->GetValue() && m_due->GetValue().IsValid()) request.due = from_wx_date(m_due->GetValue());
  if (m_fixed_place) {
    request.place_id = m_places.front().id;
  } else if (const int p = m_place->GetSelection(); p > 0) {
    request.place_id = m_places[static_cast<std::size_t>(p - 1)].id;
  }
  return request;
}

}  // namespace huddle::ui
