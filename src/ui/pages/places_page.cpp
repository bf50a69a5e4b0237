#include "ui/pages/places_page.h"

#include <map>
#include <set>
#include <vector>

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include "core/analysis/explanation.h"
#include "core/analysis/place_events.h"
#include "core/error.h"
#include "core/jobs/rank_job.h"
#include "core/report/ranking_text.h"
#include "core/report/today_text.h"
#include "core/time/local_format.h"
#include "ui/background_task.h"
#include "ui/pages/place_card.h"
#include "ui/ui_text.h"
#include "ui/widgets/stretch_column.h"
#include "ui/widgets/map_panel.h"

namespace huddle::ui {

struct PlacesPage::Result {
  Result(core::Settings settings_in, std::vector<core::Category> categories_in)
      : settings(std::move(settings_in)), categories(std::move(categories_in)), schedule(settings.schedule()) {}
  core::Settings settings;                          ///< As they were when the ranking started.
  std::vector<core::Category> categories;           ///< Likewise.
  core::HuddleSchedule schedule;                    ///< Of `settings`.
  core::Ranking ranking;                            ///< The lists.
  std::map<std::string, core::PlaceEvents> events;  ///< Per place id: its events, de-identified.
  std::shared_ptr<const core::BoundaryLayer> boundaries;  ///< The map's boundary layer, if settings name one.
  std::string boundary_error;                             ///< Why the boundary file could not be read, if so.
};

namespace {

/// The streams that get a count column: every stream the ranking counted (311 and EMS at least).
std::vector<std::string> streams_of(const core::PlaceLists& lists) {
  std::set<std::string> streams = {std::string(core::kStream311), std::string(core::kStreamEms)};
  for (const auto* list : {&lists.top, &lists.watch}) {
    for (const auto& p : *list) {
      for (const auto& [stream, n] : p.window_counts) streams.insert(stream);
    }
  }
  return {streams.begin(), streams.end()};
}

/// The Place column's narrowest width (DIP); it takes what the other columns leave.
constexpr int kPlaceColumnWidth = 180;

void set_columns(wxListView* list, const std::vector<std::string>& streams) {
  list->ClearAll();
  list->AppendColumn(_("#"), wxLIST_FORMAT_RIGHT, list->FromDIP(30));
  list->AppendColumn(_("Place"), wxLIST_FORMAT_LEFT, list->FromDIP(kPlaceColumnWidth));
  for (const auto& stream : streams) {
    list->AppendColumn(wx(core::stream_label(stream)), wxLIST_FORMAT_RIGHT, list->FromDIP(40));
  }
  list->AppendColumn(_("7 days"), wxLIST_FORMAT_RIGHT, list->FromDIP(52));
  list->AppendColumn(_("Usual"), wxLIST_FORMAT_RIGHT, list->FromDIP(52));
  list->AppendColumn(_("Tags"), wxLIST_FORMAT_LEFT, list->FromDIP(212));
  list->AppendColumn(_("Actions"), wxLIST_FORMAT_RIGHT, list->FromDIP(58));
  FitColumn(list, 1, list->FromDIP(kPlaceColumnWidth));
}

void fill(wxListView* list, const std::vector<core::RankedPlace>& places, const std::vector<std::string>& streams) {
  set_columns(list, streams);
  for (const auto& p : places) {
    const long row = list->InsertItem(list->GetItemCount(), wxString::Format("%d", p.rank));
    int column = 1;
    list->SetItem(row, column++, wx(p.place.name));
    for (const auto& stream : streams) {
      const auto it = p.window_counts.find(stream);
      list->SetItem(row, column++, wxString::Format("%ld", it == p.window_counts.end() ? 0L : it->second));
    }
    list->SetItem(row, column++, wxString::Format("%ld", p.counts_7d));
    list->SetItem(row, column++, wx(core::format_rate(p.usual_per_day)));
    list->SetItem(row, column++, wx(core::tags_text(p)));
    list->SetItem(row, column, p.open_actions.empty() ? wxString() : wxString::Format("%zu", p.open_actions.size()));
  }
}

wxStaticText* bold(wxWindow* parent, const wxString& text) {
  auto* label = new wxStaticText(parent, wxID_ANY, text);
  label->SetFont(label->GetFont().Bold());
  return label;
}

wxString quality_text(const core::RankingQuality& q) {
  wxString out = wxString::Format(
      _("Data quality: %ld reports without a usable location (not ranked); %ld repeat reports linked (counted once)"),
      static_cast<long>(q.unlocated), static_cast<long>(q.linked));
  for (const auto& stream : q.silent_streams) {
    out += wxString::Format(_("; no %s reports since the last huddle"), wx(core::stream_label(stream)));
  }
  return out;
}

}  // namespace

PlacesPage::PlacesPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock)
    : Page(parent, workspace, clock), m_timer(this) {
  m_heading = bold(this, "");
  m_status = new wxStaticText(this, wxID_ANY, "");
  auto* splitter =
      new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
  m_views = new wxNotebook(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, "places views");
  auto* lists = new wxPanel(m_views);
  const long style = wxLC_REPORT | wxLC_SINGLE_SEL;
  m_top = new wxListView(lists, wxID_ANY, wxDefaultPosition, wxDefaultSize, style, wxDefaultValidator, "top places");
  m_watch = new wxListView(lists, wxID_ANY, wxDefaultPosition, wxDefaultSize, style, wxDefaultValidator, "watch list");
  for (wxListView* list : {m_top, m_watch}) {
    set_columns(list, streams_of({}));
    StretchColumn(list, 1, list->FromDIP(kPlaceColumnWidth));
  }
  auto* lists_sizer = new wxBoxSizer(wxVERTICAL);
  lists_sizer->Add(m_top, 3, wxEXPAND);
  m_watch_heading = bold(lists, "");
  lists_sizer->Add(m_watch_heading, 0, wxTOP | wxBOTTOM, 8);
  lists_sizer->Add(m_watch, 2, wxEXPAND);
  lists->SetSizer(lists_sizer);
  auto* map_page = new wxPanel(m_views);
  m_map_legend = new wxStaticText(map_page, wxID_ANY, "");
  m_map = new MapPanel(map_page);
  auto* map_sizer = new wxBoxSizer(wxVERTICAL);
  map_sizer->Add(m_map_legend, 0, wxALL, 6);
  map_sizer->Add(m_map, 1, wxEXPAND);
  map_sizer->Add(new wxStaticText(map_page, wxID_ANY,
                                  _("Drag or arrow keys: move. Wheel, + or -: zoom. Home: fit. Ctrl+M: lists.")),
                 0, wxALL, 6);
  map_page->SetSizer(map_sizer);
  m_views->AddPage(lists, _("Lists"));
  m_views->AddPage(map_page, _("Map"));
  m_card = new PlaceCard(splitter);
  splitter->SetMinimumPaneSize(FromDIP(280));
  splitter->SetSashGravity(0.5);
  splitter->SplitVertically(m_views, m_card, -FromDIP(420));  // negative: the card's width

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(m_heading, 0, wxLEFT | wxRIGHT | wxTOP, 8);
  sizer->Add(m_status, 0, wxALL, 8);
  sizer->Add(splitter, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);

  for (wxListView* list : {m_top, m_watch}) {
    list->Bind(wxEVT_LIST_ITEM_SELECTED, [this, list](wxListEvent& event) { OnSelected(list, event.GetIndex()); });
  }
  m_map->SetOnPlaceClicked([this](const std::string& id) { OnMapClicked(id); });
  Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
    if (event.GetModifiers() == wxMOD_CONTROL && event.GetKeyCode() == 'M') {
      ShowMap(!MapShown());
      return;
    }
    event.Skip();
  });
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { OnMinute(); });
  m_timer.Start(60 * 1000);
}

