#pragma once
/// \file
/// The Agenda page: the huddles held so far, with attendance and the actions agreed at each.

#include "ui/pages/page.h"

class wxListView;

namespace huddle::ui {

/// Past and current huddles, newest first.
class AgendaPage final : public Page {
 public:
  /// Builds the (empty) page; Reload() fills it.
  AgendaPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock);
  void Reload() override;
  /// Number of rows shown; lets tests read the screen.
  int RowCount() const;

 private:
  wxListView* m_list;
};

}  // namespace huddle::ui
