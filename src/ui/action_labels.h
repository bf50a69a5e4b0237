#pragma once
/// \file
/// How the GUI names an action's status, group and fields (the stored texts are core's).

#include <string>

#include <wx/arrstr.h>
#include <wx/string.h>

#include "core/huddle/action_groups.h"
#include "core/model/action.h"

namespace huddle::ui {

/// Every status, in the order status choices list them.
inline constexpr core::ActionStatus kStatuses[] = {core::ActionStatus::open, core::ActionStatus::in_progress,
                                                   core::ActionStatus::blocked, core::ActionStatus::done,
                                                   core::ActionStatus::dropped};

/// "Open", "In progress", ...
wxString status_label(core::ActionStatus status);
/// The labels of kStatuses, in order.
wxArrayString status_labels();
/// "Overdue", "Due today", "Open", "Closed".
wxString group_label(core::ActionGroup group);
/// The history's name for stored field `field` ("due_date" is "Due", "created" is "Created").
wxString field_label(const std::string& field);

}  // namespace huddle::ui
