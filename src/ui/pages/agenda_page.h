#pragma once
/// \file
/// The Agenda page: where the chair runs the huddle. Choose the date, create or open its huddle (ranked off the UI
/// thread), mark who is present, edit the run-of-show, run it live with a timer per item, and record the decision
/// on each place: actions agreed, or no action with a reason. Every change is saved at once.

#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/timer.h>

#include "core/huddle/live_run.h"
#include "core/jobs/huddle_job.h"
#include "core/jobs/action_job.h"
#include "ui/pages/page.h"

class wxButton;
class wxCheckListBox;
class wxChoice;
class wxDatePickerCtrl;
class wxHtmlWindow;
class wxKeyEvent;
class wxListView;
class wxSimplebook;
class wxStaticText;
class wxTextCtrl;

namespace huddle::ui {

class BackgroundTask;
class CarriedActionsList;
class RunOfShowList;

/// The huddles held so far, and the chosen date's huddle with its run-of-show, live controls and decisions.
class AgendaPage final : public Page {
 public:
  /// Builds the page on the huddle in force at `clock`'s now; Reload() fills it.
  AgendaPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock);
  ~AgendaPage() override;
  /// Re-reads the huddles and the shown huddle from the database (a live run keeps its item and timer).
  void Reload() override;

  // Commands: the page's buttons and keys call these; tests call them too. Each saves at once; errors are shown.

  /// Shows the huddle of local date `date` when one is stored (as picking the date does); nothing is created.
  void ShowDate(core::Date date);
  /// Creates or opens the chosen date's huddle off the UI thread (it ranks); the page fills when it is done.
  void OpenHuddle();
  /// Marks department `department_id` present or absent.
  void SetPresent(std::int64_t department_id, bool present);
  /// Selects item `index` of the run-of-show (as a click does).
  void SelectItem(std::size_t index);
  /// Moves the selected item up (-1) or down (+1).
  void MoveSelected(int delta);
  /// Adds an item of kind "other" after the selected item (at the end when none is) and selects it.
  void AddItem();
  /// Removes the selected item (not the one being run).
  void RemoveSelected();
  /// Retitles the selected item.
  void SetSelectedTitle(const std::string& title);
  /// Sets the selected item's time box from "m:ss" text; false (nothing saved) when the text is not a duration.
  bool SetSelectedTimeBox(const std::string& text);
  /// Sets the selected item's notes.
  void SetSelectedNotes(const std::string& notes);
  /// Sets the selected item's presenting department (none when empty).
  void SetSelectedPresenter(std::optional<std::int64_t> department_id);
  /// Starts the huddle (draft or closed → live) on the first item not run yet.
  void StartHuddle();
  /// Records the time of the item being run and moves to the next item.
  void NextItem();
  /// Records the time of the item being run and moves back one item.
  void PreviousItem();
  /// Records the time of the item being run and closes the huddle.
  void CloseHuddle();
  /// Stores an action agreed on the selected place item, by this seat, at this huddle.
  void AddAction(const core::NewAction& draft);
  /// Records "no action" on the selected place item with `reason` (required).
  void MarkNoAction(const std::string& reason);
  /// Asks for an action on the selected place item in the action form (modal, over `parent`) and adds it.
  void AskAction(wxWindow* parent);
  /// Asks why no action is needed on the selected place item (modal, over `parent`) and records it.
  void AskNoAction(wxWindow* parent);
  /// Marks action `action_id` done, as it is stored now, by this seat (the Agenda page and presenter mode show it
  /// ticked).
  void MarkActionDone(std::int64_t action_id);
  /// Stops (true) or restarts (false) the live item's clock; a pause does not count towards the item's time.
  void PauseClock(bool paused);
  /// Stretches (or, negative, shortens) the time box of the item being run by `delta_seconds`, never below 0:00,
  /// and saves it.
  void ChangeLiveTimeBox(int delta_seconds);
  /// Stores the time the item being run has taken so far, without moving on (leaving presenter mode does).
  void RecordLiveTime();
  /// Opens presenter mode on the huddle shown (full screen on the projector, the console on this screen), or
  /// brings it to the front; when no huddle is shown, the chosen date's is created or opened first.
  void ShowPresenter();

  // What the page shows; lets tests read the screen.

