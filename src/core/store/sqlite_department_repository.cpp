#include "core/store/sqlite_repositories.h"
#include "core/store/sqlite_support.h"

#include <fmt/format.h>

namespace huddle::core::sqlite {
namespace {

constexpr const char* kSelect = "SELECT id, name, short_name, kind, sort_order, active FROM department ";

Department read_department(SQLite::Statement& q) {
  return Department{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                    q.getColumn(3).getString(), q.getColumn(4).getInt(), q.getColumn(5).getInt() != 0};
}

}  // namespace

int SqliteDepartmentRepository::ensure(std::vector<Department>& departments) {
  return guard("storing departments", [&] {
    WriteScope scope(m_db);
    SQLite::Statement insert(m_db, "INSERT INTO department (name, short_name, kind, sort_order, active) "
                                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING");
    SQLite::Statement find(m_db, "SELECT id FROM department WHERE name = ?");
    int added = 0;
    for (auto& d : departments) {
      insert.bind(1, d.name);
      insert.bind(2, d.short_name);
      insert.bind(3, d.kind);
      insert.bind(4, d.sort_order);
      insert.bind(5, d.active ? 1 : 0);
      added += insert.exec();
      insert.reset();
      find.bind(1, d.name);
      find.executeStep();
      d.id = find.getColumn(0).getInt64();
      find.reset();
    }
    scope.commit();
    return added;
  });
}

std::vector<Department> SqliteDepartmentRepository::list() const {
  return guard("reading departments", [&] {
    SQLite::Statement q(m_db, std::string(kSelect) + "ORDER BY sort_order, name");
    std::vector<Department> out;
    while (q.executeStep()) out.push_back(read_department(q));
    return out;
  });
}

std::optional<Department> SqliteDepartmentRepository::by_name(const std::string& name) const {
  return guard("reading a department", [&]() -> std::optional<Department> {
    SQLite::Statement q(m_db, std::string(kSelect) + "WHERE name = ?");
    q.bind(1, name);
    if (!q.executeStep()) return std::nullopt;
    return read_department(q);
  });
}

void SqliteDepartmentRepository::update(const Department& department) {
  guard("storing a department", [&] {
    SQLite::Statement q(m_db, "UPDATE department SET short_name = ?, kind = ?, sort_order = ?, active = ? WHERE id = ?");
    q.bind(1, department.short_name);
    q.bind(2, department.kind);
    q.bind(3, department.sort_order);
    q.bind(4, department.active ? 1 : 0);
    q.bind(5, department.id);
    if (q.exec() == 0) throw StorageError(fmt::format("no department with id {}", department.id));
  });
}

}  // namespace huddle::core::sqlite
