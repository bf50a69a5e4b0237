#pragma once
/// \file
/// CarriedActionsList: the open actions a huddle carries over, grouped overdue / due today / open, with their age
/// (read-only; the Actions page edits them).

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <wx/listctrl.h>

#include "core/model/action.h"
#include "core/time/schedule.h"

namespace huddle::ui {

/// A report list of carried-over actions: group, age, due, action, department, owner, place.
class CarriedActionsList final : public wxListView {
 public:
  /// An empty list named `name`.
  CarriedActionsList(wxWindow* parent, const wxString& name);
  /// Shows `carried` (in tracker order) as they stand on local date `today`; `departments` maps ids to names.
  void ShowActions(const std::vector<core::Action>& carried, const std::map<std::int64_t, std::string>& departments,
                   const core::HuddleSchedule& schedule, core::Date today);
};

}  // namespace huddle::ui
