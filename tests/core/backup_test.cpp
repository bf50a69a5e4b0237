#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include <SQLiteCpp/SQLiteCpp.h>

#include "core/error.h"
#include "core/jobs/backup_job.h"
#include "core/store/backup_folder.h"
#include "core/store/sqlite_backup.h"
#include "core/store/sqlite_store.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

/// The value of setting `key` in the database file `file`, read with its own connection ("" when unset).
std::string stored_setting(const std::filesystem::path& file, const std::string& key) {
  SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT value FROM setting WHERE key = ?");
  q.bind(1, key);
  return q.executeStep() ? q.getColumn(0).getString() : "";
}

int pragma(const std::filesystem::path& file, const std::string& name) {
  SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
  return db.execAndGet("PRAGMA " + name).getInt();
}

unsigned mode_of(const std::filesystem::path& file) {
  struct stat st {};
  REQUIRE(::stat(file.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// 09:00 in Boston on 2026-11-`day`.
UtcTime morning(unsigned day) { return test::utc(2026, 11, day, 14); }

}  // namespace

TEST_CASE("the first opening of a day backs the database up, owner-only, and later openings that day do not") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  ws.store->set_setting("planted", "before");
  const auto made = make_daily_backup(ws, morning(26));
  REQUIRE(made);
  CHECK(*made == dir.path() / "backups" / "huddle-2026-11-26.db");
  CHECK(stored_setting(*made, "planted") == "before");
  CHECK(pragma(*made, "user_version") == latest_schema_version());
  CHECK(pragma(*made, "application_id") == kHuddleApplicationId);
  CHECK(mode_of(*made) == 0600);
  CHECK(mode_of(dir.path() / "backups") == 0700);
  CHECK_FALSE(std::filesystem::exists(made->string() + "-wal"));  // one self-contained file

  ws.store->set_setting("planted", "after");
  CHECK_FALSE(make_daily_backup(ws, morning(26) + std::chrono::hours{8}));
  CHECK(stored_setting(*made, "planted") == "before");
  CHECK(list_backups(ws.paths.database, BackupKind::daily).size() == 1);
  CHECK(ws.warnings.empty());
}

TEST_CASE("the day of a daily backup is the city's: 23:30 in Boston is still the evening's date") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  const auto made = make_daily_backup(ws, test::utc(2026, 11, 27, 4, 30));  // 23:30 on the 26th in Boston
  REQUIRE(made);
  CHECK(made->filename() == "huddle-2026-11-26.db");
}

TEST_CASE("eight days of openings keep the seven newest daily backups") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  for (unsigned day = 1; day <= 8; ++day) {
    ws.store->set_setting("day", std::to_string(day));
    REQUIRE(make_daily_backup(ws, morning(day)));
  }
  const auto kept = list_backups(ws.paths.database, BackupKind::daily);
  REQUIRE(kept.size() == 7);
  CHECK(kept.front().filename() == "huddle-2026-11-02.db");
  CHECK(kept.back().filename() == "huddle-2026-11-08.db");
  CHECK_FALSE(std::filesystem::exists(dir.path() / "backups" / "huddle-2026-11-01.db"));
  CHECK(stored_setting(kept.back(), "day") == "8");
  CHECK(stored_setting(kept.front(), "day") == "2");
}

TEST_CASE("a daily backup that cannot be written leaves a warning, and the workspace works on") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  dir.write("backups", "a file where the backup folder should be");  // as a full or read-only disk would
  CHECK_FALSE(make_daily_backup(ws, morning(26)));
  REQUIRE(ws.warnings.size() == 1);
  CHECK(ws.warnings[0].find("no daily backup") != std::string::npos);
  CHECK(ws.warnings[0].find("backups") != std::string::npos);
  ws.store->set_setting("still", "writable");
  CHECK(ws.store->setting("still") == "writable");
}

TEST_CASE("a database of an older schema is backed up before it is migrated") {
  test::TempDir dir;
  const auto path = dir.path() / "huddle.db";
  {
    SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    old.exec(read_text(std::filesystem::path(HUDDLE_SOURCE_RESOURCES) / "sql" / "001_initial.sql"));
    old.exec("PRAGMA user_version = 1");
    old.exec("INSERT INTO setting (key, value) VALUES ('planted', 'schema 1')");
  }
  std::vector<std::string> warnings;
  auto store = open_sqlite_store(path, &warnings);
  CHECK(store->schema_version() == latest_schema_version());
  CHECK(warnings.empty());
  const auto backup = dir.path() / "backups" / "huddle-v1-before-migration.db";
  REQUIRE(std::filesystem::exists(backup));
  CHECK(pragma(backup, "user_version") == 1);
  CHECK(stored_setting(backup, "planted") == "schema 1");
  store.reset();
  open_sqlite_store(path).reset();  // at the latest schema: nothing more to back up
  CHECK(list_backups(path, BackupKind::before_migration).size() == 1);
  CHECK(list_backups(path, BackupKind::daily).empty());
}

