#pragma once
/// \file
/// The demo job: fills a database with the synthetic city (the `demo` command and `make demo`).

#include "core/config/settings.h"
#include "core/demo/demo_city.h"
#include "core/progress.h"
#include "core/store/store.h"
#include "core/time/clock.h"

namespace huddle::core {

/// What the demo job stored.
struct DemoReport {
  long events = 0;   ///< Events stored (repeats included).
  long linked = 0;   ///< Of them, repeat reports linked to an original.
  long huddles = 0;  ///< Past huddles.
  long actions = 0;  ///< Actions agreed at them.
  Date first_day{};  ///< First local day with events.
  Date last_day{};   ///< Last local day (today).
};

/// The profile name recorded on the demo's extracts.
inline constexpr const char* kDemoProfile = "demo";

/// Replaces the demo data in `store` with a new synthetic city, in one transaction (all or nothing). Refuses
/// (StorageError) a database that holds imported extracts, so real data is never wiped. Departments must already
/// be stored. Throws Cancelled when `progress` asks to stop (nothing is then changed).
DemoReport run_demo_job(Store& store, const Settings& settings, const demo::DemoOptions& options, const Clock& clock,
                        ProgressSink& progress);

}  // namespace huddle::core
