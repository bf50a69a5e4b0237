#pragma once
/// \file
/// ActionListModel: the action tracker as the rows of a virtual wxDataViewCtrl — values, colours by group, and
/// in-place edits handed to the owner to save.

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <wx/dataview.h>

#include "core/huddle/action_tracker.h"

namespace huddle::ui {

/// The tracker's columns, in model order.
enum class ActionColumn : unsigned { done, title, department, owner, place, due, status, age, note };

/// How a group's rows look. Light backgrounds with dark text of the same hue: the groups stay apart on a
/// washed-out projector and the text stays readable.
struct GroupColours {
  wxColour background;  ///< Row background.
  wxColour text;        ///< Row text.
};

/// The colours of `group`'s rows: overdue red, due today amber, open green, closed grey.
GroupColours group_colours(core::ActionGroup group);

/// What the model asks of its owner when the user edits a cell.
struct ActionEditHandler {
  /// Saves `changed` (an edited copy of a shown action, at the version shown); true when it was saved, and then
  /// `changed` holds the stored values and version. False leaves the row as it was.
  std::function<bool(core::Action& changed)> save;
  /// Tells the user why the text typed was refused (nothing is saved).
  std::function<void(const wxString& why)> refuse;
};

/// Rows of core::TrackerRow on one huddle date. Done is a bool (ticking it sets done, unticking sets open); title,
/// owner, due ("YYYY-MM-DD", empty for none) and note are text; department and status are choice labels.
class ActionListModel final : public wxDataViewVirtualListModel {
 public:
  /// An empty model; `departments` name the department column (the choice offers the active ones).
  ActionListModel(ActionEditHandler handler, std::vector<core::Department> departments);

  /// Shows `rows` (in tracker order) as they stand on local date `today`.
  void SetRows(std::vector<core::TrackerRow> rows, core::Date today);
  /// Replaces the departments the department column names and offers (one added or retired since).
  void SetDepartments(std::vector<core::Department> departments) { m_departments = std::move(departments); }
  /// The names the department column's choice offers (active departments, in sort order).
  wxArrayString DepartmentChoices() const;
  /// Number of rows.
  unsigned RowCount() const { return static_cast<unsigned>(m_rows.size()); }
  /// The row at `row` (< RowCount()).
  const core::TrackerRow& RowAt(unsigned row) const { return m_rows.at(row); }
  /// The row showing action `id`, if shown.
  std::optional<unsigned> RowOf(std::int64_t id) const;

  /// The value of cell (`row`, `col`) as its column shows it.
  void GetValueByRow(wxVariant& value, unsigned row, unsigned col) const override;
  /// An edit of cell (`row`, `col`): checked, then saved through the handler at once; false when refused.
  bool SetValueByRow(const wxVariant& value, unsigned row, unsigned col) override;
  /// The colours of the row's group; a bold due date when overdue or due today.
  bool GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const override;

 private:
  /// Applies the edited `value` of column `col` to `action`; false (after telling the user) when it is not valid.
  bool Apply(const wxVariant& value, ActionColumn col, core::Action& action) const;
  const core::Department* DepartmentOf(std::int64_t id) const;

  ActionEditHandler m_handler;
  std::vector<core::Department> m_departments;
  std::vector<core::TrackerRow> m_rows;
  core::Date m_today{};
};

}  // namespace huddle::ui
