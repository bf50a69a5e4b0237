#pragma once
/// \file
/// The Places page: the ranked top list and the watch list, and the card of the selected place. The ranking runs
/// off the UI thread each time the page reloads (shown, Ctrl+R, after an import or a pull: settings as they are
/// then) and when the clock passes the next cutoff.

#include <exception>
#include <memory>
#include <optional>
#include <string>

#include <wx/timer.h>

#include "core/model/place.h"
#include "ui/pages/page.h"

class wxListEvent;
class wxListView;
class wxStaticText;

namespace huddle::ui {

class BackgroundTask;
class PlaceCard;

/// Top list and watch list (rank, name, counts since the last huddle by stream, 7 days, usual level, tags, open
/// actions) beside the selected place's card.
class PlacesPage final : public Page {
 public:
  /// Builds the (empty) page; Reload() ranks.
  PlacesPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock);
  ~PlacesPage() override;
  /// Starts ranking again (or, while a ranking runs, once it ends); the lists fill when it is done.
  void Reload() override;
  /// True while a ranking runs or waits to run again.
  bool Busy() const;

  /// Rows of the top list; lets tests read the screen.
  int RowCount() const;
  /// Rows of the watch list.
  int WatchRowCount() const;
  /// The name on the card of the selected place ("" when none is selected).
  wxString SelectedPlaceName() const;
  /// The place on the card, if any: the place under discussion, for a new action.
  std::optional<core::Place> SelectedPlace() const;
  /// The explanation on the card, as one line.
  wxString ShownExplanation() const;
  /// Rows of the card's events list.
  int ShownEventCount() const;

 private:
  struct Result;  // a ranking and its places' events, computed by the worker

  void StartRanking();
  void OnRanked(std::shared_ptr<Result> result, std::exception_ptr error);
  void FillLists();
  void OnSelected(wxListView* list, long row);
  void OnMinute();

  wxStaticText* m_heading;
  wxStaticText* m_status;
  wxListView* m_top;
  wxStaticText* m_watch_heading;
  wxListView* m_watch;
  PlaceCard* m_card;
  wxTimer m_timer;
  std::unique_ptr<BackgroundTask> m_task;
  bool m_again = false;  // Reload() came while ranking: rank again when it ends
  std::shared_ptr<Result> m_result;
  std::string m_selected;  // id of the place on the card
};

}  // namespace huddle::ui
