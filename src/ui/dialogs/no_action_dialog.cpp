#include "ui/dialogs/no_action_dialog.h"

#include <wx/intl.h>
#include <wx/textdlg.h>

#include "ui/ui_text.h"

namespace huddle::ui {

std::optional<std::string> ShowNoActionDialog(wxWindow* parent, const std::string& place_name,
                                              const std::string& reason) {
  // The message is not a label: "&" in a place name shows as it is.
  wxTextEntryDialog dialog(parent, wx(place_name) + "\n\n" + _("Why is no action needed here?"), _("No action"),
                           wx(reason));
  dialog.Bind(wxEVT_UPDATE_UI, [&dialog](wxUpdateUIEvent& e) {
    e.Enable(!dialog.GetValue().Strip(wxString::both).empty());
  }, wxID_OK);
  if (dialog.ShowModal() != wxID_OK) return std::nullopt;
  const wxString typed = dialog.GetValue().Strip(wxString::both);
  if (typed.empty()) return std::nullopt;
  return typed.utf8_string();
}

}  // namespace huddle::ui
