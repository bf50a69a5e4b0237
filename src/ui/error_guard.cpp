#include "ui/error_guard.h"

#include <wx/intl.h>
#include <wx/log.h>
#include <wx/msgdlg.h>

#include "core/error.h"

namespace huddle::ui {

void show_error(wxWindow* parent, const std::string& text) {
  wxMessageBox(wxString::FromUTF8(text), _("Huddle"), wxOK | wxICON_ERROR, parent);
}

bool guarded(wxWindow* parent, const std::function<void()>& work) {
  try {
    work();
    return true;
  } catch (const std::exception& e) {
    show_error(parent, e.what());
    return false;
  }
}

}  // namespace huddle::ui
