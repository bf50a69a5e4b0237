#include "ui/dialogs/agreed_action_dialog.h"

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

AgreedActionDialog::AgreedActionDialog(wxWindow* parent, const std::string& place_name,
                                       const std::vector<core::Department>& departments, std::int64_t department,
                                       core::Date due)
    : wxDialog(parent, wxID_ANY, _("Add action"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
  auto* place = new wxStaticText(this, wxID_ANY, "");
  place->SetLabelText(wx(place_name));  // place names hold "&"
  place->SetFont(place->GetFont().Bold());
  m_title = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(FromDIP(420), -1), 0, wxDefaultValidator,
                           "action title");
  m_department = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                              "action department");
  for (const auto& d : departments) {
    m_department->Append(wx(d.name));
    m_department_ids.push_back(d.id);
    if (d.id == department) m_department->SetSelection(static_cast<int>(m_department_ids.size()) - 1);
  }
  if (m_department->GetSelection() == wxNOT_FOUND && !departments.empty()) m_department->SetSelection(0);
  m_owner = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "action owner");
  m_owner->SetHint(_("a role or team, never a patient"));
  m_has_due = new wxCheckBox(this, wxID_ANY, _("D&ue:"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                             "action has due");
  m_has_due->SetValue(true);
  m_due = new wxDatePickerCtrl(this, wxID_ANY, to_wx_date(due), wxDefaultPosition, wxDefaultSize,
                               wxDP_DROPDOWN | wxDP_SHOWCENTURY, wxDefaultValidator, "action due");

  auto* grid = new wxFlexGridSizer(2, FromDIP(6), FromDIP(8));
  grid->AddGrowableCol(1);
  grid->Add(new wxStaticText(this, wxID_ANY, _("&Title:")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_title, 1, wxEXPAND);
  grid->Add(new wxStaticText(this, wxID_ANY, _("&Department:")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_department, 1, wxEXPAND);
  grid->Add(new wxStaticText(this, wxID_ANY, _("&Owner:")), 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_owner, 1, wxEXPAND);
  grid->Add(m_has_due, 0, wxALIGN_CENTER_VERTICAL);
  grid->Add(m_due, 0);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(place, 0, wxALL, 12);
  sizer->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
  sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
  SetSizerAndFit(sizer);
  m_title->SetFocus();

  m_has_due->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { m_due->Enable(m_has_due->GetValue()); });
  Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
    e.Enable(!m_title->GetValue().Strip(wxString::both).empty() && m_department->GetSelection() != wxNOT_FOUND);
  }, wxID_OK);
}

ActionDraft AgreedActionDialog::Draft() const {
  ActionDraft draft;
  draft.title = m_title->GetValue().Strip(wxString::both).utf8_string();
  const int department = m_department->GetSelection();
  if (department != wxNOT_FOUND) draft.department_id = m_department_ids[static_cast<std::size_t>(department)];
  draft.owner = m_owner->GetValue().Strip(wxString::both).utf8_string();
  if (m_has_due->GetValue() && m_due->GetValue().IsValid()) draft.due = from_wx_date(m_due->GetValue());
  return draft;
}

std::optional<ActionDraft> ShowAgreedActionDialog(wxWindow* parent, const std::string& place_name,
                                                  const std::vector<core::Department>& departments,
                                                  std::int64_t department, core::Date due) {
  AgreedActionDialog dialog(parent, place_name, departments, department, due);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  return dialog.Draft();
}

}  // namespace huddle::ui
