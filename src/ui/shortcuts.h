#pragma once
/// \file
/// The keyboard shortcuts Help > Keyboard shortcuts lists: the menus' accelerators, read from the menus themselves
/// so the list cannot go stale, and the keys of the Agenda page, the Places map and presenter mode, which no menu
/// carries.

#include <vector>

#include <wx/string.h>

class wxMenuBar;

namespace huddle::ui {

/// One keyboard shortcut as the help lists it.
struct Shortcut {
  wxString keys;   ///< As typed: "Ctrl+N", "Alt+Up", "Space".
  wxString what;   ///< What it does: "New action...".
  wxString where;  ///< Where it works: a menu's title ("File"), "Agenda page", "Presenter mode".
};

/// The accelerator of every item of `bar`'s menus and their submenus, in menu order.
std::vector<Shortcut> MenuShortcuts(const wxMenuBar& bar);

/// The keys that are no menu's accelerator: the Agenda page's, the Places map's and presenter mode's.
std::vector<Shortcut> PageShortcuts();

/// MenuShortcuts, then the PageShortcuts whose keys no menu item already has.
std::vector<Shortcut> AllShortcuts(const wxMenuBar& bar);

}  // namespace huddle::ui
