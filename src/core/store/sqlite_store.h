#pragma once
/// \file
/// The SQLite backend of Store.

#include <filesystem>
#include <memory>

#include "core/store/store.h"

namespace huddle::core {

/// The newest schema version this build knows.
int latest_schema_version();

/// Opens (creating it owner-only when missing, with its parent folder) and migrates the database at `path`;
/// ":memory:" gives a private in-memory database. WAL, foreign keys on. Throws StorageError when the file is not
/// a database, cannot be created, or was written by a newer Huddle (never a silent downgrade).
std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& path);

}  // namespace huddle::core
