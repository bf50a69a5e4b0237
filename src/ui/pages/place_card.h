#pragma once
/// \file
/// PlaceCard: the detail card of the place selected on the Places page.

#include <vector>

#include <wx/panel.h>

#include "core/analysis/place_events.h"
#include "core/analysis/ranking.h"
#include "core/model/category.h"
#include "core/time/schedule.h"

class wxBoxSizer;
class wxListView;
class wxStaticText;

namespace huddle::ui {

class DailyBarsPanel;

/// Name, tags, the explanation, the 28-day bars by stream, the event types and the de-identified events.
class PlaceCard final : public wxPanel {
 public:
  /// An empty card (ShowMessage or ShowPlace fill it).
  explicit PlaceCard(wxWindow* parent);
  /// Shows `place` with `events`; labels come from `categories`, local times from `schedule`.
  void ShowPlace(const core::RankedPlace& place, const core::PlaceEvents& events,
                 const std::vector<core::Category>& categories, const core::HuddleSchedule& schedule);
  /// Shows only `message` in place of a place's name (nothing selected, nothing listed, ranking failed).
  void ShowMessage(const wxString& message);

  /// The name shown as the card's title, line breaks of its wrapping undone; lets tests read the screen.
  wxString ShownName() const;
  /// The explanation as shown, line breaks of its wrapping undone.
  wxString ShownExplanation() const;
  /// Rows of the events list.
  int EventRowCount() const;

 private:
  void WrapTexts();

  wxStaticText* m_name;
  wxStaticText* m_tags;
  wxStaticText* m_explanation;
  DailyBarsPanel* m_chart;
  wxListView* m_types;
  wxListView* m_events;
  wxBoxSizer* m_details;
  wxString m_name_text;         // unwrapped
  wxString m_explanation_text;  // unwrapped
};

}  // namespace huddle::ui
