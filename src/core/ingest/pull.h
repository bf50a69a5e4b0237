#pragma once
/// \file
/// The pull job: import every configured source once (folders of dropped files, CSV downloads, CKAN DataStore).

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "core/config/settings.h"
#include "core/ingest/import_report.h"
#include "core/ingest/profile_catalog.h"
#include "core/model/category.h"
#include "core/progress.h"
#include "core/store/store.h"
#include "core/time/clock.h"

namespace huddle::core {

/// What one source's pull did.
struct SourcePullResult {
  std::string source;                 ///< The source's name from settings.toml.
  std::vector<ImportReport> imports;  ///< One per file or download imported (already-imported files included).
  std::string error;                  ///< Empty on success; else why this source failed (others still ran).
};

/// What a pull did, source by source.
struct PullReport {
  std::vector<SourcePullResult> sources;  ///< In settings order.
  /// True when every source succeeded.
  bool ok() const {
    for (const auto& s : sources) {
      if (!s.error.empty()) return false;
    }
    return true;
  }
};

/// Imports every source in `settings.sources` once, each file or download as its own import job (its own
/// transaction). A failing source (unreachable URL, HTTP error after retries, missing folder) is reported and the
/// others still run. Downloads go to a temporary file under `work_dir`. Throws Cancelled when asked to stop.
PullReport run_pull_job(Store& store, const Settings& settings, const ProfileCatalog& profiles,
                        const std::vector<Category>& categories, const Clock& clock, ProgressSink& progress,
                        const std::filesystem::path& work_dir);

}  // namespace huddle::core
