#pragma once
/// \file
/// The SQLite backend of Store.

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/store/store.h"

namespace huddle::core {

/// The newest schema version this build knows.
int latest_schema_version();

/// Opens (creating it owner-only when missing, with its parent folder) and migrates the database at `path`;
/// ":memory:" gives a private in-memory database. WAL, foreign keys on, Huddle's application id. Before migrating
/// an older schema it copies the database into backups/ beside it (backup_folder.h); a copy that cannot be made
/// (a full disk) is added to `warnings`, when given, and does not stop the opening. Throws StorageError when the
/// file is not a database, is another program's, cannot be created, or was written by a newer Huddle (never a
/// silent downgrade).
std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& path,
                                         std::vector<std::string>* warnings = nullptr);

}  // namespace huddle::core
