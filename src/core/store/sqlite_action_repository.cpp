#include <functional>

#include <fmt/format.h>

#include "core/store/sqlite_repositories.h"
#include "core/store/sqlite_support.h"

namespace huddle::core::sqlite {
namespace {

constexpr const char* kActionColumns =
    "id, title, department_id, owner, place_id, place_name, huddle_id, created_utc, due_date, status, priority, "
    "note, updated_utc, version";

Action read_action(SQLite::Statement& q) {
  Action a;
  a.id = q.getColumn(0).getInt64();
  a.title = q.getColumn(1).getString();
  a.department_id = q.getColumn(2).getInt64();
  a.owner = q.getColumn(3).getString();
  a.place_id = q.getColumn(4).getString();
  a.place_name = q.getColumn(5).getString();
  a.huddle_id = get_optional_id(q.getColumn(6));
  a.created_utc = get_time(q.getColumn(7));
  a.due = get_date(q.getColumn(8));
  a.status = parse_action_status(q.getColumn(9).getString());
  a.priority = parse_action_priority(q.getColumn(10).getString());
  a.note = q.getColumn(11).getString();
  a.updated_utc = get_time(q.getColumn(12));
  a.version = q.getColumn(13).getInt();
  return a;
}

std::string due_text(const Action& a) { return a.due ? format_date(*a.due) : std::string(); }

/// One editable field: its column and its value as text (for history, comparison and binding; an empty due
/// date is stored as NULL).
struct Field {
  const char* column;
  std::function<std::string(const Action&)> text;
};

const std::vector<Field>& editable_fields() {
  static const std::vector<Field> fields = {
      {"title", [](const Action& a) { return a.title; }},
      {"department_id", [](const Action& a) { return std::to_string(a.department_id); }},
      {"owner", [](const Action& a) { return a.owner; }},
      {"place_id", [](const Action& a) { return a.place_id; }},
      {"place_name", [](const Action& a) { return a.place_name; }},
      {"due_date", due_text},
      {"status", [](const Action& a) { return std::string(to_string(a.status)); }},
      {"priority", [](const Action& a) { return std::string(to_string(a.priority)); }},
      {"note", [](const Action& a) { return a.note; }},
  };
  return fields;
}

void record(SQLite::Database& db, std::int64_t action_id, UtcTime when, const std::string& who,
            const std::string& field, const std::string& old_value, const std::string& new_value) {
  SQLite::Statement h(db, "INSERT INTO action_history (action_id, changed_utc, who, field, old_value, new_value) "
                          "VALUES (?, ?, ?, ?, ?, ?)");
  h.bind(1, action_id);
  h.bind(2, format_utc(when));
  h.bind(3, who);
  h.bind(4, field);
  h.bind(5, old_value);
  h.bind(6, new_value);
  h.exec();
}

}  // namespace

void SqliteActionRepository::add(Action& action, const std::string& who) {
  guard("storing an action", [&] {
    WriteScope scope(m_db);
    SQLite::Statement q(m_db,
                        "INSERT INTO action (title, department_id, owner, place_id, place_name, huddle_id, "
                        "created_utc, due_date, status, priority, note, updated_utc, version) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
    q.bind(1, action.title);
    q.bind(2, action.department_id);
    q.bind(3, action.owner);
    q.bind(4, action.place_id);
    q.bind(5, action.place_name);
    bind_optional(q, 6, action.huddle_id);
    q.bind(7, format_utc(action.created_utc));
    if (action.due) q.bind(8, format_date(*action.due));
    else q.bind(8);
    q.bind(9, std::string(to_string(action.status)));
    q.bind(10, std::string(to_string(action.priority)));
    q.bind(11, action.note);
    q.bind(12, format_utc(action.created_utc));
    q.exec();
    action.id = m_db.getLastInsertRowid();
    action.version = 1;
    action.updated_utc = action.created_utc;
    record(m_db, action.id, action.created_utc, who, "created", "", action.title);
    scope.commit();
  });
}

void SqliteActionRepository::update(Action& changed, const std::string& who) {
  guard("saving an action", [&] {
    WriteScope scope(m_db);
    auto stored = get(changed.id);
    if (!stored) throw StorageError(fmt::format("action {} does not exist", changed.id));
    if (stored->version != changed.version) {
      throw ConflictError(fmt::format(
          "action {} was changed by {} at {} while you were editing it; your change was not saved: look at the "
          "new values and try again",
          changed.id, history(changed.id).back().who, format_utc(stored->updated_utc)));
    }
    std::string assignments;
    std::vector<std::pair<const Field*, std::string>> values;
    for (const auto& field : editable_fields()) {
      std::string before = field.text(*stored), after = field.text(changed);
      if (before == after) continue;
      record(m_db, changed.id, changed.updated_utc, who, field.column, before, after);
      assignments += fmt::format("{} = ?, ", field.column);
      values.emplace_back(&field, std::move(after));
    }
    if (values.empty()) return;  // nothing changed: no write, no new version
    SQLite::Statement q(m_db, fmt::format("UPDATE action SET {}updated_utc = ?, version = version + 1 "
                                          "WHERE id = ? AND version = ?",
                                          assignments));
    int index = 1;
    for (const auto& [field, value] : values) {
      if (value.empty() && std::string_view(field->column) == "due_date") q.bind(index++);
      else q.bind(index++, value);  // department_id text becomes an integer through the column's affinity
    }
    q.bind(index++, format_utc(changed.updated_utc));
    q.bind(index++, changed.id);
    q.bind(index, changed.version);
    q.exec();
    scope.commit();
    changed.version += 1;
  });
}

std::optional<Action> SqliteActionRepository::get(std::int64_t id) const {
  return guard("reading an action", [&]() -> std::optional<Action> {
    SQLite::Statement q(m_db, fmt::format("SELECT {} FROM action WHERE id = ?", kActionColumns));
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    return read_action(q);
  });
}

std::vector<Action> SqliteActionRepository::list() const {
  return guard("reading actions", [&] {
    SQLite::Statement q(m_db, fmt::format("SELECT {} FROM action ORDER BY created_utc, id", kActionColumns));
    std::vector<Action> out;
    while (q.executeStep()) out.push_back(read_action(q));
    return out;
  });
}

std::vector<ActionChange> SqliteActionRepository::history(std::int64_t action_id) const {
  return guard("reading an action's history", [&] {
    SQLite::Statement q(m_db, "SELECT id, action_id, changed_utc, who, field, old_value, new_value "
                              "FROM action_history WHERE action_id = ? ORDER BY changed_utc, id");
    q.bind(1, action_id);
    std::vector<ActionChange> out;
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getInt64(), get_time(q.getColumn(2)),
                     q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(),
                     q.getColumn(6).getString()});
    }
    return out;
  });
}

}  // namespace huddle::core::sqlite
