#pragma once
/// \file
/// The Actions page: the tracker, overdue first (read-only until the live tracker arrives).

#include "ui/pages/page.h"

class wxListView;

namespace huddle::ui {

/// Every action in tracker order, overdue rows red, due today amber.
class ActionsPage final : public Page {
 public:
  /// Builds the (empty) page; Reload() fills it.
  ActionsPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock);
  void Reload() override;
  /// Number of rows shown; lets tests read the screen.
  int RowCount() const;

 private:
  wxListView* m_list;
};

}  // namespace huddle::ui
