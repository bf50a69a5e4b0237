#include <charconv>

#include <fmt/format.h>

#include "core/store/sqlite_repositories.h"
#include "core/store/sqlite_support.h"

namespace huddle::core::sqlite {
namespace {

/// "x,y;x,y" for the cells of a place.
std::string format_cells(const std::vector<Cell>& cells) {
  std::string out;
  for (const auto& c : cells) out += fmt::format("{}{},{}", out.empty() ? "" : ";", c.x, c.y);
  return out;
}

std::vector<Cell> parse_cells(std::string_view text, const std::string& place_id) {
  std::vector<Cell> cells;
  while (!text.empty()) {
    const auto end = text.find(';');
    const std::string_view item = text.substr(0, end);
    const auto comma = item.find(',');
    Cell c;
    const auto x = std::from_chars(item.data(), item.data() + (comma == std::string_view::npos ? 0 : comma), c.x);
    const auto y = comma == std::string_view::npos
                       ? std::from_chars_result{nullptr, std::errc::invalid_argument}
                       : std::from_chars(item.data() + comma + 1, item.data() + item.size(), c.y);
    if (x.ec != std::errc() || y.ec != std::errc() || y.ptr != item.data() + item.size()) {
      throw StorageError(fmt::format("database: malformed cells '{}' of place {}", text, place_id));
    }
    cells.push_back(c);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return cells;
}

}  // namespace

std::vector<RememberedPlace> SqlitePlaceRepository::listed_since(UtcTime since) const {
  return guard("reading remembered places", [&] {
    SQLite::Statement q(m_db, "SELECT id, name, cells, first_listed_at, last_listed_at FROM place "
                              "WHERE last_listed_at >= ? ORDER BY last_listed_at DESC, id");
    q.bind(1, format_utc(since));
    std::vector<RememberedPlace> out;
    while (q.executeStep()) {
      RememberedPlace p;
      p.place.id = q.getColumn(0).getString();
      p.place.name = q.getColumn(1).getString();
      p.place.cells = parse_cells(q.getColumn(2).getString(), p.place.id);
      p.first_listed_at = get_time(q.getColumn(3));
      p.last_listed_at = get_time(q.getColumn(4));
      out.push_back(std::move(p));
    }
    return out;
  });
}

void SqlitePlaceRepository::remember(const std::vector<RememberedPlace>& places) {
  guard("remembering places", [&] {
    WriteScope scope(m_db);
    SQLite::Statement q(m_db, "INSERT INTO place (id, name, cells, first_listed_at, last_listed_at) "
                              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                              "cells = excluded.cells, first_listed_at = excluded.first_listed_at, "
                              "last_listed_at = excluded.last_listed_at");
    for (const auto& p : places) {
      q.reset();
      q.bind(1, p.place.id);
      q.bind(2, p.place.name);
      q.bind(3, format_cells(p.place.cells));
      q.bind(4, format_utc(p.first_listed_at));
      q.bind(5, format_utc(p.last_listed_at));
      q.exec();
    }
    scope.commit();
  });
}

}  // namespace huddle::core::sqlite
