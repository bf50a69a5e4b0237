#include "ui/widgets/department_list_editor.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "ui/ui_text.h"

namespace huddle::ui {

DepartmentListEditor::DepartmentListEditor(wxWindow* parent, std::vector<core::Department> departments)
    : wxPanel(parent), m_departments(std::move(departments)) {
  m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 220)), wxLC_REPORT | wxLC_SINGLE_SEL,
                          wxDefaultValidator, "departments");
  m_list->AppendColumn(_("Department"), wxLIST_FORMAT_LEFT, FromDIP(320));
  m_list->AppendColumn(_("Short name"), wxLIST_FORMAT_LEFT, FromDIP(110));
  m_list->AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(100));
  m_list->AppendColumn(_("Active"), wxLIST_FORMAT_LEFT, FromDIP(70));
  for (std::size_t i = 0; i < m_departments.size(); ++i) {
    m_list->InsertItem(static_cast<long>(i), "");
    UpdateRow(static_cast<long>(i));
  }
  auto* add = new wxButton(this, wxID_ANY, _("A&dd department"), wxDefaultPosition, wxDefaultSize, 0,
                           wxDefaultValidator, "add department");
  m_up = new wxButton(this, wxID_ANY, _("Move &up"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                      "department up");
  m_down = new wxButton(this, wxID_ANY, _("Move do&wn"), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                        "department down");
  auto* buttons = new wxBoxSizer(wxVERTICAL);
  for (wxButton* b : {add, m_up, m_down}) buttons->Add(b, 0, wxEXPAND | wxBOTTOM, FromDIP(4));
  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(m_list, 1, wxEXPAND | wxRIGHT, FromDIP(8));
  top->Add(buttons, 0);

  m_name =
      new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "department name");
  m_short = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator,
                           "department short name");
  m_kind = new wxComboBox(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, 0, nullptr, 0, wxDefaultValidator,
                          "department kind");
  for (const char* kind : {"police", "ems", "health", "city", "outreach", "coordination"}) m_kind->Append(kind);
  m_active = new wxCheckBox(this, wxID_ANY, _("A&ctive (inactive ones keep their actions but get no new ones)"),
                            wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "department active");
  auto* fields = new wxFlexGridSizer(4, FromDIP(6), FromDIP(8));
  fields->AddGrowableCol(1, 3);
  fields->AddGrowableCol(3, 1);
  fields->Add(new wxStaticText(this, wxID_ANY, _("&Name:")), 0, wxALIGN_CENTER_VERTICAL);
  fields->Add(m_name, 1, wxEXPAND);
  fields->Add(new wxStaticText(this, wxID_ANY, _("&Short name:")), 0, wxALIGN_CENTER_VERTICAL);
  fields->Add(m_short, 1, wxEXPAND);
  fields->Add(new wxStaticText(this, wxID_ANY, _("&Kind:")), 0, wxALIGN_CENTER_VERTICAL);
  fields->Add(m_kind, 1, wxEXPAND);
  fields->AddSpacer(0);
  fields->AddSpacer(0);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(new wxStaticText(this, wxID_ANY,
                              _("The departments actions are assigned to, in round-robin order. A stored name is "
                                "kept: actions and history refer to it.")),
             0, wxBOTTOM, FromDIP(8));
  sizer->Add(top, 1, wxEXPAND | wxBOTTOM, FromDIP(10));
  sizer->Add(fields, 0, wxEXPAND | wxBOTTOM, FromDIP(6));
  sizer->Add(m_active, 0);
  auto* border = new wxBoxSizer(wxVERTICAL);
  border->Add(sizer, 1, wxEXPAND | wxALL, FromDIP(12));
  SetSizer(border);

  m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { Select(e.GetIndex()); });
  add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { AddDepartment(); });
  m_up->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Move(-1); });
  m_down->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Move(+1); });
  for (wxTextCtrl* t : {m_name, m_short}) t->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { StoreField(); });
  m_kind->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { StoreField(); });
  m_kind->Bind(wxEVT_COMBOBOX, [this](wxCommandEvent&) { StoreField(); });
  m_active->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { StoreField(); });
  Select(m_departments.empty() ? -1 : 0);
}

void DepartmentListEditor::Select(long index) {
  m_selected = index;
  if (index >= 0 && m_list->GetFirstSelected() != index) m_list->Select(index);
  if (index >= 0) m_list->Focus(index);
  ShowSelected();
}

void DepartmentListEditor::ShowSelected() {
  const bool any = m_selected >= 0;
  const core::Department shown = any ? m_departments[static_cast<std::size_t>(m_selected)] : core::Department{};
  m_name->ChangeValue(wx(shown.name));
  m_short->ChangeValue(wx(shown.short_name));
  m_kind->ChangeValue(wx(shown.kind));
  m_active->SetValue(shown.active);
  UpdateEnabled();
}

void DepartmentListEditor::StoreField() {
  if (m_selected < 0) return;
  core::Department& d = m_departments[static_cast<std::size_t>(m_selected)];
  if (d.id == 0) d.name = m_name->GetValue().utf8_string();  // a stored name is the department's identity
  d.short_name = m_short->GetValue().utf8_string();
  d.kind = m_kind->GetValue().utf8_string();
  d.active = m_active->GetValue();
  UpdateRow(m_selected);
}

void DepartmentListEditor::UpdateRow(long index) {
  const core::Department& d = m_departments[static_cast<std::size_t>(index)];
  m_list->SetItem(index, 0, wx(d.name));
  m_list->SetItem(index, 1, wx(d.short_name));
  m_list->SetItem(index, 2, wx(d.kind));
  m_list->SetItem(index, 3, d.active ? _("yes") : _("no"));
  m_list->SetItemTextColour(index, d.active ? wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOXTEXT)
                                            : wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
}

void DepartmentListEditor::AddDepartment() {
  core::Department d;
  d.name = _("New department").utf8_string();
  d.short_name = _("NEW").utf8_string();
  d.sort_order = static_cast<int>(m_departments.size());
  m_departments.push_back(d);
  const long row = m_list->InsertItem(m_list->GetItemCount(), "");
  UpdateRow(row);
  Select(row);
  m_name->SetFocus();
  m_name->SelectAll();
}

void DepartmentListEditor::Move(int delta) {
  const long to = m_selected + delta;
  if (m_selected < 0 || to < 0 || to >= static_cast<long>(m_departments.size())) return;
  std::swap(m_departments[static_cast<std::size_t>(m_selected)], m_departments[static_cast<std::size_t>(to)]);
  UpdateRow(m_selected);
  UpdateRow(to);
  Select(to);
}

void DepartmentListEditor::UpdateEnabled() {
  const bool any = m_selected >= 0;
  const bool stored = any && m_departments[static_cast<std::size_t>(m_selected)].id != 0;
  m_name->SetEditable(any && !stored);
  m_name->SetToolTip(stored ? _("A stored department keeps its name; change the short name instead.") : wxString());
  for (wxWindow* w : std::initializer_list<wxWindow*>{m_short, m_kind, m_active}) w->Enable(any);
  m_up->Enable(any && m_selected > 0);
  m_down->Enable(any && m_selected + 1 < static_cast<long>(m_departments.size()));
}

}  // namespace huddle::ui
