#include <unordered_set>

#include <fmt/format.h>

#include "core/store/rank_day_blob.h"
#include "core/store/sqlite_repositories.h"
#include "core/store/sqlite_support.h"

namespace huddle::core::sqlite {
namespace {

constexpr const char* kEventColumns =
    "id, stream, source_id, occurred_utc, category, raw_type, address, lat, lon, geo_quality, linked_to, extract_id";

Event read_event(SQLite::Statement& q) {
  Event e;
  e.id = q.getColumn(0).getInt64();
  e.stream = q.getColumn(1).getString();
  e.source_id = q.getColumn(2).getString();
  e.occurred_utc = get_time(q.getColumn(3));
  e.category = q.getColumn(4).getString();
  e.raw_type = q.getColumn(5).getString();
  e.address = q.getColumn(6).getString();
  if (!q.getColumn(7).isNull()) e.lat = q.getColumn(7).getDouble();
  if (!q.getColumn(8).isNull()) e.lon = q.getColumn(8).getDouble();
  e.geo_quality = parse_geo_quality(q.getColumn(9).getString());
  e.linked_to = get_optional_id(q.getColumn(10));
  e.extract_id = get_optional_id(q.getColumn(11));
  return e;
}

/// Binds an event's stored fields to parameters 1-10 (stream ... extract_id, in column order).
void bind_event(SQLite::Statement& q, const Event& e) {
  q.bind(1, e.stream);
  q.bind(2, e.source_id);
  q.bind(3, format_utc(e.occurred_utc));
  q.bind(4, e.category);
  q.bind(5, e.raw_type);
  q.bind(6, e.address);
  if (e.lat) q.bind(7, *e.lat);
  else q.bind(7);
  if (e.lon) q.bind(8, *e.lon);
  else q.bind(8);
  q.bind(9, std::string(to_string(e.geo_quality)));
  bind_optional(q, 10, e.extract_id);
}

/// Marks the days of changed located events stale for the ranking's packed days, once per day per batch (a trigger
/// would cost a statement, and a statement journal, per row).
class StaleDays {
 public:
  explicit StaleDays(SQLite::Database& db) : m_mark(db, "INSERT OR IGNORE INTO rank_day_stale (day) VALUES (?)") {}
  void note(const Event& e) {
    if (!e.located()) return;
    std::string day = format_utc(e.occurred_utc).substr(0, 10);
    if (day == m_last || !m_seen.insert(day).second) return;
    m_last = day;
    m_mark.bind(1, day);
    m_mark.exec();
    m_mark.reset();
  }

