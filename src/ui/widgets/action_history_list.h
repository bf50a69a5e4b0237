#pragma once
/// \file
/// ActionHistoryList: the field-level history of one action — when (local time), who, field, old and new value.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <wx/listctrl.h>

#include "core/model/action.h"
#include "core/time/schedule.h"

namespace huddle::ui {

/// A read-only report list of an action's changes, newest first.
class ActionHistoryList final : public wxListView {
 public:
  /// An empty list named `name`.
  ActionHistoryList(wxWindow* parent, const wxString& name);
  /// Shows `changes` (oldest first, as the store gives them); department ids read as names from `departments`.
  void ShowHistory(const std::vector<core::ActionChange>& changes,
                   const std::map<std::int64_t, std::string>& departments, const core::HuddleSchedule& schedule);
};

}  // namespace huddle::ui
