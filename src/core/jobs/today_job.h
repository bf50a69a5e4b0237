#pragma once
/// \file
/// The today job: everything the Today page shows — per stream, the count since the last huddle against its usual
/// range with the trend check and the 28 daily counts, per category likewise; data freshness per stream and per
/// configured source; the data-quality totals and the actions at a glance. Queries only: no ranking.

#include <string>
#include <vector>

#include "core/analysis/citywide_trend.h"
#include "core/analysis/today_summary.h"
#include "core/analysis/trend_check.h"
#include "core/config/settings.h"
#include "core/ingest/data_freshness.h"
#include "core/store/store.h"

namespace huddle::core {

/// A citywide line and its check.
struct TodayLine {
  TrendLine trend;   ///< Count, usual range, 28 daily counts.
  TrendCheck check;  ///< The EWMA-style check of the count.
};

/// One stream's card.
struct TodayCard {
  std::string stream;                 ///< "311", "ems", ...
  TodayLine total;                    ///< The stream's total.
  std::vector<TodayLine> categories;  ///< Its categories, largest count first.
  StreamFreshness freshness;          ///< Newest event, last import.
};

/// The Today page's content.
struct TodayBoard {
  TodaySummary summary;                  ///< Window, whole-window totals (the data-quality box), actions.
  std::vector<TodayCard> cards;          ///< 311, EMS, then other streams with data in the 28 days, by name.
  std::vector<SourceFreshness> sources;  ///< Per configured source (settings order): its last import.
};

/// Gathers the Today page of the huddle in force at `now`. Throws StorageError, or huddle::Error for a bad zone.
TodayBoard gather_today(Store& store, const Settings& settings, UtcTime now);

}  // namespace huddle::core