 private:
  SQLite::Statement m_mark;
  std::unordered_set<std::string> m_seen;
  std::string m_last;
};

void bind_range(SQLite::Statement& q, UtcTime from, UtcTime to) {
  q.bind(1, format_utc(from));
  q.bind(2, format_utc(to));
}

}  // namespace

void SqliteEventRepository::add(std::vector<Event>& events) {
  guard("storing events", [&] {
    WriteScope scope(m_db);
    SQLite::Statement q(m_db,
                        "INSERT INTO event (stream, source_id, occurred_utc, category, raw_type, address, lat, lon, "
                        "geo_quality, extract_id, linked_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    StaleDays stale(m_db);
    for (auto& e : events) {
      bind_event(q, e);
      bind_optional(q, 11, e.linked_to);
      q.exec();
      q.reset();
      e.id = m_db.getLastInsertRowid();
      stale.note(e);
    }
    scope.commit();
  });
}

void SqliteEventRepository::set_links(std::span<const std::pair<std::int64_t, std::optional<std::int64_t>>> links) {
  guard("linking repeat reports", [&] {
    WriteScope scope(m_db);
    // A link takes a report out of the ranking (or puts it back): its day is packed again.
    SQLite::Statement q(m_db, "UPDATE event SET linked_to = ? WHERE id = ? RETURNING occurred_utc, lat, lon");
    StaleDays stale(m_db);
    for (const auto& [event, target] : links) {
      bind_optional(q, 1, target);
      q.bind(2, event);
      while (q.executeStep()) {
        Event e;
        e.occurred_utc = get_time(q.getColumn(0));
        if (!q.getColumn(1).isNull()) e.lat = q.getColumn(1).getDouble();
        if (!q.getColumn(2).isNull()) e.lon = q.getColumn(2).getDouble();
        stale.note(e);
      }
      q.reset();
    }
    scope.commit();
  });
}

namespace {

/// Inserts new rows with a plain INSERT (no trigger, no statement journal); a row already stored is read, compared
/// and, when it differs, updated by id — so both the old and the new day of a moved event are marked stale.
class SqliteEventUpserter final : public EventUpserter {
 public:
  SqliteEventUpserter(SQLite::Database& db, bool earliest_wins)
      : m_db(db),
        m_earliest_wins(earliest_wins),
        m_insert(db, "INSERT OR IGNORE INTO event (stream, source_id, occurred_utc, category, raw_type, address, lat, "
                     "lon, geo_quality, extract_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        m_find(db, fmt::format("SELECT {} FROM event WHERE stream = ? AND source_id = ?", kEventColumns)),
        m_update(db, "UPDATE event SET stream = ?, source_id = ?, occurred_utc = ?, category = ?, raw_type = ?, "
                     "address = ?, lat = ?, lon = ?, geo_quality = ?, extract_id = ?, linked_to = NULL WHERE id = ?"),
        m_stale(db) {}

  UpsertOutcome upsert(const Event& e, std::int64_t& id) override {
    return guard("storing events", [&] {
      bind_event(m_insert, e);
      const int inserted = m_insert.exec();
      m_insert.reset();
      if (inserted == 1) {
        id = m_db.getLastInsertRowid();
        m_stale.note(e);
        return UpsertOutcome::inserted;
      }
      m_find.bind(1, e.stream);
      m_find.bind(2, e.source_id);
      if (!m_find.executeStep()) {  // OR IGNORE also passes over NOT NULL and CHECK failures: say so
        m_find.reset();
        throw StorageError(fmt::format("event {} {} breaks a constraint of the event table", e.stream, e.source_id));
      }
      const Event stored = read_event(m_find);
      m_find.reset();
      if (!replaces(e, stored)) return UpsertOutcome::unchanged;
      bind_event(m_update, e);
      m_update.bind(11, stored.id);
      m_update.exec();
      m_update.reset();
      m_stale.note(stored);
      m_stale.note(e);
      return UpsertOutcome::updated;
    });
  }

 private:
  /// Incidents (earliest_wins) keep their earliest unit row; other rows are replaced when any field differs.
  bool replaces(const Event& e, const Event& stored) const {
    if (m_earliest_wins) return e.occurred_utc < stored.occurred_utc;
    return e.occurred_utc != stored.occurred_utc || e.category != stored.category || e.raw_type != stored.raw_type ||
           e.address != stored.address || e.lat != stored.lat || e.lon != stored.lon ||
           e.geo_quality != stored.geo_quality;
  }

  SQLite::Database& m_db;
  bool m_earliest_wins;
  SQLite::Statement m_insert, m_find, m_update;
  StaleDays m_stale;
};

}  // namespace

std::unique_ptr<EventUpserter> SqliteEventRepository::upserter(bool earliest_wins) {
  return guard("preparing an import", [&] { return std::make_unique<SqliteEventUpserter>(m_db, earliest_wins); });
}

void SqliteEventRepository::for_each_located(UtcTime from, UtcTime to,
                                             const std::function<void(const LocatedEvent&)>& visit) const {
  guard("reading located events", [&] {
    SQLite::Statement q(m_db, "SELECT id, occurred_utc, category, lat, lon, linked_to, extract_id FROM event "
                              "WHERE occurred_utc >= ? AND occurred_utc < ? AND lat IS NOT NULL AND lon IS NOT NULL "
                              "ORDER BY occurred_utc, id");
    bind_range(q, from, to);
    LocatedEvent e;
    while (q.executeStep()) {
      e.id = q.getColumn(0).getInt64();
      e.occurred_utc = get_time(q.getColumn(1));
      e.category = q.getColumn(2).getString();
      e.lat = q.getColumn(3).getDouble();
      e.lon = q.getColumn(4).getDouble();
      e.linked_to = get_optional_id(q.getColumn(5));
      e.extract_id = get_optional_id(q.getColumn(6));
      visit(e);
    }
  });
}

void SqliteEventRepository::pack_days(const std::vector<std::string>& days) {
  if (days.empty()) return;
  WriteScope scope(m_db);
  // The WHERE clause repeats event_rank's so that SQLite reads that partial covering index alone.
  SQLite::Statement read(m_db, "SELECT id, occurred_utc, stream, category, lat, lon FROM event INDEXED BY event_rank "
                               "WHERE occurred_utc >= ? AND occurred_utc < ? AND lat IS NOT NULL AND lon IS NOT NULL "
                               "AND linked_to IS NULL ORDER BY occurred_utc");
  SQLite::Statement store(m_db, "INSERT OR REPLACE INTO rank_day (day, events) VALUES (?, ?)");
  SQLite::Statement drop(m_db, "DELETE FROM rank_day WHERE day = ?");
  SQLite::Statement fresh(m_db, "DELETE FROM rank_day_stale WHERE day = ?");
  const auto view = [&](int column) {
    const SQLite::Column c = read.getColumn(column);
    return std::string_view(c.getText(), static_cast<std::size_t>(c.getBytes()));
  };
  for (const auto& day : days) {
    read.reset();
    read.bind(1, day);
    read.bind(2, day + "~");  // after every time of the day ('~' sorts after 'T')
    RankDayPacker packer;
    RankableEvent e;
    while (read.executeStep()) {
      e.id = read.getColumn(0).getInt64();
      const std::string_view time = view(1);
      const auto t = parse_utc(time);
      if (!t) throw StorageError(fmt::format("database: malformed time '{}' in event {}", time, e.id));
      e.occurred_utc = *t;
      e.stream = view(2);
      e.category = view(3);
      e.lat = read.getColumn(4).getDouble();
      e.lon = read.getColumn(5).getDouble();
      packer.add(e);
    }
    SQLite::Statement& write = packer.empty() ? drop : store;
    write.reset();
    write.bind(1, day);
    if (!packer.empty()) {
      const std::string blob = packer.blob();
      write.bind(2, blob.data(), static_cast<int>(blob.size()));
    }
    write.exec();
    fresh.reset();
    fresh.bind(1, day);
    fresh.exec();
  }
  scope.commit();
}

void SqliteEventRepository::pack_rankable(UtcTime since) {
  guard("packing events for the ranking", [&] {
    std::vector<std::string> days;
    SQLite::Statement q(m_db, "SELECT day FROM rank_day_stale WHERE day >= ? ORDER BY day");
    q.bind(1, format_utc(since).substr(0, 10));
    while (q.executeStep()) days.push_back(q.getColumn(0).getString());
    pack_days(days);
  });
}

void SqliteEventRepository::for_each_rankable(UtcTime from, UtcTime to,
                                              const std::function<void(const RankableEvent&)>& visit) {
  guard("reading events for the ranking", [&] {
    const std::string first_day = format_utc(from).substr(0, 10), last_day = format_utc(to).substr(0, 10);
    const auto days_in_range = [&](const char* sql) {
      SQLite::Statement q(m_db, sql);
      q.bind(1, first_day);
      q.bind(2, last_day);
      std::vector<std::string> days;
      while (q.executeStep()) days.push_back(q.getColumn(0).getString());
      return days;
    };
    pack_days(days_in_range("SELECT day FROM rank_day_stale WHERE day >= ? AND day <= ? ORDER BY day"));
    // Days packed by another version of Huddle are packed again, before reading (never while a read is open).
    SQLite::Statement foreign(m_db, "SELECT day FROM rank_day WHERE day >= ? AND day <= ? AND substr(events, 1, ?) <> ?");
    const std::string prefix = rank_day_version_prefix();
    foreign.bind(1, first_day);
    foreign.bind(2, last_day);
    foreign.bind(3, static_cast<int>(prefix.size()));
    foreign.bind(4, prefix.data(), static_cast<int>(prefix.size()));
    std::vector<std::string> repack;
    while (foreign.executeStep()) repack.push_back(foreign.getColumn(0).getString());
    pack_days(repack);
    SQLite::Statement q(m_db, "SELECT day, events FROM rank_day WHERE day >= ? AND day <= ? ORDER BY day");
    q.bind(1, first_day);
    q.bind(2, last_day);
    const std::int64_t lo = from.time_since_epoch().count(), hi = to.time_since_epoch().count();
    while (q.executeStep()) {
      const SQLite::Column blob = q.getColumn(1);
      const std::string_view bytes(static_cast<const char*>(blob.getBlob()), static_cast<std::size_t>(blob.getBytes()));
      if (!visit_rank_day(bytes, lo, hi, visit)) {
        const std::string day = q.getColumn(0).getString();
        SQLite::Statement stale(m_db, "INSERT OR IGNORE INTO rank_day_stale (day) VALUES (?)");
        stale.bind(1, day);
        stale.exec();
        throw StorageError("database: the packed events of " + day + " were damaged; they are packed again from " +
                           "the events on the next try");
      }
    }
  });
}

std::vector<Event> SqliteEventRepository::by_ids(std::span<const std::int64_t> ids) const {
  return guard("reading events", [&] {
    SQLite::Statement q(m_db, fmt::format("SELECT {} FROM event WHERE id = ?", kEventColumns));
    std::vector<Event> out;
    out.reserve(ids.size());
    for (const auto id : ids) {
      q.reset();
      q.bind(1, id);
      if (q.executeStep()) out.push_back(read_event(q));
    }
    return out;
  });
}

std::vector<Event> SqliteEventRepository::in_range(UtcTime from, UtcTime to) const {
  std::vector<Event> out;
  for_each_event(from, to, [&](const Event& e) { out.push_back(e); });
  return out;
}

void SqliteEventRepository::for_each_event(UtcTime from, UtcTime to,
                                           const std::function<void(const Event&)>& visit) const {
  guard("reading events", [&] {
    SQLite::Statement q(m_db, fmt::format("SELECT {} FROM event WHERE occurred_utc >= ? AND occurred_utc < ? "
                                          "ORDER BY occurred_utc, id",
                                          kEventColumns));
    bind_range(q, from, to);
    while (q.executeStep()) visit(read_event(q));
  });
}

std::vector<StreamCategoryCount> SqliteEventRepository::count_by_stream_category(UtcTime from, UtcTime to) const {
  return guard("counting events", [&] {
    SQLite::Statement q(m_db,
                        "SELECT stream, category, COUNT(*) AS n FROM event "
                        "WHERE occurred_utc >= ? AND occurred_utc < ? AND linked_to IS NULL "
                        "GROUP BY stream, category ORDER BY stream, n DESC, category");
    bind_range(q, from, to);
    std::vector<StreamCategoryCount> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt()});
    }
    return out;
  });
}

