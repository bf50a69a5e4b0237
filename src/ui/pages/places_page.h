#pragma once
/// \file
/// The Places page: the reports of the current window with their locations (the ranked list builds on it).

#include "ui/pages/page.h"

class wxListView;
class wxStaticText;

namespace huddle::ui {

/// The events since the last cutoff, newest first, with address and location quality.
class PlacesPage final : public Page {
 public:
  /// Builds the (empty) page; Reload() fills it.
  PlacesPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock);
  void Reload() override;
  /// Number of rows shown; lets tests read the screen.
  int RowCount() const;

 private:
  wxStaticText* m_heading;
  wxListView* m_list;
};

}  // namespace huddle::ui