PlacesPage::~PlacesPage() = default;

void PlacesPage::Reload() { StartRanking(); }

bool PlacesPage::Busy() const { return (m_task && m_task->Running()) || m_again; }

void PlacesPage::StartRanking() {
  if (m_task && m_task->Running()) {
    m_again = true;
    return;
  }
  m_again = false;
  auto result = std::make_shared<Result>(m_workspace.settings, m_workspace.categories);
  const auto paths = m_workspace.paths;
  const core::UtcTime at = m_clock.now();
  auto work = [paths, result, at, boundaries = m_boundaries,
               boundary_file = m_boundary_file](core::ProgressSink& progress) {
    auto ws = core::Workspace::open(paths);  // this thread's own connection; settings and weights are the page's
    result->ranking = core::rank_huddle(*ws.store, result->settings, result->categories, result->schedule, at);
    if (progress.cancelled()) throw Cancelled();
    result->events = core::events_of_places(ws.store->events(), result->ranking.lists);
    // The boundary file is read once and kept; a bad one costs the map its boundaries, never the ranking.
    const auto& file = result->settings.boundary_file;
    if (file.empty()) return;
    if (boundaries && file == boundary_file) {
      result->boundaries = boundaries;
      return;
    }
    try {
      result->boundaries = std::make_shared<const core::BoundaryLayer>(core::load_boundaries(file));
    } catch (const std::exception& e) {
      result->boundary_error = e.what();
    }
  };
  m_status->SetLabel(_("Ranking the places..."));
  m_task = std::make_unique<BackgroundTask>(this, work, nullptr,
                                            [this, result](std::exception_ptr error) { OnRanked(result, error); });
}

