#pragma once
/// \file
/// The automatic backups of a database: their folder (backups/ beside it), their names, and how many are kept.

#include <cstddef>
#include <filesystem>
#include <vector>

#include "core/model/time_types.h"

namespace huddle::core {

/// How many backups of each kind are kept: the newest; older ones are removed when a new one is made.
inline constexpr std::size_t kBackupsKept = 7;

/// The kinds of automatic backup. Each has its own names and keeps its own kBackupsKept newest.
enum class BackupKind {
  daily,             ///< The first opening of a day: huddle-2026-11-26.db.
  before_migration,  ///< Before a newer Huddle migrates the schema: huddle-v4-before-migration.db (schema 4).
  before_restore,    ///< The database a restore replaced: huddle-before-restore-20261126T140512Z.db (UTC).
};

/// backups/ beside `database`.
std::filesystem::path backup_folder(const std::filesystem::path& database);

/// The daily backup of `database` for local date `day`.
std::filesystem::path daily_backup_file(const std::filesystem::path& database, Date day);
/// The backup of `database` made at schema `version`, before migrating it.
std::filesystem::path migration_backup_file(const std::filesystem::path& database, int version);
/// The backup of `database` made at `at` before a restore replaced it.
std::filesystem::path restore_backup_file(const std::filesystem::path& database, UtcTime at);

/// The backups of `kind` of `database` in its backup folder, oldest first (none when there is no folder).
std::vector<std::filesystem::path> list_backups(const std::filesystem::path& database, BackupKind kind);

/// Copies `database` into `file` (one of the names above, of `kind`) with copy_database, creating the backup
/// folder owner-only, then removes the oldest backups of `kind` past kBackupsKept. Throws StorageError; a failed
/// copy leaves the folder as it was.
void make_backup(const std::filesystem::path& database, const std::filesystem::path& file, BackupKind kind);

}  // namespace huddle::core
