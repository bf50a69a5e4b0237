#pragma once
/// \file
/// The action form: title, department, owner, due date and place of a new action — the Actions page's quick-add
/// (Ctrl+N) and the Agenda page's "Add action" on a place.

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

/// What the form starts with.
struct ActionFormSetup {
  std::vector<core::Department> departments;  ///< The active ones are offered.
  std::optional<std::int64_t> department;     ///< Chosen first when offered (else none is chosen).
  core::Date due;                             ///< The due date shown, ticked.
  std::vector<PlaceOption> places;            ///< Offered after "No place"; the first is chosen.
  bool fixed_place = false;                   ///< The action is about places[0]: its name heads the form, no choice.
};

/// Modal dialog; OK stays disabled until there is a title and a department.
class ActionFormDialog final : public wxDialog {
 public:
  /// A form captioned `caption` ("New action", "Add action").
  ActionFormDialog(wxWindow* parent, const wxString& caption, const ActionFormSetup& setup);
  /// The action as typed (no huddle date: the caller knows the huddle).
  core::NewAction Request() const;

 private:
  std::vector<std::int64_t> m_department_ids;  // by choice index
  std::vector<PlaceOption> m_places;           // by choice index - 1 (0 is "No place")
  bool m_fixed_place;
  wxTextCtrl* m_title;
  wxChoice* m_department;
  wxTextCtrl* m_owner;
  wxCheckBox* m_has_due;
  wxDatePickerCtrl* m_due;
  wxChoice* m_place = nullptr;
};

}  // namespace huddle::ui
