#pragma once
/// \file
/// Page: one screen of the main window, reloaded from the workspace when shown or refreshed.

#include <wx/panel.h>

#include "core/jobs/workspace.h"
#include "core/time/clock.h"

namespace huddle::ui {

/// Base of the main window's pages.
class Page : public wxPanel {
 public:
  /// Creates the page on `parent`; `workspace` and `clock` outlive it.
  Page(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock)
      : wxPanel(parent), m_workspace(workspace), m_clock(clock) {}
  /// Re-reads what the page shows from the database. Throws huddle::Error.
  virtual void Reload() = 0;

 protected:
  core::Workspace& m_workspace;
  const core::Clock& m_clock;
};

}  // namespace huddle::ui
