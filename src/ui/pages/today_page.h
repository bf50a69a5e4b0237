#pragma once
/// \file
/// The Today page: counts since the last cutoff per stream and category, data freshness, actions at a glance.

#include <map>
#include <string>

#include "ui/pages/page.h"

class wxStaticText;
class wxBoxSizer;

namespace huddle::ui {

/// One card per stream (total, categories, newest event), then data quality and actions.
class TodayPage final : public Page {
 public:
  /// Builds the (empty) page; Reload() fills it.
  TodayPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock);
  void Reload() override;
  /// The total shown on the card of `stream` ("" when there is no such card); lets tests read the screen.
  wxString ShownTotal(const std::string& stream) const;

 private:
  wxStaticText* m_title;
  wxStaticText* m_window;
  wxBoxSizer* m_cards;
  wxStaticText* m_quality;
  wxStaticText* m_actions;
  std::map<std::string, wxStaticText*> m_totals;
};

}  // namespace huddle::ui
