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
  /// Stores a new huddle with its attendance (sets `id`). Throws StorageError when one exists for that date.
  virtual void add(Huddle& huddle) = 0;
  /// The huddle of local date `date`, if any.
  virtual std::optional<Huddle> by_date(Date date) const = 0;
  /// Every huddle, newest first.
  virtual std::vector<Huddle> list() const = 0;
  /// Replaces the run-of-show of `huddle_id` with `items` (positions renumbered from 0), in one transaction.
  virtual void set_agenda(std::int64_t huddle_id, std::vector<AgendaItem>& items) = 0;
  /// The run-of-show of `huddle_id`, in order.
  virtual std::vector<AgendaItem> agenda(std::int64_t huddle_id) const = 0;
};

}  // namespace huddle::core
