#include "core/store/sqlite_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "core/store/backup_folder.h"
#include "core/store/sqlite_backup.h"
#include "core/store/sqlite_repositories.h"
#include "core/store/sqlite_support.h"

namespace huddle::core {
namespace store_sql {
std::vector<std::string_view> migrations();  // generated from resources/sql/*.sql
}

namespace {

using sqlite::guard;

/// Creates an empty file readable by its owner only, so SQLite (which gives its -wal and -shm files the
/// database's mode) never exposes health-related data to other users.
void create_owner_only(const std::filesystem::path& path) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) throw StorageError(fmt::format("cannot create folder {}: {}", path.parent_path().string(), ec.message()));
  int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
  if (fd < 0) {
    if (errno == EEXIST) return;
    throw StorageError(fmt::format("cannot create database {}: {}", path.string(), std::strerror(errno)));
  }
  ::close(fd);
}

class SqliteStore final : public Store {
 public:
  SqliteStore(const std::filesystem::path& path, std::vector<std::string>* warnings)
      : m_db(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX),
        m_events(m_db),
        m_extracts(m_db),
        m_departments(m_db),
        m_huddles(m_db),
        m_actions(m_db),
        m_places(m_db) {
    m_db.setBusyTimeout(5000);
    m_db.exec("PRAGMA foreign_keys = ON");
    m_db.exec("PRAGMA cache_size = -65536");  // 64 MiB: large imports keep their indexes in memory
    m_db.exec("PRAGMA temp_store = MEMORY");  // statement journals of upserts: no temporary files
    if (path != ":memory:") {
      // WAL lets a second seat read while one writes; FULL sync makes each committed action edit survive power loss.
      m_db.exec("PRAGMA journal_mode = WAL");
      m_db.exec("PRAGMA synchronous = FULL");
    }
    check_application();
    migrate(path, warnings);
  }

  EventRepository& events() override { return m_events; }
  ExtractRepository& extracts() override { return m_extracts; }
  DepartmentRepository& departments() override { return m_departments; }
  HuddleRepository& huddles() override { return m_huddles; }
  ActionRepository& actions() override { return m_actions; }
  PlaceRepository& places() override { return m_places; }

  void transaction(const std::function<void()>& work) override {
    sqlite::WriteScope scope(m_db, true);
    work();
    guard("commit", [&] { scope.commit(); });
  }

  void clear_activity() override {
    guard("clearing data", [&] {
      sqlite::WriteScope scope(m_db);
      m_db.exec(
          "DELETE FROM action_history; DELETE FROM agenda_item; DELETE FROM action; DELETE FROM huddle_attendance;"
          "DELETE FROM huddle; DELETE FROM event; DELETE FROM extract; DELETE FROM place; DELETE FROM rank_day;"
          "DELETE FROM rank_day_stale;");
      scope.commit();
    });
  }

  std::optional<std::string> setting(const std::string& key) const override {
    return guard("reading a setting", [&]() -> std::optional<std::string> {
      SQLite::Statement q(m_db, "SELECT value FROM setting WHERE key = ?");
      q.bind(1, key);
      if (!q.executeStep()) return std::nullopt;
      return q.getColumn(0).getString();
    });
  }

  void set_setting(const std::string& key, const std::string& value) override {
    guard("writing a setting", [&] {
      SQLite::Statement q(m_db, "INSERT INTO setting (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
      q.bind(1, key);
      q.bind(2, value);
      q.exec();
    });
  }

  int schema_version() const override {
    return guard("reading the schema version", [&] { return m_db.execAndGet("PRAGMA user_version").getInt(); });
  }

  long data_version() const override {
    return guard("reading the data version", [&] { return m_db.execAndGet("PRAGMA data_version").getInt64(); });
  }

 private:
  /// Refuses another program's SQLite file (its own application id) before a migration writes Huddle's tables
  /// into it; marks a new or older Huddle database as Huddle's.
  void check_application() {
    const int id =
        guard("reading the application id", [&] { return m_db.execAndGet("PRAGMA application_id").getInt(); });
    if (id == kHuddleApplicationId) return;
    if (id != 0) {
      throw StorageError(fmt::format("it is another program's SQLite database (application id {:#x}), not Huddle's",
                                     static_cast<unsigned>(id)));
    }
    guard("marking the database as Huddle's",
          [&] { m_db.exec(fmt::format("PRAGMA application_id = {}", kHuddleApplicationId)); });
  }

  /// Brings the schema to the latest version, one migration per transaction. A database that holds a schema
  /// already is first copied into its backup folder; a copy that cannot be made is reported in `warnings` and
  /// does not stop the migration.
  void migrate(const std::filesystem::path& path, std::vector<std::string>* warnings) {
    const auto steps = store_sql::migrations();
    const int latest = static_cast<int>(steps.size());
    int version = schema_version();
    if (version > latest) {
      throw StorageError(fmt::format(
          "it was written by a newer Huddle (schema version {}; this Huddle knows up to {}): upgrade Huddle "
          "instead of opening it with this one",
          version, latest));
    }
    if (version > 0 && version < latest && path != ":memory:") {
      try {
        make_backup(path, migration_backup_file(path, version), BackupKind::before_migration);
      } catch (const StorageError& e) {
        if (warnings) warnings->push_back(fmt::format("no backup before migrating schema {}: {}", version, e.what()));
      }
    }
    for (; version < latest; ++version) {
      guard("migrating the schema", [&] {
        sqlite::WriteScope scope(m_db);
        m_db.exec(std::string(steps[static_cast<std::size_t>(version)]));
        m_db.exec(fmt::format("PRAGMA user_version = {}", version + 1));
        scope.commit();
      });
    }
  }

  mutable SQLite::Database m_db;
  sqlite::SqliteEventRepository m_events;
  sqlite::SqliteExtractRepository m_extracts;
  sqlite::SqliteDepartmentRepository m_departments;
  sqlite::SqliteHuddleRepository m_huddles;
  sqlite::SqliteActionRepository m_actions;
  sqlite::SqlitePlaceRepository m_places;
};

}  // namespace

int latest_schema_version() { return static_cast<int>(store_sql::migrations().size()); }

std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& path, std::vector<std::string>* warnings) {
  if (path != ":memory:") create_owner_only(path);
  try {
    return std::make_unique<SqliteStore>(path, warnings);
  } catch (const SQLite::Exception& e) {
    throw StorageError(fmt::format("cannot open database {}: {}", path.string(), e.what()));
  } catch (const StorageError& e) {
    throw StorageError(fmt::format("cannot open database {}: {}", path.string(), e.what()));
  }
}

}  // namespace huddle::core