RangeTotals SqliteEventRepository::totals(UtcTime from, UtcTime to) const {
  return guard("counting events", [&] {
    SQLite::Statement q(m_db,
                        "SELECT COALESCE(SUM(linked_to IS NULL), 0), COALESCE(SUM(linked_to IS NOT NULL), 0), "
                        "COALESCE(SUM(linked_to IS NULL AND (lat IS NULL OR lon IS NULL)), 0) "
                        "FROM event WHERE occurred_utc >= ? AND occurred_utc < ?");
    bind_range(q, from, to);
    q.executeStep();
    return RangeTotals{q.getColumn(0).getInt(), q.getColumn(1).getInt(), q.getColumn(2).getInt()};
  });
}

std::map<std::string, UtcTime> SqliteEventRepository::newest_per_stream() const {
  return guard("reading the newest events", [&] {
    // A loose index scan over event_stream_time: one index seek per stream instead of reading every event.
    SQLite::Statement q(m_db,
                        "WITH RECURSIVE s(stream) AS (SELECT MIN(stream) FROM event UNION ALL "
                        "SELECT (SELECT MIN(stream) FROM event WHERE stream > s.stream) FROM s WHERE s.stream IS NOT NULL) "
                        "SELECT stream, (SELECT MAX(occurred_utc) FROM event e WHERE e.stream = s.stream) FROM s "
                        "WHERE stream IS NOT NULL");
    std::map<std::string, UtcTime> out;
    while (q.executeStep()) out.emplace(q.getColumn(0).getString(), get_time(q.getColumn(1)));
    return out;
  });
}

long SqliteEventRepository::count() const {
  return guard("counting events", [&] { return static_cast<long>(m_db.execAndGet("SELECT COUNT(*) FROM event").getInt64()); });
}

}  // namespace huddle::core::sqlite
