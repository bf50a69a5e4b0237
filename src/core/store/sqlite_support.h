#pragma once
// Internal to core/store: helpers shared by the SQLite repositories. Never include outside store/.

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <optional>
#include <string>
#include <utility>

#include "core/error.h"
#include "core/model/time_types.h"
#include "core/time/iso.h"

namespace huddle::core::sqlite {

/// Runs `work`, turning SQLite's exceptions into StorageError that say what was being done.
template <typename Work>
auto guard(const char* what, Work&& work) -> decltype(work()) {
  try {
    return std::forward<Work>(work)();
  } catch (const SQLite::Exception& e) {
    throw StorageError(std::string("database: ") + what + ": " + e.what());
  }
}

/// One write scope. Outermost, it is a transaction (BEGIN IMMEDIATE, so two seats queue instead of deadlocking)
/// that rolls back unless commit() was called. Inside an open transaction a repository's multi-row write simply
/// joins it (an error reaches the caller, whose transaction rolls back): a SAVEPOINT there would make SQLite do
/// work in proportion to everything written so far for every statement. Store::transaction asks for a SAVEPOINT
/// when nested (`savepoint_when_nested`), so a caller may catch an inner failure and go on.
class WriteScope {
 public:
  explicit WriteScope(SQLite::Database& db, bool savepoint_when_nested = false)
      : m_db(db), m_outer(sqlite3_get_autocommit(db.getHandle()) != 0), m_savepoint(!m_outer && savepoint_when_nested) {
    if (m_outer) m_db.exec("BEGIN IMMEDIATE");
    else if (m_savepoint) m_db.exec("SAVEPOINT huddle_write");
  }
  WriteScope(const WriteScope&) = delete;
  WriteScope& operator=(const WriteScope&) = delete;
  ~WriteScope() {
    if (m_done || (!m_outer && !m_savepoint)) return;
    try {
      m_db.exec(m_outer ? "ROLLBACK" : "ROLLBACK TO huddle_write; RELEASE huddle_write");
    } catch (...) {  // nothing more can be done in a destructor; SQLite rolls back on close
    }
  }
  void commit() {
    if (m_outer) m_db.exec("COMMIT");
    else if (m_savepoint) m_db.exec("RELEASE huddle_write");
    m_done = true;
  }

 private:
  SQLite::Database& m_db;
  bool m_outer;
  bool m_savepoint;
  bool m_done = false;
};

/// Reads a UTC time column; throws StorageError for a malformed value.
inline UtcTime get_time(const SQLite::Column& column) {
  auto t = parse_utc(column.getString());
  if (!t) throw StorageError(std::string("database: malformed time '") + column.getString() + "' in " + column.getName());
  return *t;
}

/// Reads a nullable date column.
inline std::optional<Date> get_date(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  auto d = parse_date(column.getString());
  if (!d) throw StorageError(std::string("database: malformed date '") + column.getString() + "' in " + column.getName());
  return d;
}

/// Reads a nullable integer column.
inline std::optional<std::int64_t> get_optional_id(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getInt64();
}

/// Binds a nullable integer.
inline void bind_optional(SQLite::Statement& statement, int index, const std::optional<std::int64_t>& value) {
  if (value) statement.bind(index, *value);
  else statement.bind(index);
}

}  // namespace huddle::core::sqlite
