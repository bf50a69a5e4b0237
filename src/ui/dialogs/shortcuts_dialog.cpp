#include "ui/dialogs/shortcuts_dialog.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace huddle::ui {

ShortcutsDialog::ShortcutsDialog(wxWindow* parent, const std::vector<Shortcut>& shortcuts)
    : wxDialog(parent, wxID_ANY, _("Keyboard shortcuts"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
  m_list = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(700, 560)),
                          wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES, wxDefaultValidator, "shortcuts");
  m_list->AppendColumn(_("Keys"), wxLIST_FORMAT_LEFT, FromDIP(190));
  m_list->AppendColumn(_("What it does"), wxLIST_FORMAT_LEFT, FromDIP(480));
  wxString group;
  for (const auto& s : shortcuts) {
    if (s.where != group) {  // a bold heading row opens each group
      const long heading = m_list->InsertItem(m_list->GetItemCount(), s.where);
      m_list->SetItemFont(heading, m_list->GetFont().Bold());
      group = s.where;
    }
    const long row = m_list->InsertItem(m_list->GetItemCount(), "    " + s.keys);
    m_list->SetItem(row, 1, s.what);
  }
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(
      new wxStaticText(this, wxID_ANY, _("Menu commands work from every page; the others only where the list says.")),
      0, wxALL, FromDIP(10));
  sizer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(10));
  sizer->Add(CreateStdDialogButtonSizer(wxCLOSE), 0, wxEXPAND | wxALL, FromDIP(10));
  SetSizerAndFit(sizer);
  Bind(
      wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); }, wxID_CLOSE);
  SetEscapeId(wxID_CLOSE);
  m_list->SetFocus();
}

}  // namespace huddle::ui
