#pragma once
/// \file
/// CitywideTrend: what came in citywide since the last huddle, per stream and per category, against the usual
/// range of a window of the same length, with the 28 daily counts behind it (the packet's summary and sparklines,
/// the Today page's cards).

#include <string>
#include <vector>

#include "core/store/store.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// One line of the summary: a stream's total or one category of it.
struct TrendLine {
  std::string stream;        ///< "311", "ems", ...
  std::string category;      ///< Category id; empty for the stream's total line.
  long count = 0;            ///< Events in the huddle's window, linked repeats counted once.
  long usual_low = 0;        ///< Lower quartile of the same window shifted back 1..28 days.
  long usual_high = 0;       ///< Upper quartile of those 28 windows.
  double usual_median = 0;   ///< Their median.
  std::vector<long> daily;   ///< 28 counts of the 24-hour day slots before the cutoff, oldest first.
  std::vector<long> past_windows{};  ///< Counts of the window shifted back 28..1 days, oldest first (check_trend).
};

/// The citywide summary of one huddle window.
struct CitywideTrend {
  HuddleWindow window;           ///< The window summarised.
  std::vector<TrendLine> lines;  ///< Per stream (311, EMS, then others by name): its total, then its categories, largest count first.
};

/// Summarises `window` from the stored events (repeats counted once, located or not). Streams with no event in
/// the 28 days are left out, except 311 and EMS. Throws StorageError.
CitywideTrend citywide_trend(const EventRepository& events, const HuddleWindow& window);

}  // namespace huddle::core
