#pragma once
/// \file
/// HuddleRepository: meetings and their run-of-show.

#include <cstdint>
#include <optional>
#include <vector>

#include "core/model/huddle.h"

namespace huddle::core {

/// Stored huddles and agenda items.
class HuddleRepository {
 public:
  virtual ~HuddleRepository() = default;
  /// Stores a new huddle with its attendance and snapshot (sets `id`). Throws StorageError when one exists for that
  /// date.
  virtual void add(Huddle& huddle) = 0;
  /// Writes the state, notes and attendance of a stored huddle (its date, window and snapshot never change).
  virtual void update(const Huddle& huddle) = 0;
  /// The huddle of local date `date`, if any.
  virtual std::optional<Huddle> by_date(Date date) const = 0;
  /// Every huddle, newest first.
  virtual std::vector<Huddle> list() const = 0;
  /// Replaces the run-of-show of `huddle_id` with `items` (positions renumbered from 0), in one transaction.
  virtual void set_agenda(std::int64_t huddle_id, std::vector<AgendaItem>& items) = 0;
  /// The run-of-show of `huddle_id`, in order.
  virtual std::vector<AgendaItem> agenda(std::int64_t huddle_id) const = 0;
  /// Writes the title, time box, actual time, presenter and notes of one stored item (by id).
  virtual void update_item(const AgendaItem& item) = 0;
  /// Records "no action" for a place at a huddle (replacing an earlier reason).
  virtual void set_no_action(std::int64_t huddle_id, const NoAction& decision) = 0;
  /// Takes a "no action" back (an action was agreed after all).
  virtual void clear_no_action(std::int64_t huddle_id, const std::string& place_id) = 0;
  /// The "no action" decisions of a huddle, by place id.
  virtual std::vector<NoAction> no_actions(std::int64_t huddle_id) const = 0;
};

}  // namespace huddle::core
