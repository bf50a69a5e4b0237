#pragma once
/// \file
/// The action jobs: a new action and a change to one, as `huddle-cli actions add|set` and the Actions page make them.

#include <cstdint>
#include <optional>
#include <string>

#include "core/model/action.h"
#include "core/store/store.h"

namespace huddle::core {

/// A new action as a front end gathers it.
struct NewAction {
  std::string title;                ///< What is to be done (required).
  std::int64_t department_id = 0;   ///< The owning department (must be active).
  std::string owner;                ///< Person or team within the department, or empty.
  std::optional<Date> due;          ///< Due date, local, if any.
  std::string place_id;             ///< A place id as the ranking lists it, or empty.
  std::optional<Date> huddle_date;  ///< The huddle it was agreed at, if any.
};

/// Stores `request` as a new open action by `who` at `now` and returns it (id and version set). Its place name is
/// the one the ranking remembers for `place_id`, else the id itself. Agreed at a huddle, it takes back a "no action"
/// recorded there for its place. Throws huddle::Error for a blank title, an unknown or inactive department or a date
/// without a stored huddle; StorageError.
Action add_action(Store& store, const NewAction& request, const std::string& who, UtcTime now);

/// A change to an action; fields left empty stay as they are.
struct ActionEdit {
  std::optional<std::string> title;        ///< New title (not blank).
  std::optional<std::int64_t> department_id;  ///< New owning department (must be active).
  std::optional<ActionPriority> priority;  ///< New priority.
  std::optional<ActionStatus> status;      ///< New status.
  std::optional<std::string> owner;        ///< New owner (empty text clears it).
  std::optional<std::optional<Date>> due;  ///< New due date (an empty inner value clears it).
  std::optional<std::string> note;         ///< New latest note.

  /// True when the edit changes no field.
  bool empty() const { return !title && !department_id && !priority && !status && !owner && !due && !note; }
};

/// Saves `changed` — an edited copy of an action as the caller read it, version included — by `who` at `now`; every
/// changed field goes into its history. Returns false when no value differed (nothing written). Afterwards
/// `changed` holds the saved values and version. Throws huddle::Error for a blank title or a move to an unknown or
/// inactive department, ConflictError when the stored action is no longer at `changed.version` (someone saved
/// first; nothing written), StorageError.
bool save_action(Store& store, Action& changed, const std::string& who, UtcTime now);

/// Applies `edit` to `action` (as the caller read it) and saves it as save_action does; `action` is left as it was
/// when nothing is written.
bool edit_action(Store& store, Action& action, const ActionEdit& edit, const std::string& who, UtcTime now);

}  // namespace huddle::core
