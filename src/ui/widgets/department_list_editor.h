#pragma once
/// \file
/// DepartmentListEditor: the Settings dialog's departments — add one, change a short name, make one inactive,
/// change the round-robin order. A department is never removed: its actions keep it.

#include <vector>

#include <wx/panel.h>

#include "core/model/department.h"

class wxButton;
class wxCheckBox;
class wxComboBox;
class wxListView;
class wxTextCtrl;

namespace huddle::ui {

/// Edits a copy of the stored departments; the Settings dialog stores them (core::save_departments) on OK.
class DepartmentListEditor final : public wxPanel {
 public:
  /// Shows `departments` in their order.
  DepartmentListEditor(wxWindow* parent, std::vector<core::Department> departments);
  /// The departments as edited, in their new order (new ones with id 0).
  const std::vector<core::Department>& Departments() const { return m_departments; }
  /// Adds a department and selects it (as the Add button does).
  void AddDepartment();
  /// Selects department `index` (as a click in the list does).
  void Select(long index);
  /// Moves the selected department by `delta` places in the order (as Move up / Move down do).
  void Move(int delta);

 private:
  void ShowSelected();
  void StoreField();
  void UpdateRow(long index);
  void UpdateEnabled();

  std::vector<core::Department> m_departments;
  long m_selected = -1;
  wxListView* m_list;
  wxButton* m_up;
  wxButton* m_down;
  wxTextCtrl* m_name;
  wxTextCtrl* m_short;
  wxComboBox* m_kind;
  wxCheckBox* m_active;
};

}  // namespace huddle::ui
