#pragma once
/// \file
/// Repeat linking: a report of the same category within 50 m and 6 h of an earlier, unlinked report is a repeat of
/// it (kept, linked, counted once).

#include <chrono>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "core/store/event_repository.h"

namespace huddle::core {

/// How near in space and time a repeat is.
struct RepeatRule {
  double metres = 50;                           ///< Distance.
  std::chrono::seconds window = std::chrono::hours{6};  ///< Time after the first report.
};

/// The link every event should have. `events` must be ordered by category then time (as
/// EventRepository::for_each_located gives them). Each event links to the earliest unlinked event of its category
/// within the rule before it, or to nothing; result[i] is the link of events[i].
std::vector<std::optional<std::int64_t>> compute_links(const std::vector<LocatedEvent>& events,
                                                       const RepeatRule& rule = {});

}  // namespace huddle::core