void PlacesPage::OnRanked(std::shared_ptr<Result> result, std::exception_ptr error) {
  m_task.reset();
  try {
    if (error) std::rethrow_exception(error);
    m_result = std::move(result);
    m_boundaries = m_result->boundaries;
    m_boundary_file = m_boundaries ? m_result->settings.boundary_file : std::filesystem::path();
    FillLists();
  } catch (const std::exception& e) {
    m_status->SetLabelText(wxString::Format(_("The places could not be ranked: %s"), wx(e.what())));
  }
  if (m_again) StartRanking();
}

void PlacesPage::FillLists() {
  const core::Ranking& r = m_result->ranking;
  const auto& schedule = m_result->schedule;
  m_heading->SetLabelText(wxString::Format(
      _("Counts since the last huddle (%s to %s); 7 days: the last 7 days; usual: reports a day over the 4 weeks "
        "before."),
      wx(core::format_local(r.window.start, schedule)), wx(core::format_local(r.window.cutoff, schedule))));
  wxString status = quality_text(r.quality);
  if (!m_result->boundary_error.empty()) {
    status += "\n" + wxString::Format(_("The map has no boundaries: %s"), wx(m_result->boundary_error));
  }
  m_status->SetLabelText(status);
  Layout();  // the status may have grown a line
  const auto streams = streams_of(r.lists);
  fill(m_top, r.lists.top, streams);
  fill(m_watch, r.lists.watch, streams);
  m_watch_heading->SetLabel(r.lists.watch.empty() ? _("Watch list: no new or surging place outside the top list")
                                                  : _("Watch list: new or surging, not in the top list"));

  // Keep the card on the place it showed when that place is still listed; else the first place.
  wxListView* list = r.lists.top.empty() ? (r.lists.watch.empty() ? nullptr : m_watch) : m_top;
  long row = 0;
  for (wxListView* candidate : {m_top, m_watch}) {
    const auto& places = candidate == m_top ? r.lists.top : r.lists.watch;
    for (std::size_t i = 0; i < places.size(); ++i) {
      if (places[i].place.id == m_selected) {
        list = candidate;
        row = static_cast<long>(i);
      }
    }
  }
  m_selected.clear();
  ShowMapContent();
  if (!list) {
    m_card->ShowMessage(_("No place has enough reports to be listed."));
    return;
  }
  list->Select(row);  // the selection event puts the place's card up (OnSelected)
}

