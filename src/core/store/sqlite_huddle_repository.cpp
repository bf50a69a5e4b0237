#include <fmt/format.h>

#include "core/store/sqlite_repositories.h"
#include "core/store/sqlite_support.h"

namespace huddle::core::sqlite {

void SqliteHuddleRepository::add(Huddle& huddle) {
  guard("storing a huddle", [&] {
    WriteScope scope(m_db);
    SQLite::Statement q(m_db, "INSERT INTO huddle (huddle_date, cutoff_utc, window_start_utc, state, notes, snapshot) "
                              "VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, format_date(huddle.date));
    q.bind(2, format_utc(huddle.cutoff_utc));
    q.bind(3, format_utc(huddle.window_start_utc));
    q.bind(4, std::string(to_string(huddle.state)));
    q.bind(5, huddle.notes);
    q.bind(6, huddle.snapshot);
    q.exec();
    huddle.id = m_db.getLastInsertRowid();
    write_attendance(huddle);
    scope.commit();
  });
}

void SqliteHuddleRepository::write_attendance(const Huddle& huddle) {
  SQLite::Statement d(m_db, "DELETE FROM huddle_attendance WHERE huddle_id = ?");
  d.bind(1, huddle.id);
  d.exec();
  SQLite::Statement a(m_db, "INSERT INTO huddle_attendance (huddle_id, department_id) VALUES (?, ?)");
  for (auto department : huddle.attendance) {
    a.bind(1, huddle.id);
    a.bind(2, department);
    a.exec();
    a.reset();
  }
}

void SqliteHuddleRepository::update(const Huddle& huddle) {
  guard("storing a huddle", [&] {
    WriteScope scope(m_db);
    SQLite::Statement q(m_db, "UPDATE huddle SET state = ?, notes = ? WHERE id = ?");
    q.bind(1, std::string(to_string(huddle.state)));
    q.bind(2, huddle.notes);
    q.bind(3, huddle.id);
    if (q.exec() != 1) throw StorageError(fmt::format("database: no huddle with id {}", huddle.id));
    write_attendance(huddle);
    scope.commit();
  });
}

std::vector<Huddle> SqliteHuddleRepository::query(const std::string& where, const std::string& date) const {
  SQLite::Statement q(m_db, fmt::format("SELECT id, huddle_date, cutoff_utc, window_start_utc, state, notes, snapshot "
                                        "FROM huddle {} ORDER BY huddle_date DESC",
                                        where));
  if (!date.empty()) q.bind(1, date);
  SQLite::Statement a(m_db, "SELECT department_id FROM huddle_attendance WHERE huddle_id = ? ORDER BY department_id");
  std::vector<Huddle> out;
  while (q.executeStep()) {
    Huddle h;
    h.id = q.getColumn(0).getInt64();
    h.date = *get_date(q.getColumn(1));
    h.cutoff_utc = get_time(q.getColumn(2));
    h.window_start_utc = get_time(q.getColumn(3));
    h.state = parse_huddle_state(q.getColumn(4).getString());
    h.notes = q.getColumn(5).getString();
    h.snapshot = q.getColumn(6).getString();
    a.bind(1, h.id);
    while (a.executeStep()) h.attendance.push_back(a.getColumn(0).getInt64());
    a.reset();
    out.push_back(std::move(h));
  }
  return out;
}

std::optional<Huddle> SqliteHuddleRepository::by_date(Date date) const {
  return guard("reading a huddle", [&]() -> std::optional<Huddle> {
    auto found = query("WHERE huddle_date = ?", format_date(date));
    if (found.empty()) return std::nullopt;
    return found.front();
  });
}

std::vector<Huddle> SqliteHuddleRepository::list() const {
  return guard("reading huddles", [&] { return query("", ""); });
}

void SqliteHuddleRepository::set_agenda(std::int64_t huddle_id, std::vector<AgendaItem>& items) {
  guard("storing a run-of-show", [&] {
    WriteScope scope(m_db);
    SQLite::Statement d(m_db, "DELETE FROM agenda_item WHERE huddle_id = ?");
    d.bind(1, huddle_id);
    d.exec();
    SQLite::Statement q(m_db, "INSERT INTO agenda_item (huddle_id, position, kind, title, planned_seconds, "
                              "actual_seconds, presenter_department, place_id, action_id, notes) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (auto& item : items) {
      item.huddle_id = huddle_id;
      item.position = position++;
      q.bind(1, huddle_id);
      q.bind(2, item.position);
      q.bind(3, std::string(to_string(item.kind)));
      q.bind(4, item.title);
      q.bind(5, item.planned_seconds);
      if (item.actual_seconds) q.bind(6, *item.actual_seconds);
      else q.bind(6);
      bind_optional(q, 7, item.presenter_department);
      q.bind(8, item.place_id);
      bind_optional(q, 9, item.action_id);
      q.bind(10, item.notes);
      q.exec();
      q.reset();
      item.id = m_db.getLastInsertRowid();
    }
    scope.commit();
  });
}

std::vector<AgendaItem> SqliteHuddleRepository::agenda(std::int64_t huddle_id) const {
  return guard("reading a run-of-show", [&] {
    SQLite::Statement q(m_db, "SELECT id, huddle_id, position, kind, title, planned_seconds, actual_seconds, "
                              "presenter_department, place_id, action_id, notes FROM agenda_item "
                              "WHERE huddle_id = ? ORDER BY position");
    q.bind(1, huddle_id);
    std::vector<AgendaItem> out;
    while (q.executeStep()) {
      AgendaItem item;
      item.id = q.getColumn(0).getInt64();
      item.huddle_id = q.getColumn(1).getInt64();
      item.position = q.getColumn(2).getInt();
      item.kind = parse_agenda_kind(q.getColumn(3).getString());
      item.title = q.getColumn(4).getString();
      item.planned_seconds = q.getColumn(5).getInt();
      if (!q.getColumn(6).isNull()) item.actual_seconds = q.getColumn(6).getInt();
      item.presenter_department = get_optional_id(q.getColumn(7));
      item.place_id = q.getColumn(8).getString();
      item.action_id = get_optional_id(q.getColumn(9));
      item.notes = q.getColumn(10).getString();
      out.push_back(std::move(item));
    }
    return out;
  });
}

void SqliteHuddleRepository::update_item(const AgendaItem& item) {
  guard("storing an agenda item", [&] {
    SQLite::Statement q(m_db, "UPDATE agenda_item SET title = ?, planned_seconds = ?, actual_seconds = ?, "
                              "presenter_department = ?, notes = ? WHERE id = ?");
    q.bind(1, item.title);
    q.bind(2, item.planned_seconds);
    if (item.actual_seconds) q.bind(3, *item.actual_seconds);
    else q.bind(3);
    bind_optional(q, 4, item.presenter_department);
    q.bind(5, item.notes);
    q.bind(6, item.id);
    if (q.exec() != 1) throw StorageError(fmt::format("database: no agenda item with id {}", item.id));
  });
}

void SqliteHuddleRepository::set_no_action(std::int64_t huddle_id, const NoAction& decision) {
  guard("recording no action", [&] {
    SQLite::Statement q(m_db, "INSERT INTO no_action (huddle_id, place_id, reason, decided_utc, who) VALUES (?, ?, ?, "
                              "?, ?) ON CONFLICT (huddle_id, place_id) DO UPDATE SET reason = excluded.reason, "
                              "decided_utc = excluded.decided_utc, who = excluded.who");
    q.bind(1, huddle_id);
    q.bind(2, decision.place_id);
    q.bind(3, decision.reason);
    q.bind(4, format_utc(decision.decided_utc));
    q.bind(5, decision.who);
    q.exec();
  });
}

void SqliteHuddleRepository::clear_no_action(std::int64_t huddle_id, const std::string& place_id) {
  guard("taking back no action", [&] {
    SQLite::Statement q(m_db, "DELETE FROM no_action WHERE huddle_id = ? AND place_id = ?");
    q.bind(1, huddle_id);
    q.bind(2, place_id);
    q.exec();
  });
}

std::vector<NoAction> SqliteHuddleRepository::no_actions(std::int64_t huddle_id) const {
  return guard("reading no-action decisions", [&] {
    SQLite::Statement q(m_db, "SELECT place_id, reason, decided_utc, who FROM no_action WHERE huddle_id = ? "
                              "ORDER BY place_id");
    q.bind(1, huddle_id);
    std::vector<NoAction> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), get_time(q.getColumn(2)),
                     q.getColumn(3).getString()});
    }
    return out;
  });
}

}  // namespace huddle::core::sqlite
