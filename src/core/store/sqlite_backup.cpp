#include "core/store/sqlite_backup.h"

#include <array>
#include <string>

#include <SQLiteCpp/Backup.h>
#include <fmt/format.h>

#include "core/atomic_file.h"
#include "core/store/sqlite_store.h"
#include "core/store/sqlite_support.h"

namespace huddle::core {
namespace {

/// Waits this long for a seat's write to finish before a copy gives up (as the store's own connections do).
constexpr int kBusyMilliseconds = 5000;

/// The tables every Huddle database has had since schema 1 (how a file from before the application id is known).
constexpr std::array<const char*, 5> kHuddleTables = {"event", "extract", "huddle", "action", "setting"};

/// Copies every page of `source` into `target` in one step (one read transaction on the source, one write
/// transaction on the target). Throws SQLite::Exception; a lock held past the busy timeout is a StorageError.
void copy_pages(SQLite::Database& target, SQLite::Database& source) {
  SQLite::Backup backup(target, source);
  const int rc = backup.executeStep(-1);
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
    throw StorageError("the database stayed locked by another seat's write; try again");
  }
}

/// True when SQLite's error says the file is not an (intact) database.
bool not_a_database(const SQLite::Exception& e) {
  return e.getErrorCode() == SQLITE_NOTADB || e.getErrorCode() == SQLITE_CORRUPT;
}

}  // namespace

void copy_database(const std::filesystem::path& database, const std::filesystem::path& target) {
  try {
    write_file_atomically(target, [&](const std::filesystem::path& temporary) {
      // The copy holds what the database holds (health-related data): owner-only before SQLite writes a page.
      std::filesystem::permissions(temporary, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
      SQLite::Database source(database.string(), SQLite::OPEN_READONLY);
      source.setBusyTimeout(kBusyMilliseconds);
      SQLite::Database copy(temporary.string(), SQLite::OPEN_READWRITE);
      copy_pages(copy, source);
      copy.exec("PRAGMA journal_mode = DELETE");  // the source's WAL flag came with its header
    });
  } catch (const SQLite::Exception& e) {
    throw StorageError(
        fmt::format("cannot copy the database {} to {}: {}", database.string(), target.string(), e.what()));
  } catch (const std::filesystem::filesystem_error& e) {
    throw StorageError(
        fmt::format("cannot copy the database {} to {}: {}", database.string(), target.string(), e.code().message()));
  } catch (const ExportError& e) {
    throw StorageError(fmt::format("cannot copy the database {}: {}", database.string(), e.what()));
  }
}

int check_huddle_database(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) throw InputError(file, 0, "", "no such file");
  const auto refuse = [&](const std::string& what) {
    return InputError(file, 0, "", fmt::format("not a Huddle database: {}", what));
  };
  try {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    const std::string check = db.execAndGet("PRAGMA quick_check").getString();
    if (check != "ok") throw refuse(fmt::format("SQLite finds it damaged ({})", check));
    const int application = db.execAndGet("PRAGMA application_id").getInt();
    if (application != kHuddleApplicationId) {
      if (application != 0)
        throw refuse(fmt::format("another program's SQLite database (application id {:#x})",
                                 static_cast<unsigned>(application)));
      for (const char* table : kHuddleTables) {
        SQLite::Statement q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
        q.bind(1, table);
        if (!q.executeStep()) throw refuse(fmt::format("an SQLite database without Huddle's '{}' table", table));
      }
    }
    const int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version < 1) throw refuse("an SQLite database without a Huddle schema version");
    if (version > latest_schema_version()) {
      throw InputError(file, 0, "",
                       fmt::format("it was written by a newer Huddle (schema version {}; this Huddle knows up to {}): "
                                   "restore it with that Huddle or a newer one",
                                   version, latest_schema_version()));
    }
    return version;
  } catch (const SQLite::Exception& e) {
    if (not_a_database(e)) throw refuse("not an SQLite database at all");
    throw InputError(file, 0, "", fmt::format("cannot read it: {}", e.what()));
  }
}

void replace_database(const std::filesystem::path& database, const std::filesystem::path& source) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(database, ec);
  if (!ec && size > 0) {
    try {
      SQLite::Database from(source.string(), SQLite::OPEN_READONLY);
      from.setBusyTimeout(kBusyMilliseconds);
      from.execAndGet("PRAGMA schema_version");  // a source that cannot be read fails here, not as the database
      SQLite::Database into(database.string(), SQLite::OPEN_READWRITE);
      into.setBusyTimeout(kBusyMilliseconds);
      copy_pages(into, from);
      return;
    } catch (const SQLite::Exception& e) {
      if (e.getErrorCode() != SQLITE_NOTADB) {
        const bool mismatch = e.getErrorCode() == SQLITE_READONLY;
        throw StorageError(fmt::format("cannot restore {} into {}: {}{}", source.string(), database.string(), e.what(),
                                       mismatch ? " (its page size differs from the database's: close every Huddle "
                                                  "window on it, remove its -wal file and try again)"
                                                : ""));
      }
    }
  }
  // Missing, empty or not a database at all: no seat can be reading it, so a whole new file takes its place. Its
  // -wal and -shm would be replayed into the new file: they go first.
  for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(database.string() + suffix, ec);
  copy_database(source, database);
}

}  // namespace huddle::core
