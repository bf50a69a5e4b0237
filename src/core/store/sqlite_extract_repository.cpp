#include "core/store/sqlite_repositories.h"
#include "core/store/sqlite_support.h"

namespace huddle::core::sqlite {
namespace {

constexpr const char* kSelect =
    "SELECT id, file_name, sha256, profile, stream, imported_at, rows_read, accepted, rejected FROM extract ";

Extract read_extract(SQLite::Statement& q) {
  Extract x;
  x.id = q.getColumn(0).getInt64();
  x.file_name = q.getColumn(1).getString();
  x.sha256 = q.getColumn(2).getString();
  x.profile = q.getColumn(3).getString();
  x.stream = q.getColumn(4).getString();
  x.imported_utc = get_time(q.getColumn(5));
  x.rows_read = q.getColumn(6).getInt();
  x.accepted = q.getColumn(7).getInt();
  x.rejected = q.getColumn(8).getInt();
  return x;
}

}  // namespace

void SqliteExtractRepository::add(Extract& extract) {
  guard("storing an extract", [&] {
    SQLite::Statement q(m_db, "INSERT INTO extract (file_name, sha256, profile, stream, imported_at, rows_read, "
                              "accepted, rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, extract.file_name);
    q.bind(2, extract.sha256);
    q.bind(3, extract.profile);
    q.bind(4, extract.stream);
    q.bind(5, format_utc(extract.imported_utc));
    q.bind(6, static_cast<std::int64_t>(extract.rows_read));
    q.bind(7, static_cast<std::int64_t>(extract.accepted));
    q.bind(8, static_cast<std::int64_t>(extract.rejected));
    q.exec();
    extract.id = m_db.getLastInsertRowid();
  });
}

void SqliteExtractRepository::update_counts(const Extract& extract) {
  guard("storing an extract's counts", [&] {
    SQLite::Statement q(m_db, "UPDATE extract SET rows_read = ?, accepted = ?, rejected = ? WHERE id = ?");
    q.bind(1, static_cast<std::int64_t>(extract.rows_read));
    q.bind(2, static_cast<std::int64_t>(extract.accepted));
    q.bind(3, static_cast<std::int64_t>(extract.rejected));
    q.bind(4, extract.id);
    q.exec();
  });
}

std::vector<Extract> SqliteExtractRepository::list() const {
  return guard("reading extracts", [&] {
    SQLite::Statement q(m_db, std::string(kSelect) + "ORDER BY imported_at DESC, id DESC");
    std::vector<Extract> out;
    while (q.executeStep()) out.push_back(read_extract(q));
    return out;
  });
}

std::optional<Extract> SqliteExtractRepository::by_hash(const std::string& sha256, const std::string& profile) const {
  return guard("reading an extract", [&]() -> std::optional<Extract> {
    SQLite::Statement q(m_db, std::string(kSelect) + "WHERE sha256 = ? AND profile = ?");
    q.bind(1, sha256);
    q.bind(2, profile);
    if (!q.executeStep()) return std::nullopt;
    return read_extract(q);
  });
}

}  // namespace huddle::core::sqlite
