#pragma once
/// \file
/// TodaySummary: what came in since the last huddle's cutoff, per stream and category, and how fresh it is.

#include <optional>
#include <string>
#include <vector>

#include "core/store/store.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// One stream's part of the summary.
struct StreamSummary {
  std::string stream;                              ///< "311", "ems", ...
  long total = 0;                                  ///< Events in the window, repeats counted once.
  std::vector<StreamCategoryCount> by_category;    ///< Largest first.
  std::optional<UtcTime> newest;                   ///< Newest event ever stored for the stream.
};

/// The Today page and the terminal briefing of `make demo`.
struct TodaySummary {
  HuddleWindow window;                 ///< The huddle in force and its window.
  std::vector<StreamSummary> streams;  ///< 311 and EMS always, then any other stream with data.
  RangeTotals totals;                  ///< Whole-window totals (linked repeats, unlocated).
  long open_actions = 0;               ///< Actions still open, in progress or blocked.
  long overdue_actions = 0;            ///< Of them, due before the huddle date.
  long due_today = 0;                  ///< Of them, due on the huddle date.
};

/// Summarises the huddle in force at `now` (the latest huddle day whose cutoff has passed).
TodaySummary summarize_today(Store& store, const HuddleSchedule& schedule, UtcTime now);

}  // namespace huddle::core