  /// Number of huddles in the list of huddles.
  int RowCount() const;
  /// True while a huddle is being created or opened.
  bool Busy() const;
  /// The id of the huddle shown, 0 when none.
  std::int64_t HuddleId() const;
  /// The local date of the huddle shown, if any.
  std::optional<core::Date> HuddleDate() const;
  /// Rows of the run-of-show list.
  int ItemCount() const;
  /// The text of `column` (RunOfShowList::Column) in row `row` of the run-of-show.
  wxString ItemText(int row, int column) const;
  /// The selected item, if any.
  std::optional<std::size_t> SelectedItem() const;
  /// The item being run, when live.
  std::optional<std::size_t> CurrentItem() const;
  /// The live line: the running item's clock and time box, and the item.
  wxString LiveText() const;
  /// The total line under the run-of-show.
  wxString TotalText() const;
  /// The state line (state and data window).
  wxString StateText() const;
  /// The decision shown beside the selected place.
  wxString DecisionText() const;
  /// Rows of the carried-over actions list (the overdue-actions item).
  int CarriedRowCount() const;
  /// The huddle shown (its run-of-show, ranking and carried-over actions), or nullptr.
  const core::HuddleBrief* Brief() const;
  /// The actions agreed at the huddle shown, as stored.
  const std::vector<core::Action>& Agreed() const;
  /// Every department, in list order.
  const std::vector<core::Department>& Departments() const;
  /// Seconds the item being run has taken, when live.
  std::optional<int> RunningSeconds() const;
  /// True while the live item's clock is paused.
  bool Paused() const;

 private:
  struct Opened;  // a huddle's brief, created or opened by the worker

  void BuildLayout();
  void BindEvents();
  void OnOpened(std::shared_ptr<Opened> opened, std::exception_ptr error);
  void ShowBrief(core::HuddleBrief brief);
  void FillHuddle();
  void ShowNoHuddle(core::Date date);
  void FillHuddles();
  void MarkShownHuddle();
  void FillPresent();
  void FillItems();
  void FillTotals();
  void FillPreview();
  void FillLive();
  void FillSelected();
  void UpdateControls();
  void SaveAgenda(std::optional<std::size_t> select);
  void SaveItem(std::size_t index);
  void MoveLive(std::size_t to);
  void OnCharHook(wxKeyEvent& event);
  void OnWindowCharHook(wxKeyEvent& event);
  void OnAddActionButton();
  void OnNoActionButton();
  void OnRemoveButton();
  bool Editable() const;
  bool Live() const;
  const core::AgendaItem* Selected() const;
  std::string PlaceName(const core::AgendaItem& item) const;
  wxString DecisionOf(const core::AgendaItem& item, bool in_full) const;
  core::Date ChosenDate() const;

  // Left column: the date, its huddle, the huddles so far, who is present.
  wxDatePickerCtrl* m_date;
  wxButton* m_open;
  wxListView* m_huddles;
  wxCheckListBox* m_present;
  // Right column: state, run-of-show, live line, the selected item and its decision.
  wxStaticText* m_state;
  RunOfShowList* m_items;
  wxHtmlWindow* m_preview;  // the agenda rendered from its HTML template
  wxStaticText* m_total;
  wxButton* m_up;
  wxButton* m_down;
  wxButton* m_add;
  wxButton* m_remove;
  wxButton* m_start;
  wxButton* m_previous;
  wxButton* m_next;
  wxButton* m_close;
  wxButton* m_presenter_mode;
  wxStaticText* m_running;  // the live item's clock and time box
  wxStaticText* m_live;     // the live item
  wxTextCtrl* m_title;
  wxTextCtrl* m_time_box;
  wxChoice* m_presenter;
  wxTextCtrl* m_notes;
  wxSimplebook* m_context;
  wxStaticText* m_place;
  wxStaticText* m_decision;
  wxButton* m_add_action;
  wxButton* m_no_action;
  CarriedActionsList* m_carried;
  wxStaticText* m_hint;

  wxWindow* m_window = nullptr;  // the top-level window, whose keys the page watches for its lists' mnemonics
  wxTimer m_timer;               // ticks the live item's clock once a second
  std::unique_ptr<BackgroundTask> m_task;
  std::optional<core::HuddleBrief> m_brief;  // the huddle shown
  std::vector<core::Action> m_agreed;        // the actions agreed at it
  std::vector<core::Department> m_departments;
  std::vector<std::int64_t> m_present_ids;   // department id per checklist row
  std::vector<core::Date> m_huddle_dates;    // per row of the huddles list
  std::optional<core::LiveRun> m_run;        // while a huddle is live
  std::int64_t m_run_huddle = 0;             // the huddle m_run runs
  core::Date m_in_force{};                   // the date of the huddle in force when the page last looked
  std::string m_seat;                        // who records actions and decisions
  std::int64_t m_last_department = 0;        // the department of the last action added
};

}  // namespace huddle::ui