TEST_CASE("another program's SQLite file is refused on opening, never migrated into") {
  test::TempDir dir;
  const auto path = dir.path() / "photos.db";
  {
    SQLite::Database other(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("PRAGMA application_id = 1234; CREATE TABLE photo (id INTEGER)");
  }
  CHECK_THROWS_WITH_AS(open_sqlite_store(path), doctest::Contains("another program's SQLite database"), StorageError);
  CHECK(pragma(path, "user_version") == 0);
}

TEST_CASE("huddle-cli backup FILE: a whole copy that a restore brings back into the open database") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  ws.store->set_setting("planted", "in the backup");
  const auto file = dir.path() / "copies" / "monday.db";
  std::filesystem::create_directories(file.parent_path());
  backup_database_to(ws, file);
  CHECK(check_huddle_database(file) == latest_schema_version());
  CHECK(mode_of(file) == 0600);
  CHECK_THROWS_AS(backup_database_to(ws, ws.paths.database), Error);

  ws.store->set_setting("planted", "after the backup");
  const auto result = restore_database(ws.paths.database, file, test::utc(2026, 11, 26, 14, 5, 12));
  CHECK(result.schema_version == latest_schema_version());
  // The workspace's own connection, open all along, sees the restored content.
  CHECK(ws.store->setting("planted") == "in the backup");
  REQUIRE(result.kept);
  CHECK(result.kept->filename() == "huddle-before-restore-20261126T140512Z.db");
  CHECK(stored_setting(*result.kept, "planted") == "after the backup");
  CHECK(mode_of(ws.paths.database) == 0600);
}

TEST_CASE("restore refuses a file that is not a Huddle database, says what it is, and changes nothing") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  ws.store->set_setting("planted", "kept");
  const auto text = dir.write("notes.txt", "Monday: call the shelter about the sharps box\n");
  const auto other = dir.path() / "other.sqlite";
  {
    SQLite::Database db(other.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE event (id INTEGER); PRAGMA user_version = 3");
  }
  const auto newer = dir.path() / "newer.db";
  backup_database_to(ws, newer);
  {
    SQLite::Database db(newer.string(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = 99");
  }
  const auto now = morning(26);
  CHECK_THROWS_WITH_AS(restore_database(ws.paths.database, text, now),
                       doctest::Contains("not a Huddle database: not an SQLite database at all"), InputError);
  CHECK_THROWS_WITH_AS(restore_database(ws.paths.database, other, now),
                       doctest::Contains("not a Huddle database: an SQLite database without Huddle's 'extract' table"),
                       InputError);
  CHECK_THROWS_WITH_AS(restore_database(ws.paths.database, newer, now),
                       doctest::Contains("newer Huddle (schema version 99"), InputError);
  CHECK_THROWS_WITH_AS(restore_database(ws.paths.database, dir.path() / "missing.db", now),
                       doctest::Contains("no such file"), InputError);
  CHECK_THROWS_AS(restore_database(ws.paths.database, ws.paths.database, now), Error);
  try {
    restore_database(ws.paths.database, text, now);
  } catch (const InputError& e) {
    CHECK(e.file() == text);
  }
  CHECK(ws.store->setting("planted") == "kept");
  CHECK(list_backups(ws.paths.database, BackupKind::before_restore).empty());
}

TEST_CASE("restore replaces a damaged database and keeps its bytes as they were") {
  test::TempDir dir;
  const auto good = dir.path() / "good.db";
  {
    auto store = open_sqlite_store(good);
    store->set_setting("planted", "good");
  }
  const auto damaged = dir.write("data/huddle.db", std::string(8192, 'x'));
  const auto result = restore_database(damaged, good, morning(26));
  CHECK(stored_setting(damaged, "planted") == "good");
  REQUIRE(result.kept);
  CHECK(read_text(*result.kept) == std::string(8192, 'x'));
  auto reopened = open_sqlite_store(damaged);
  CHECK(reopened->setting("planted") == "good");
}
