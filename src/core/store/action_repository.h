#pragma once
/// \file
/// ActionRepository: the action tracker, with a field-level history of every change.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/action.h"

namespace huddle::core {

/// Stored actions. Every change is committed at once and recorded in `action_history`.
class ActionRepository {
 public:
  virtual ~ActionRepository() = default;
  /// Stores a new action (sets `id`, `version` = 1) and records a "created" history entry by `who` at
  /// `action.created_utc`. Throws StorageError for an unknown department or huddle.
  virtual void add(Action& action, const std::string& who) = 0;
  /// Writes every field of `changed` that differs from the stored action, one history entry per field, by `who`
  /// at `changed.updated_utc`. Throws ConflictError when the stored version is not `changed.version` (someone
  /// else saved first); on success `changed.version` is the new version. No difference = no write.
  virtual void update(Action& changed, const std::string& who) = 0;
  /// The action with `id`, if stored.
  virtual std::optional<Action> get(std::int64_t id) const = 0;
  /// Every action, oldest first.
  virtual std::vector<Action> list() const = 0;
  /// The history of one action, oldest first.
  virtual std::vector<ActionChange> history(std::int64_t action_id) const = 0;
};

}  // namespace huddle::core
