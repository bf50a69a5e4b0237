#pragma once
/// \file
/// The Actions page: the live tracker. Every action in tracker order (overdue red, due today amber, open green,
/// closed grey) with its age; filters by department ("my department", remembered per seat), status and overdue;
/// inline edits saved at once with the seat's name; quick-add; the selected action's history. Changes made by
/// another seat show within a second or two; a stale edit is refused and the fresh values are shown.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <wx/timer.h>

#include "core/jobs/action_job.h"
#include "core/model/place.h"
#include "ui/pages/page.h"

class wxCheckBox;
class wxChoice;
class wxDataViewCtrl;
class wxDataViewItem;
class wxInfoBar;
class wxStaticText;

namespace huddle::ui {

class ActionHistoryList;
class ActionListModel;
enum class ActionColumn : unsigned;

/// The tracker on a virtual wxDataViewCtrl above the history of the selected action.
class ActionsPage final : public Page {
 public:
  /// Builds the page for this seat (ui::seat()); Reload() fills it.
  ActionsPage(wxWindow* parent, core::Workspace& workspace, const core::Clock& clock);
  ~ActionsPage() override;
  /// Reads the actions again with the filters as set, keeping the selected action selected.
  void Reload() override;

  // Commands: the Actions menu, the page's controls and keys call these; tests call them too.

  /// Where quick-add finds the place under discussion (the Places page's selected place).
  void SetCurrentPlaceSource(std::function<std::optional<core::Place>()> source);
  /// Opens the quick-add dialog, prefilled with my department and the current place, and adds what it returns.
  void QuickAdd();
  /// Stores `request` as a new action by this seat (agreed at today's huddle when one is stored) and selects it;
  /// returns its id, or nothing when it was refused (the error is shown).
  std::optional<std::int64_t> AddAction(core::NewAction request);
  /// Ticks Done on the selected action, or unticks it (reopens it), as its Done box does.
  void ToggleSelectedDone();
  /// Edits the focused cell of the selected action in place (its title when that cell cannot be edited).
  void EditSelectedCell();
  /// Filters by department `id` (nothing: every department) and remembers it as this seat's department.
  void SetMyDepartment(std::optional<std::int64_t> id);
  /// This seat's department, if chosen.
  std::optional<std::int64_t> MyDepartment() const { return m_my_department; }

  // Reading the screen, for tests.

  /// Number of rows shown.
  int RowCount() const;
  /// The tracker's model (rows and cell values as shown; SetValue/ChangeValue edit as the user does).
  ActionListModel* Model() const { return m_model; }
  /// Selects the row of action `id` as a click does; false when it is not shown.
  bool SelectAction(std::int64_t id);
  /// The selected action's id, if any.
  std::optional<std::int64_t> SelectedAction() const;
  /// Rows of the history list.
  int HistoryRowCount() const;
  /// The message the info bar shows ("" when it is hidden).
  wxString ShownMessage() const;

 private:
  bool Save(core::Action& changed);
  void ChooseValue(const wxDataViewItem& item, ActionColumn column);
  void ShowMessage(const wxString& text, int flags);
  void FillDepartmentChoice();
  void OnFilterChanged();
  void ShowHistory();
  void ShowCounts();
  void OnPoll();
  core::Date Today() const;

  std::string m_seat;
  std::optional<std::int64_t> m_my_department;
  std::function<std::optional<core::Place>()> m_current_place;
  wxInfoBar* m_info;
  wxString m_message;
  std::vector<std::int64_t> m_department_ids;  // of m_department's entries after "All departments"
  wxChoice* m_department;
  wxChoice* m_status;
  wxCheckBox* m_overdue;
  wxStaticText* m_counts[4];
  wxDataViewCtrl* m_view;
  ActionListModel* m_model;  // owned by m_view (reference counted)
  wxStaticText* m_history_heading;
  ActionHistoryList* m_history;
  wxTimer m_timer;
  long m_seen_version = 0;  // the store's data_version when the rows were read
  bool m_editing = false;   // a cell editor is open: a reload now would move rows under it
};

}  // namespace huddle::ui
