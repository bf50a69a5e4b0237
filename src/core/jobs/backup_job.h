#pragma once
/// \file
/// The backup job: the daily backup made when a front end opens the database, a copy on request (`huddle-cli
/// backup FILE`) and a restore (`huddle-cli restore FILE`). Backups are SQLite online backups (backup_folder.h).

#include <filesystem>
#include <optional>

#include "core/jobs/workspace.h"
#include "core/model/time_types.h"

namespace huddle::core {

/// Makes today's backup of the workspace's database (the city's local date at `now`) in its backup folder unless
/// one exists, and keeps the 7 newest. Never throws: a backup that cannot be made (a full disk) is added to
/// `workspace.warnings` and the workspace stays usable. Returns the file made, if one was.
std::optional<std::filesystem::path> make_daily_backup(Workspace& workspace, UtcTime now);

/// Writes a copy of the workspace's database to `file`, replacing it whole (owner-only, a single file without
/// -wal). Throws Error when `file` is the database itself, StorageError when the copy cannot be made.
void backup_database_to(const Workspace& workspace, const std::filesystem::path& file);

/// What a restore did.
struct RestoreResult {
  int schema_version = 0;                     ///< The restored file's schema (an older one is migrated on opening).
  std::optional<std::filesystem::path> kept;  ///< The backup of the database it replaced (none when there was none).
};

/// Replaces the database at `database` with the Huddle database `file`. The file is checked first
/// (check_huddle_database); then the database as it stands is kept in its backup folder (as a before-restore
/// backup, or as a plain copy of its files when SQLite cannot read it); then the content is replaced in one
/// transaction (replace_database). Throws InputError when `file` is not a Huddle database this build can open,
/// Error when it is the database itself, StorageError when the database cannot be kept or replaced; in every case
/// the database is left as it was.
RestoreResult restore_database(const std::filesystem::path& database, const std::filesystem::path& file, UtcTime now);

}  // namespace huddle::core
