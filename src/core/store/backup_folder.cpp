#include "core/store/backup_folder.h"

#include <algorithm>
#include <regex>
#include <string>
#include <utility>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "core/error.h"
#include "core/store/sqlite_backup.h"
#include "core/time/iso.h"

namespace huddle::core {
namespace {

/// "huddle" for huddle.db: the start of every backup's name.
std::string stem_of(const std::filesystem::path& database) { return database.stem().string(); }

/// What follows "STEM-" in a backup's name, without ".db"; the sort key is its first group.
const std::regex& pattern_of(BackupKind kind) {
  static const std::regex daily(R"((\d{4}-\d{2}-\d{2}))");
  static const std::regex migration(R"(v(\d+)-before-migration)");
  static const std::regex restore(R"(before-restore-(\d{8}T\d{6}Z))");
  switch (kind) {
    case BackupKind::daily:
      return daily;
    case BackupKind::before_migration:
      return migration;
    case BackupKind::before_restore:
      return restore;
  }
  return daily;
}

std::filesystem::path named(const std::filesystem::path& database, const std::string& middle) {
  return backup_folder(database) / fmt::format("{}-{}.db", stem_of(database), middle);
}

}  // namespace

std::filesystem::path backup_folder(const std::filesystem::path& database) {
  return database.parent_path() / "backups";
}

std::filesystem::path daily_backup_file(const std::filesystem::path& database, Date day) {
  return named(database, format_date(day));
}

std::filesystem::path migration_backup_file(const std::filesystem::path& database, int version) {
  return named(database, fmt::format("v{}-before-migration", version));
}

std::filesystem::path restore_backup_file(const std::filesystem::path& database, UtcTime at) {
  return named(database, fmt::format("before-restore-{:%Y%m%dT%H%M%SZ}", at));
}

std::vector<std::filesystem::path> list_backups(const std::filesystem::path& database, BackupKind kind) {
  const std::string prefix = stem_of(database) + "-";
  std::vector<std::pair<std::string, std::filesystem::path>> found;  // sort key, file
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(backup_folder(database), ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix) || !name.ends_with(".db")) continue;
    const std::string middle = name.substr(prefix.size(), name.size() - prefix.size() - 3);
    std::smatch m;
    if (!std::regex_match(middle, m, pattern_of(kind))) continue;
    // Versions compare as numbers (v10 after v9); dates and times as written.
    std::string key = m.str(1);
    if (kind == BackupKind::before_migration) key = fmt::format("{:0>12}", key);
    found.emplace_back(std::move(key), entry.path());
  }
  std::sort(found.begin(), found.end());
  std::vector<std::filesystem::path> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

void make_backup(const std::filesystem::path& database, const std::filesystem::path& file, BackupKind kind) {
  const auto folder = backup_folder(database);
  std::error_code ec;
  if (std::filesystem::create_directories(folder, ec)) {
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all, ec);
  }
  if (ec) throw StorageError(fmt::format("cannot create the backup folder {}: {}", folder.string(), ec.message()));
  copy_database(database, file);
  auto backups = list_backups(database, kind);
  for (std::size_t i = 0; i + kBackupsKept < backups.size(); ++i) std::filesystem::remove(backups[i], ec);
}

}  // namespace huddle::core
