#pragma once
/// \file
/// The Add action dialog of the Agenda page: an action agreed on a place — title, department, owner, due date.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "core/model/department.h"
#include "core/model/time_types.h"

class wxCheckBox;
class wxChoice;
class wxDatePickerCtrl;
class wxTextCtrl;

namespace huddle::ui {

/// What the chair typed for a new action.
struct ActionDraft {
  std::string title;                ///< What is to be done (not blank).
  std::int64_t department_id = 0;   ///< The owning department.
  std::string owner;                ///< Person or team within it, or empty.
  std::optional<core::Date> due;    ///< Due date, if any.
};

/// Modal dialog; OK stays disabled until the title is not blank.
class AgreedActionDialog final : public wxDialog {
 public:
  /// For the place named `place_name`; `departments` are offered (the active ones), `department` is chosen first
  /// when it is among them; the due date starts at `due`.
  AgreedActionDialog(wxWindow* parent, const std::string& place_name, const std::vector<core::Department>& departments,
                     std::int64_t department, core::Date due);
  /// The action as typed.
  ActionDraft Draft() const;

 private:
  std::vector<std::int64_t> m_department_ids;  // by choice index
  wxTextCtrl* m_title;
  wxChoice* m_department;
  wxTextCtrl* m_owner;
  wxCheckBox* m_has_due;
  wxDatePickerCtrl* m_due;
};

/// Shows the dialog; the draft when the chair pressed OK.
std::optional<ActionDraft> ShowAgreedActionDialog(wxWindow* parent, const std::string& place_name,
                                                  const std::vector<core::Department>& departments,
                                                  std::int64_t department, core::Date due);

}  // namespace huddle::ui
