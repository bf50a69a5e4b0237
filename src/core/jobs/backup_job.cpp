#include "core/jobs/backup_job.h"

#include <fmt/format.h>

#include "core/error.h"
#include "core/store/backup_folder.h"
#include "core/store/sqlite_backup.h"

namespace huddle::core {
namespace {

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::error_code ec;
  return std::filesystem::equivalent(a, b, ec);
}

/// Keeps the files of a database SQLite cannot read as they are (the database, and its -wal when there is one),
/// owner-only, as `kept`. Throws StorageError.
void keep_files(const std::filesystem::path& database, const std::filesystem::path& kept) {
  std::error_code ec;
  std::filesystem::create_directories(kept.parent_path(), ec);
  for (const char* suffix : {"", "-wal"}) {
    const std::filesystem::path from = database.string() + suffix, to = kept.string() + suffix;
    if (*suffix && !std::filesystem::exists(from, ec)) continue;
    std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing, ec);
    if (!ec)
      std::filesystem::permissions(to, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write, ec);
    if (ec) throw StorageError(fmt::format("cannot keep {} as {}: {}", from.string(), to.string(), ec.message()));
  }
}

}  // namespace

std::optional<std::filesystem::path> make_daily_backup(Workspace& workspace, UtcTime now) {
  const auto& database = workspace.paths.database;
  if (database == ":memory:") return std::nullopt;
  try {
    const auto file = daily_backup_file(database, workspace.settings.schedule().local_date(now));
    std::error_code ec;
    if (std::filesystem::exists(file, ec)) return std::nullopt;
    make_backup(database, file, BackupKind::daily);
    return file;
  } catch (const std::exception& e) {
    // Opening goes on without it (a full disk must not keep a huddle from starting); the warning says why.
    workspace.warnings.push_back(fmt::format("no daily backup of {} today: {}", database.string(), e.what()));
    return std::nullopt;
  }
}

void backup_database_to(const Workspace& workspace, const std::filesystem::path& file) {
  if (same_file(file, workspace.paths.database)) {
    throw Error(fmt::format("{} is the database itself: name another file for the backup", file.string()));
  }
  copy_database(workspace.paths.database, file);
}

RestoreResult restore_database(const std::filesystem::path& database, const std::filesystem::path& file, UtcTime now) {
  if (same_file(file, database)) {
    throw Error(fmt::format("{} is the database itself: name a backup to restore", file.string()));
  }
  RestoreResult result;
  result.schema_version = check_huddle_database(file);
  std::error_code ec;
  const auto size = std::filesystem::file_size(database, ec);
  if (!ec && size > 0) {
    result.kept = restore_backup_file(database, now);
    try {
      make_backup(database, *result.kept, BackupKind::before_restore);
    } catch (const StorageError&) {
      keep_files(database, *result.kept);  // a database SQLite cannot read: its bytes, as they are
    }
  }
  if (database.has_parent_path()) std::filesystem::create_directories(database.parent_path(), ec);
  replace_database(database, file);
  return result;
}

}  // namespace huddle::core
