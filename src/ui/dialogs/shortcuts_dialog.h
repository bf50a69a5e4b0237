#pragma once
/// \file
/// Help > Keyboard shortcuts: every shortcut of the window, grouped by where it works.

#include <vector>

#include <wx/dialog.h>

#include "ui/shortcuts.h"

class wxListView;

namespace huddle::ui {

/// Modal dialog listing `shortcuts` in their order: a bold heading row per `where`, then its keys and what they do.
class ShortcutsDialog final : public wxDialog {
 public:
  /// Lists `shortcuts` (see AllShortcuts).
  ShortcutsDialog(wxWindow* parent, const std::vector<Shortcut>& shortcuts);
  /// The list as shown; lets tests read it.
  wxListView* List() const { return m_list; }

 private:
  wxListView* m_list;
};

}  // namespace huddle::ui
