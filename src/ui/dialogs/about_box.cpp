#include "ui/dialogs/about_box.h"

#include <wx/intl.h>

#include "ui/ui_text.h"

namespace huddle::ui {

wxAboutDialogInfo AboutInfo(const core::WorkspacePaths& paths) {
  wxAboutDialogInfo info;
  info.SetName("Huddle");
  info.SetVersion(HUDDLE_VERSION);
  wxString text =
      _("Runs a city's daily Coordinated Response Team huddle: ranks the high-response locations from "
        "the overnight 311 and EMS extracts, drafts the agenda and tracks the actions.");
  text += "\n\n";
  text += wxString::Format(
      _("Your data stays here: the extracts you import or pull are kept in %s, readable by your account only, and "
        "Huddle sends them nowhere. Narratives and patient details are not stored; packets show places and counts, "
        "never a person."),
      wx(paths.database.string()));
  text += "\n\n";
  // No licence has been chosen for the project yet; this line says so rather than claim one.
  text += _("Licence: not chosen yet. Ask the project before you copy or share this program.");
  info.SetDescription(text);
  return info;
}

}  // namespace huddle::ui
