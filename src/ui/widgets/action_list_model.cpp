#include "ui/widgets/action_list_model.h"

#include <algorithm>

#include <wx/intl.h>

#include "core/time/iso.h"
#include "ui/action_labels.h"
#include "ui/ui_text.h"

namespace huddle::ui {
namespace {

std::string trimmed(const wxVariant& value) { return value.GetString().Strip(wxString::both).utf8_string(); }

/// True when `a` and `b` hold the same values in every column that can be edited.
bool same_edits(const core::Action& a, const core::Action& b) {
  return a.title == b.title && a.department_id == b.department_id && a.owner == b.owner && a.due == b.due &&
         a.status == b.status && a.note == b.note;
}

}  // namespace

GroupColours group_colours(core::ActionGroup group) {
  switch (group) {
    case core::ActionGroup::overdue:
      return {wxColour(0xf8, 0xd0, 0xd4), wxColour(0x5c, 0x0a, 0x14)};
    case core::ActionGroup::due_today:
      return {wxColour(0xff, 0xe8, 0xa8), wxColour(0x4a, 0x34, 0x00)};
    case core::ActionGroup::open:
      return {wxColour(0xd6, 0xf0, 0xdb), wxColour(0x0b, 0x3d, 0x1a)};
    case core::ActionGroup::closed:
      return {wxColour(0xea, 0xec, 0xef), wxColour(0x4a, 0x50, 0x57)};
  }
  return {};
}

ActionListModel::ActionListModel(ActionEditHandler handler, std::vector<core::Department> departments)
    : m_handler(std::move(handler)), m_departments(std::move(departments)) {}

void ActionListModel::SetRows(std::vector<core::TrackerRow> rows, core::Date today) {
  m_rows = std::move(rows);
  m_today = today;
  Reset(RowCount());
}

wxArrayString ActionListModel::DepartmentChoices() const {
  wxArrayString names;
  for (const auto& d : m_departments) {
    if (d.active) names.Add(wx(d.name));
  }
  return names;
}

std::optional<unsigned> ActionListModel::RowOf(std::int64_t id) const {
  const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const auto& r) { return r.action.id == id; });
  if (it == m_rows.end()) return std::nullopt;
  return static_cast<unsigned>(it - m_rows.begin());
}

void ActionListModel::GetValueByRow(wxVariant& value, unsigned row, unsigned col) const {
  if (row >= m_rows.size()) return;
  const core::TrackerRow& r = m_rows[row];
  const core::Action& a = r.action;
  switch (static_cast<ActionColumn>(col)) {
    case ActionColumn::done:
      value = a.status == core::ActionStatus::done;
      return;
    case ActionColumn::title:
      value = wx(a.title);
      return;
    case ActionColumn::department:
      value = wx(r.department.name);
      return;
    case ActionColumn::owner:
      value = wx(a.owner);
      return;
    case ActionColumn::place:
      value = wx(a.place_name);
      return;
    case ActionColumn::due:
      value = a.due ? wx(core::format_date(*a.due)) : wxString();
      return;
    case ActionColumn::status:
      value = status_label(a.status);
      return;
    case ActionColumn::age:
      value = wxString::Format(_("%d d"), r.age_days);
      return;
    case ActionColumn::note:
      value = wx(a.note);
      return;
  }
}

bool ActionListModel::SetValueByRow(const wxVariant& value, unsigned row, unsigned col) {
  if (row >= m_rows.size()) return false;
  core::Action changed = m_rows[row].action;
  if (!Apply(value, static_cast<ActionColumn>(col), changed)) return false;
  // An editor closed without a change writes nothing (and cannot conflict with another seat's newer save).
  if (same_edits(changed, m_rows[row].action)) return true;
  if (!m_handler.save(changed)) return false;
  core::TrackerRow& shown = m_rows[row];
  shown.action = changed;
  shown.group = core::group_of(changed, m_today);
  if (const auto* d = DepartmentOf(changed.department_id)) shown.department = *d;
  return true;
}

bool ActionListModel::Apply(const wxVariant& value, ActionColumn col, core::Action& action) const {
  switch (col) {
    case ActionColumn::done:
      action.status = value.GetBool() ? core::ActionStatus::done : core::ActionStatus::open;
      return true;
    case ActionColumn::title:
      if (trimmed(value).empty()) {
        m_handler.refuse(_("An action needs a title: the title was not changed."));
        return false;
      }
      action.title = trimmed(value);
      return true;
    case ActionColumn::department:
      for (const auto& d : m_departments) {
        if (d.active && wx(d.name) == value.GetString()) {
          action.department_id = d.id;
          return true;
        }
      }
      return false;  // the choice offers only known names; anything else is no edit
    case ActionColumn::owner:
      action.owner = trimmed(value);
      return true;
    case ActionColumn::due:
      if (trimmed(value).empty()) {
        action.due.reset();
        return true;
      }
      if (auto due = core::parse_date(trimmed(value))) {
        action.due = due;
        return true;
      }
      m_handler.refuse(wxString::Format(_("'%s' is not a date: type the due date as YYYY-MM-DD (for example "
                                          "2026-12-01), or leave it empty for no due date."),
                                        value.GetString()));
      return false;
    case ActionColumn::status:
      for (const auto status : kStatuses) {
        if (status_label(status) == value.GetString()) {
          action.status = status;
          return true;
        }
      }
      return false;
    case ActionColumn::note:
      action.note = trimmed(value);
      return true;
    case ActionColumn::place:
    case ActionColumn::age:
      return false;  // read-only
  }
  return false;
}

bool ActionListModel::GetAttrByRow(unsigned row, unsigned col, wxDataViewItemAttr& attr) const {
  if (row >= m_rows.size()) return false;
  const core::ActionGroup group = m_rows[row].group;
  const GroupColours colours = group_colours(group);
  attr.SetBackgroundColour(colours.background);
  attr.SetColour(colours.text);
  // The group also shows without colour: the due date of an overdue or due-today action is bold.
  const bool urgent = group == core::ActionGroup::overdue || group == core::ActionGroup::due_today;
  if (urgent && static_cast<ActionColumn>(col) == ActionColumn::due) attr.SetBold(true);
  return true;
}

const core::Department* ActionListModel::DepartmentOf(std::int64_t id) const {
  const auto it = std::find_if(m_departments.begin(), m_departments.end(), [&](const auto& d) { return d.id == id; });
  return it == m_departments.end() ? nullptr : &*it;
}

}  // namespace huddle::ui
