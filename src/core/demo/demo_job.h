#pragma once
/// \file
/// The demo job: fills a database with the synthetic city (the `demo` command and `make demo`), through the same
/// import path as real extracts.

#include <filesystem>

#include "core/demo/demo_city.h"
#include "core/jobs/workspace.h"
#include "core/progress.h"
#include "core/time/clock.h"

namespace huddle::core {

/// What the demo job stored.
struct DemoReport {
  long events = 0;   ///< Events stored (repeats included).
  long linked = 0;   ///< Of them, repeat reports the import linked to an earlier report.
  long huddles = 0;  ///< Past huddles.
  long actions = 0;  ///< Actions agreed at them.
  Date first_day{};  ///< First local day with events.
  Date last_day{};   ///< Last local day (today).
  std::filesystem::path calls_311;  ///< The 311 extract written and imported.
  std::filesystem::path calls_ems;  ///< The EMS extract written and imported.
};

/// Replaces the demo data in the workspace's database with a new synthetic city, in one transaction (all or
/// nothing): writes its 311 and EMS extracts as CSV files into `extract_dir`, imports them with the shipped
/// profiles, then adds past huddles and actions. Refuses (StorageError) a database that holds extracts not made
/// by the demo, so real data is never wiped. Throws Cancelled when `progress` asks to stop (nothing changed).
DemoReport run_demo_job(Workspace& workspace, const demo::DemoOptions& options, const Clock& clock,
                        ProgressSink& progress, const std::filesystem::path& extract_dir);

}  // namespace huddle::core