void PlacesPage::OnSelected(wxListView* list, long row) {
  if (!m_result || row < 0) return;
  const auto& places = list == m_top ? m_result->ranking.lists.top : m_result->ranking.lists.watch;
  if (static_cast<std::size_t>(row) >= places.size()) return;
  wxListView* other = list == m_top ? m_watch : m_top;
  for (long i = other->GetFirstSelected(); i != -1; i = other->GetNextSelected(i)) other->Select(i, false);
  const core::RankedPlace& place = places[static_cast<std::size_t>(row)];
  m_selected = place.place.id;
  m_map->SetSelected(m_selected);
  const auto events = m_result->events.find(place.place.id);
  m_card->ShowPlace(place, events == m_result->events.end() ? core::PlaceEvents{} : events->second,
                    m_result->categories, m_result->schedule);
}

void PlacesPage::OnMinute() {
  if (!m_result || Busy() || !IsShownOnScreen()) return;
  if (m_workspace.settings.schedule().current_at(m_clock.now()).cutoff != m_result->ranking.window.cutoff) {
    StartRanking();  // the morning's cutoff passed while the page was open
  }
}

void PlacesPage::ShowMapContent() {
  const core::Ranking& r = m_result->ranking;
  core::MapContent content;
  content.places = r.lists;
  content.center_lat = m_result->settings.center_lat;
  content.center_lon = m_result->settings.center_lon;
  content.grid_metres = m_result->settings.ranking.grid_metres;
  content.selected_place = m_selected;
  m_map->SetBoundaries(m_result->boundaries);
  m_map->SetContent(std::move(content));
  m_map_legend->SetLabelText(
      r.lists.top.empty() && r.lists.watch.empty()
          ? wxString(_("No place is listed."))
          : wxString::Format(_("Numbers: top places 1 to %ld. W: watch list. Shaded squares: %g m cells, darker for a "
                               "higher score."),
                             static_cast<long>(r.lists.top.size()), m_result->settings.ranking.grid_metres));
}

void PlacesPage::OnMapClicked(const std::string& id) {
  if (!m_result) return;
  for (wxListView* list : {m_top, m_watch}) {
    const auto& places = list == m_top ? m_result->ranking.lists.top : m_result->ranking.lists.watch;
    for (std::size_t i = 0; i < places.size(); ++i) {
      if (places[i].place.id != id) continue;
      const long row = static_cast<long>(i);
      list->Select(row);  // the selection event puts the place's card up (OnSelected) ...
      list->EnsureVisible(row);
      if (m_selected != id) OnSelected(list, row);  // ... unless the row was selected already
      return;
    }
  }
}

void PlacesPage::ShowMap(bool map) {
  m_views->SetSelection(map ? 1 : 0);
  if (map) {
    m_map->SetFocus();
  } else {
    m_top->SetFocus();
  }
}

bool PlacesPage::MapShown() const { return m_views->GetSelection() == 1; }

long PlacesPage::SelectedTopRow() const { return m_top->GetFirstSelected(); }

wxString PlacesPage::StatusText() const { return m_status->GetLabel(); }

int PlacesPage::RowCount() const { return m_top->GetItemCount(); }

std::optional<core::Place> PlacesPage::SelectedPlace() const {
  if (!m_result || m_selected.empty()) return std::nullopt;
  for (const auto* list : {&m_result->ranking.lists.top, &m_result->ranking.lists.watch}) {
    for (const auto& p : *list) {
      if (p.place.id == m_selected) return p.place;
    }
  }
  return std::nullopt;
}

int PlacesPage::WatchRowCount() const { return m_watch->GetItemCount(); }

wxString PlacesPage::SelectedPlaceName() const { return m_selected.empty() ? wxString() : m_card->ShownName(); }

wxString PlacesPage::ShownExplanation() const { return m_card->ShownExplanation(); }

int PlacesPage::ShownEventCount() const { return m_card->EventRowCount(); }

}  // namespace huddle::ui
