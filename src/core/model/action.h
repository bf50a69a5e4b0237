#pragma once
/// \file
/// Action and ActionChange: assignments agreed at a huddle and their history.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/time_types.h"

namespace huddle::core {

/// Where an action stands.
enum class ActionStatus { open, in_progress, done, blocked, dropped };
/// Stable text for an ActionStatus, as stored and as typed on the command line.
std::string_view to_string(ActionStatus status);
/// Parses stored or typed text; throws huddle::Error on an unknown value.
ActionStatus parse_action_status(std::string_view text);
/// True for statuses that still need work (open, in progress, blocked).
bool is_open(ActionStatus status);

/// How urgent an action is.
enum class ActionPriority { low, normal, high };
/// Stable text for an ActionPriority, as stored.
std::string_view to_string(ActionPriority priority);
/// Parses stored text; throws huddle::Error on an unknown value.
ActionPriority parse_action_priority(std::string_view text);

/// An assignment: title, department, owner, place, due date, status.
struct Action {
  std::int64_t id = 0;                      ///< Database id; 0 until stored.
  std::string title;                        ///< What is to be done.
  std::int64_t department_id = 0;           ///< The owning department.
  std::string owner;                        ///< Person or team within the department (a role, not a patient).
  std::string place_id;                     ///< The place it is about, or empty.
  std::string place_name;                   ///< The place's name when the action was agreed.
  std::optional<std::int64_t> huddle_id;    ///< The huddle it was created in.
  UtcTime created_utc{};                    ///< When it was created.
  std::optional<Date> due;                  ///< Due date, local.
  ActionStatus status = ActionStatus::open;  ///< Where it stands.
  ActionPriority priority = ActionPriority::normal;  ///< How urgent.
  std::string note;                         ///< Latest note.
  UtcTime updated_utc{};                    ///< Last change.
  int version = 1;                          ///< Bumped on every change; guards against lost updates.
};

/// One field-level change of an action.
struct ActionChange {
  std::int64_t id = 0;          ///< Database id.
  std::int64_t action_id = 0;   ///< The action changed.
  UtcTime changed_utc{};        ///< When.
  std::string who;              ///< The user name of the seat.
  std::string field;            ///< Field name, or "created".
  std::string old_value;        ///< Previous value as text.
  std::string new_value;        ///< New value as text.
};

}  // namespace huddle::core
