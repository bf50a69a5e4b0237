#pragma once
/// \file
/// Repeat linking: a report of the same category within 50 m and 6 h of an earlier, unlinked report is a repeat of
/// it (kept, linked, counted once).

#include <chrono>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/store/event_repository.h"

namespace huddle::core {

/// How near in space and time a repeat is.
struct RepeatRule {
  double metres = 50;                                   ///< Distance.
  std::chrono::seconds window = std::chrono::hours{6};  ///< Time after the first report.
};

/// Decides links for located events fed in time order, in memory proportional to the first reports of the last
/// `window` only: each event links to the earliest unlinked event of its category within the rule before it.
class RepeatLinker {
 public:
  /// `rule` is the repeat rule. The metric scale is fixed by the first event's latitude (one city at a time).
  explicit RepeatLinker(RepeatRule rule = {});
  /// The link of `event` (none when it is a first report). Events must come in non-decreasing time order.
  std::optional<std::int64_t> add(const LocatedEvent& event);

 private:
  struct Root {
    std::int64_t id;
    UtcTime time;
    double x, y;
  };
  RepeatRule m_rule;
  std::optional<double> m_cos_lat;
  // Per category, per cell (one rule-distance wide): the first reports still within the window, oldest first.
  std::unordered_map<std::string, std::unordered_map<std::int64_t, std::deque<Root>>> m_roots;
};

}  // namespace huddle::core
