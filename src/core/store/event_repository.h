#pragma once
/// \file
/// EventRepository: stored events and the counts the front pages need.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
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

/// What storing one row did.
enum class UpsertOutcome { inserted, updated, unchanged };

/// Stores rows of one import: new (stream, source_id) are inserted, changed ones updated, identical ones left.
class EventUpserter {
 public:
  virtual ~EventUpserter() = default;
  /// Stores `event` (its extract_id included); sets `id` for an inserted row. An updated row loses its repeat link
  /// (the import links it again). Throws StorageError.
  virtual UpsertOutcome upsert(const Event& event, std::int64_t& id) = 0;
};

/// The fields of a located event that repeat linking needs.
struct LocatedEvent {
  std::int64_t id = 0;                    ///< Event id.
  UtcTime occurred_utc{};                 ///< When.
  std::string category;                   ///< Category id.
  double lat = 0, lon = 0;                ///< Point.
  std::optional<std::int64_t> linked_to;  ///< Current link.
  std::optional<std::int64_t> extract_id; ///< The extract that last wrote it.
};

/// The fields the ranking reads of one counted (not a linked repeat), located event. The views are valid only
/// during the visit.
struct RankableEvent {
  std::int64_t id = 0;        ///< Event id.
  UtcTime occurred_utc{};     ///< When.
  std::string_view stream;    ///< "311", "ems", ...
  std::string_view category;  ///< Category id.
  double lat = 0, lon = 0;    ///< Point.
};

/// Stored events. Times are UTC; ranges are half-open [from, to).
class EventRepository {
 public:
  virtual ~EventRepository() = default;
  /// Stores new events in one transaction and sets each one's `id`. Throws StorageError when a
  /// (stream, source_id) is already stored; then nothing is stored.
  virtual void add(std::vector<Event>& events) = 0;
  /// Sets each `first` event's link to `second` (a repeat of that event, or none), in one transaction.
  virtual void set_links(std::span<const std::pair<std::int64_t, std::optional<std::int64_t>>> links) = 0;
  /// An upserter for one import. `earliest_wins`: a row only replaces a stored one with a later time (rows that
  /// are parts of one incident). Use it inside a Store::transaction.
  virtual std::unique_ptr<EventUpserter> upserter(bool earliest_wins) = 0;
  /// Calls `visit` for every located event in [from, to), oldest first (streamed: constant memory).
  virtual void for_each_located(UtcTime from, UtcTime to, const std::function<void(const LocatedEvent&)>& visit) const = 0;
  /// Calls `visit` for every counted, located event in [from, to), oldest first. Reads the days packed for the
  /// ranking, packing first those of the range whose events changed.
  virtual void for_each_rankable(UtcTime from, UtcTime to,
                                 const std::function<void(const RankableEvent&)>& visit) = 0;
  /// Packs the days from `since` on whose events changed since they were last packed (an import packs the last
  /// month in its transaction, so the next ranking reads at once; older days are packed when first read).
  virtual void pack_rankable(UtcTime since) = 0;
  /// The events with ids `ids`, in the order given (unknown ids are left out).
  virtual std::vector<Event> by_ids(std::span<const std::int64_t> ids) const = 0;
  /// Events that occurred in [from, to), oldest first.
  virtual std::vector<Event> in_range(UtcTime from, UtcTime to) const = 0;
  /// Calls `visit` for every event (located or not, linked repeats included) in [from, to), oldest first
  /// (streamed: constant memory).
  virtual void for_each_event(UtcTime from, UtcTime to, const std::function<void(const Event&)>& visit) const = 0;
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
