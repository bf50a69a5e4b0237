#include "ui/shortcuts.h"

#include <algorithm>
#include <memory>

#include <wx/accel.h>
#include <wx/intl.h>
#include <wx/menu.h>

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
  // The Agenda page's keys live in AgendaPage::OnCharHook, presenter mode's in PresenterFrame::HandleKey: keep
  // this list in step with them.
  const wxString agenda = _("Agenda page");
  const wxString presenter = _("Presenter mode");
  return {
      {_("Alt+Up"), _("Move the selected item up"), agenda},
      {_("Alt+Down"), _("Move the selected item down"), agenda},
      {_("Alt+Right"), _("Next item (also Right in the run-of-show while live)"), agenda},
      {_("Alt+Left"), _("Previous item (also Left in the run-of-show while live)"), agenda},
      {_("Alt+R"), _("Go to the run-of-show"), agenda},
      {_("Alt+G"), _("Go to who is attending"), agenda},
      {_("F5"), _("Start presenter mode"), presenter},
      {_("Right, Page Down"), _("Record the item's time and go to the next item"), presenter},
      {_("Left, Page Up"), _("Go back one item"), presenter},
      {_("Space"), _("Pause or restart the item's clock"), presenter},
      {_("+ / -"), _("Add or take a minute from the item's time box"), presenter},
      {_("Up, Down"), _("Select the previous or next action"), presenter},
      {_("A"), _("Add an action on the place being discussed"), presenter},
      {_("D"), _("Mark the selected action done"), presenter},
      {_("N"), _("No action needed here: say why"), presenter},
      {_("C"), _("Show or hide the facilitator's notes and keys"), presenter},
      {_("Esc"), _("Leave presenter mode (the huddle runs on)"), presenter},
  };
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
