#pragma once
/// \file
/// The import job: one extract file through its profile into the store, as one transaction.

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

/// What to import and how.
struct ImportRequest {
  std::filesystem::path file;   ///< The extract (CSV or GeoJSON).
  std::string profile = "auto"; ///< A profile name, a path to a profile file, or "auto" (detect from the header).
  std::string display_name;     ///< Name recorded for the extract (default: the file name); e.g. the URL it came from.
};

/// The profile auto-detection picks for `file` from its header, or nullptr when none matches. Throws InputError
/// when the file cannot be read.
const Profile* detect_profile(const std::filesystem::path& file, const ProfileCatalog& profiles);

/// Imports one file: reads it through its profile, stores new rows, updates changed ones, links repeats, records
/// the extract with its sha256 and counts — all in one transaction. The same content twice changes nothing (the
/// report says `already_imported`). Bad rows are rejected into the report; a fatal problem (unreadable file, no
/// profile matches, a mapped column missing, truncated GeoJSON) throws InputError naming the file and writes
/// nothing; Cancelled when `progress` asks to stop (nothing written).
ImportReport run_import_job(Store& store, const ImportRequest& request, const ProfileCatalog& profiles,
                            const Settings& settings, const std::vector<Category>& categories, const Clock& clock,
                            ProgressSink& progress);

}  // namespace huddle::core
