#include <fmt/format.h>

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
    for (auto& e : events) {
      bind_event(q, e);
      bind_optional(q, 11, e.linked_to);
      q.exec();
      q.reset();
      e.id = m_db.getLastInsertRowid();
    }
    scope.commit();
  });
}

void SqliteEventRepository::set_links(std::span<const std::pair<std::int64_t, std::optional<std::int64_t>>> links) {
  guard("linking repeat reports", [&] {
    WriteScope scope(m_db);
    SQLite::Statement q(m_db, "UPDATE event SET linked_to = ? WHERE id = ?");
    for (const auto& [event, target] : links) {
      bind_optional(q, 1, target);
      q.bind(2, event);
      q.exec();
      q.reset();
    }
    scope.commit();
  });
}

namespace {

class SqliteEventUpserter final : public EventUpserter {
 public:
  SqliteEventUpserter(SQLite::Database& db, bool earliest_wins)
      : m_db(db),
        m_insert(db, std::string("INSERT INTO event (stream, source_id, occurred_utc, category, raw_type, address, lat, "
                                 "lon, geo_quality, extract_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (stream, source_id) DO UPDATE SET occurred_utc = excluded.occurred_utc, "
                                 "category = excluded.category, raw_type = excluded.raw_type, "
                                 "address = excluded.address, lat = excluded.lat, lon = excluded.lon, "
                                 "geo_quality = excluded.geo_quality, extract_id = excluded.extract_id, "
                                 "linked_to = NULL WHERE ") +
                         (earliest_wins ? "excluded.occurred_utc < event.occurred_utc"
                                        : "event.occurred_utc IS NOT excluded.occurred_utc OR "
                                          "event.category IS NOT excluded.category OR "
                                          "event.raw_type IS NOT excluded.raw_type OR "
                                          "event.address IS NOT excluded.address OR event.lat IS NOT excluded.lat OR "
                                          "event.lon IS NOT excluded.lon OR "
                                          "event.geo_quality IS NOT excluded.geo_quality")) {}

  UpsertOutcome upsert(const Event& e, std::int64_t& id) override {
    return guard("storing events", [&] {
      bind_event(m_insert, e);
      // An insert sets the last rowid; an upsert's update leaves it alone (and no event has rowid 0).
      sqlite3_set_last_insert_rowid(m_db.getHandle(), 0);
      const int changed = m_insert.exec();
      m_insert.reset();
      if (changed == 0) return UpsertOutcome::unchanged;  // the stored row is the same (or earlier, for incidents)
      const std::int64_t inserted = sqlite3_last_insert_rowid(m_db.getHandle());
      if (inserted == 0) return UpsertOutcome::updated;
      id = inserted;
      return UpsertOutcome::inserted;
    });
  }

 private:
  SQLite::Database& m_db;
  SQLite::Statement m_insert;
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

void SqliteEventRepository::for_each_rankable(UtcTime from, UtcTime to,
                                              const std::function<void(const RankableEvent&)>& visit) const {
  guard("reading events for the ranking", [&] {
    // The WHERE clause repeats event_rank's so that SQLite reads that partial covering index alone.
    SQLite::Statement q(m_db, "SELECT id, occurred_utc, stream, category, lat, lon FROM event INDEXED BY event_rank "
                              "WHERE occurred_utc >= ? AND occurred_utc < ? AND lat IS NOT NULL AND lon IS NOT NULL "
                              "AND linked_to IS NULL ORDER BY occurred_utc");
    bind_range(q, from, to);
    const auto view = [&](int column) {
      const SQLite::Column c = q.getColumn(column);
      return std::string_view(c.getText(), static_cast<std::size_t>(c.getBytes()));
    };
    RankableEvent e;
    while (q.executeStep()) {
      e.id = q.getColumn(0).getInt64();
      const std::string_view time = view(1);
      const auto t = parse_utc(time);
      if (!t) throw StorageError(fmt::format("database: malformed time '{}' in event {}", time, e.id));
      e.occurred_utc = *t;
      e.stream = view(2);
      e.category = view(3);
      e.lat = q.getColumn(4).getDouble();
      e.lon = q.getColumn(5).getDouble();
      visit(e);
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
  return guard("reading events", [&] {
    SQLite::Statement q(m_db, fmt::format("SELECT {} FROM event WHERE occurred_utc >= ? AND occurred_utc < ? "
                                          "ORDER BY occurred_utc, id",
                                          kEventColumns));
    bind_range(q, from, to);
    std::vector<Event> out;
    while (q.executeStep()) out.push_back(read_event(q));
    return out;
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
