#pragma once
/// \file
/// EventRepository: stored events and the counts the front pages need.

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/model/event.h"

namespace huddle::core {

/// Count of events of one stream and category.
struct StreamCategoryCount {
  std::string stream;    ///< "311", "ems", ...
  std::string category;  ///< Category id.
  long count = 0;        ///< Events, linked repeats excluded.
};

/// Counts of a time range that are not per category.
struct RangeTotals {
  long events = 0;     ///< Events counted once (linked repeats excluded).
  long linked = 0;     ///< Linked repeats (not in `events`).
  long unlocated = 0;  ///< Counted events without a usable point.
};

/// Stored events. Times are UTC; ranges are half-open [from, to).
class EventRepository {
 public:
  virtual ~EventRepository() = default;
  /// Stores new events in one transaction and sets each one's `id`. Throws StorageError when a
  /// (stream, source_id) is already stored; then nothing is stored.
  virtual void add(std::vector<Event>& events) = 0;
  /// Marks each `first` event as a repeat of the `second` one, in one transaction.
  virtual void link(std::span<const std::pair<std::int64_t, std::int64_t>> repeat_of) = 0;
  /// Events that occurred in [from, to), oldest first.
  virtual std::vector<Event> in_range(UtcTime from, UtcTime to) const = 0;
  /// Counts per stream and category in [from, to), linked repeats excluded, ordered by stream then count.
  virtual std::vector<StreamCategoryCount> count_by_stream_category(UtcTime from, UtcTime to) const = 0;
  /// Totals of [from, to).
  virtual RangeTotals totals(UtcTime from, UtcTime to) const = 0;
  /// The newest event time per stream (streams without events are absent).
  virtual std::map<std::string, UtcTime> newest_per_stream() const = 0;
  /// Number of stored events.
  virtual long count() const = 0;
};

}  // namespace huddle::core
