#pragma once
/// \file
/// The decision on a place at a huddle: the actions agreed on it, or "no action" with a reason.

#include <cstdint>
#include <string>
#include <vector>

#include "core/model/action.h"
#include "core/model/huddle.h"
#include "core/store/store.h"

namespace huddle::core {

/// Stores `action` as agreed at `huddle` (sets its huddle id and its id) by `who`; a "no action" recorded for its
/// place at that huddle is taken back. One transaction. Throws StorageError.
void agree_action(Store& store, const Huddle& huddle, Action& action, const std::string& who);

/// Records "no action" for `decision.place_id` at `huddle` (replacing an earlier reason). Throws huddle::Error when
/// the reason is blank or an action on that place agreed at that huddle is not dropped; StorageError.
void agree_no_action(Store& store, const Huddle& huddle, const NoAction& decision);

/// Of `actions`, those agreed at huddle `huddle_id` on place `place_id`, in the order given.
std::vector<Action> agreed_on_place(const std::vector<Action>& actions, std::int64_t huddle_id,
                                    const std::string& place_id);

}  // namespace huddle::core
