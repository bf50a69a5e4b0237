#pragma once
/// \file
/// The quick-add dialog of the Actions page (Ctrl+N): title, department, owner, due date and place of a new action.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "core/jobs/action_job.h"
#include "core/model/department.h"

class wxCheckBox;
class wxChoice;
class wxDatePickerCtrl;
class wxTextCtrl;

namespace huddle::ui {

/// A place a new action can be about.
struct PlaceOption {
  std::string id;    ///< The ranking's place id.
  std::string name;  ///< Its name.
};

/// Modal dialog; OK stays disabled until there is a title and a department.
class QuickAddDialog final : public wxDialog {
 public:
  /// Offers the active `departments` (`department` chosen first when among them, else none) and "No place" then
  /// `places` (the first of them chosen first); the due date starts at `due`, ticked.
  QuickAddDialog(wxWindow* parent, const std::vector<core::Department>& departments,
                 std::optional<std::int64_t> department, const std::vector<PlaceOption>& places, core::Date due);
  /// The action as typed (no huddle date: the caller knows the huddle).
  core::NewAction Request() const;

 private:
  std::vector<std::int64_t> m_department_ids;  // by choice index
  std::vector<PlaceOption> m_places;           // by choice index - 1 (0 is "No place")
  wxTextCtrl* m_title;
  wxChoice* m_department;
  wxTextCtrl* m_owner;
  wxCheckBox* m_has_due;
  wxDatePickerCtrl* m_due;
  wxChoice* m_place;
};

}  // namespace huddle::ui
