#pragma once
/// \file
/// The backtest job: `huddle-cli backtest` on the stored events, with the deployment's settings.

#include <vector>

#include "core/analysis/backtest.h"
#include "core/config/settings.h"
#include "core/model/category.h"
#include "core/store/store.h"

namespace huddle::core {

/// Loads the events the range needs and runs the backtest with the settings' ranking figures and the categories'
/// weights. Throws StorageError, huddle::Error for an empty range, Cancelled.
BacktestResult backtest_huddle(Store& store, const Settings& settings, const std::vector<Category>& categories,
                               const HuddleSchedule& schedule, Date from, Date to, int k, ProgressSink& progress);

}  // namespace huddle::core
