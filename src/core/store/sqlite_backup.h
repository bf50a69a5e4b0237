#pragma once
/// \file
/// Copies of a Huddle database made and read back with SQLite's online backup API, while other seats keep it open.

#include <filesystem>

namespace huddle::core {

/// The application id Huddle writes into its databases' header (PRAGMA application_id), "HUDD".
inline constexpr int kHuddleApplicationId = 0x48554444;

/// Copies the database at `database` into `target` as one self-contained file (rollback journal, no -wal beside it),
/// readable by its owner only, even while other connections write to it: the copy is made in a hidden file beside
/// `target` and renamed over it, so `target` is whole or as it was. Throws StorageError naming the file that failed.
void copy_database(const std::filesystem::path& database, const std::filesystem::path& target);

/// Checks that `file` is a Huddle database this build can open: an SQLite file that passes SQLite's quick check,
/// with Huddle's application id (or, written before Huddle set one, Huddle's tables) and a schema version from 1
/// to latest_schema_version(). Returns its schema version. Throws InputError naming `file` and what it is instead.
int check_huddle_database(const std::filesystem::path& file);

/// Replaces the database at `database` with a copy of `source`. A readable database is overwritten in one write
/// transaction (the online backup API copies into the open file): a seat that has it open sees the old or the new
/// database, never a mix, and a crash leaves the old one. A missing file, or one that is not a database at all,
/// is replaced by a whole new file (its -wal and -shm removed first). Throws StorageError.
void replace_database(const std::filesystem::path& database, const std::filesystem::path& source);

}  // namespace huddle::core
