#pragma once
/// \file
/// EventFrame: the counted, located events of a time range, held compactly in memory for the ranking and the
/// backtest (streams and categories as small indexes, times as seconds).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/time_types.h"
#include "core/store/event_repository.h"

namespace huddle::core {

/// One counted, located event.
struct FrameEvent {
  std::int64_t id = 0;        ///< Event id (for addresses of a listed place).
  std::int64_t t = 0;         ///< Seconds since 1970 (UTC).
  double lat = 0, lon = 0;    ///< Point.
  std::uint8_t stream = 0;    ///< Index into EventFrame::streams.
  std::uint8_t category = 0;  ///< Index into EventFrame::categories.
};

/// Events oldest first, with the stream and category names their indexes stand for.
struct EventFrame {
  std::vector<std::string> streams;     ///< Stream names, in order of first appearance.
  std::vector<std::string> categories;  ///< Category ids, in order of first appearance.
  std::vector<FrameEvent> events;       ///< Oldest first.

  /// Appends an event (events must come oldest first). Throws huddle::Error past 255 streams or categories.
  void add(std::int64_t id, UtcTime t, std::string_view stream, std::string_view category, double lat, double lon);
  /// Index of the first event at or after `t`.
  std::size_t lower_bound(UtcTime t) const;
};

/// Reads the counted, located events of [from, to) from the store.
EventFrame load_event_frame(EventRepository& events, UtcTime from, UtcTime to);

}  // namespace huddle::core
