#pragma once
/// \file
/// The Places page: the ranked top list and the watch list or the map of the places, and the card of the selected
/// place. The ranking (and, once, the map's boundary file) runs off the UI thread each time the page reloads
/// (shown, Ctrl+R, after an import or a pull: settings as they are then) and when the clock passes the next cutoff.

#include <exception>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <wx/timer.h>

#include "core/draw/boundary.h"
#include "core/model/place.h"
#include "ui/pages/page.h"

class wxListEvent;
class wxListView;
class wxNotebook;
class wxStaticText;

namespace huddle::ui {

class BackgroundTask;
class MapPanel;
class PlaceCard;

/// Top list and watch list (rank, name, counts since the last huddle by stream, 7 days, usual level, tags, open
/// actions), or on the other tab (Ctrl+M) the map of the listed places, beside the selected place's card. A click
/// on the map selects the place in the list.
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
  /// Shows the map tab (true) or the lists tab, as Ctrl+M does.
  void ShowMap(bool map);
  /// True while the map tab is shown.
  bool MapShown() const;
  /// The map; lets tests read and drive it.
  MapPanel* Map() const { return m_map; }
  /// The row selected in the top list (-1 for none).
  long SelectedTopRow() const;
  /// The status line (data quality, or what went wrong).
  wxString StatusText() const;

 private:
  struct Result;  // a ranking and its places' events, computed by the worker

  void StartRanking();
  void OnRanked(std::shared_ptr<Result> result, std::exception_ptr error);
  void FillLists();
  void OnSelected(wxListView* list, long row);
  void OnMapClicked(const std::string& id);
  void ShowMapContent();
  void OnMinute();

  wxStaticText* m_heading;
  wxStaticText* m_status;
  wxListView* m_top;
  wxStaticText* m_watch_heading;
  wxListView* m_watch;
  wxNotebook* m_views;  // lists, map
  MapPanel* m_map;
  wxStaticText* m_map_legend;
  PlaceCard* m_card;
  wxTimer m_timer;
  std::unique_ptr<BackgroundTask> m_task;
  bool m_again = false;  // Reload() came while ranking: rank again when it ends
  std::shared_ptr<Result> m_result;
  std::string m_selected;  // id of the place on the card
  std::shared_ptr<const core::BoundaryLayer> m_boundaries;  // the map's, read once per boundary file
  std::filesystem::path m_boundary_file;                    // the file m_boundaries came from
};

}  // namespace huddle::ui
