#include "ui/shortcuts.h"

#include <algorithm>
#include <memory>

#include <wx/accel.h>
#include <wx/intl.h>
#include <wx/menu.h>

#include "ui/presenter/presenter_commands.h"

namespace huddle::ui {
namespace {

void add_menu(const wxMenu& menu, const wxString& where, std::vector<Shortcut>& out) {
  for (const wxMenuItem* item : menu.GetMenuItems()) {
    if (item->IsSubMenu()) {
      add_menu(*item->GetSubMenu(), where + " > " + item->GetItemLabelText(), out);
      continue;
    }
    const std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());  // a copy, ours to delete
    if (accel) out.push_back({accel->ToString(), item->GetItemLabelText(), where});
  }
}

}  // namespace

std::vector<Shortcut> MenuShortcuts(const wxMenuBar& bar) {
  std::vector<Shortcut> out;
  for (size_t i = 0; i < bar.GetMenuCount(); ++i) add_menu(*bar.GetMenu(i), bar.GetMenuLabelText(i), out);
  return out;
}

std::vector<Shortcut> PageShortcuts() {
  // The Agenda page's keys live in AgendaPage::OnCharHook and the map's in MapPanel's key handler: keep this list
  // in step with them. Presenter mode's come from its command table.
  const wxString agenda = _("Agenda page");
  const wxString map = _("Places page map");
  std::vector<Shortcut> out = {
      {_("Alt+Up"), _("Move the selected item up"), agenda},
      {_("Alt+Down"), _("Move the selected item down"), agenda},
      {_("Alt+Right"), _("Next item (also Right in the run-of-show while live)"), agenda},
      {_("Alt+Left"), _("Previous item (also Left in the run-of-show while live)"), agenda},
      {_("Alt+R"), _("Go to the run-of-show"), agenda},
      {_("Alt+G"), _("Go to who is attending"), agenda},
      {_("Ctrl+M"), _("Switch between the lists and the map"), _("Places page")},
      {_("Arrow keys"), _("Move the map"), map},
      {_("+ / -, mouse wheel"), _("Zoom in or out"), map},
      {_("Home, 0"), _("Fit the whole city"), map},
      {_("Click"), _("Select a place and show its card"), map},
      {_("F5"), _("Start presenter mode"), _("Presenter mode")},
  };
  for (const PresenterCommand& command : PresenterCommands()) {
    out.push_back({command.keys, command.what, _("Presenter mode")});
  }
  return out;
}

std::vector<Shortcut> AllShortcuts(const wxMenuBar& bar) {
  std::vector<Shortcut> out = MenuShortcuts(bar);
  const std::size_t menus = out.size();
  for (auto& s : PageShortcuts()) {
    const bool listed = std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(menus),
                                    [&](const Shortcut& m) { return m.keys == s.keys; });
    if (!listed) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace huddle::ui
