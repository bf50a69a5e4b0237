#include "core/store/rank_day_blob.h"

#include <cstring>

#include "core/error.h"

namespace huddle::core::sqlite {
namespace {

/// Bump when the layout changes: blobs of another version are packed again.
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kRowSize = 8 + 8 + 8 + 8 + 1 + 1;

template <typename T>
void put(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

/// Reads values off the front of a blob; every read is bounds-checked.
class Reader {
 public:
  explicit Reader(std::string_view data) : m_data(data) {}
  template <typename T>
  bool get(T& value) {
    if (m_data.size() < sizeof value) return false;
    std::memcpy(&value, m_data.data(), sizeof value);
    m_data.remove_prefix(sizeof value);
    return true;
  }
  bool names(std::vector<std::string_view>& out) {
    std::uint8_t count = 0;
    if (!get(count)) return false;
    for (int i = 0; i < count; ++i) {
      std::uint8_t length = 0;
      if (!get(length) || m_data.size() < length) return false;
      out.push_back(m_data.substr(0, length));
      m_data.remove_prefix(length);
    }
    return true;
  }
  std::string_view rest() const { return m_data; }

 private:
  std::string_view m_data;
};

}  // namespace

std::string rank_day_version_prefix() {
  std::string out;
  put(out, kVersion);
  return out;
}

std::uint8_t RankDayPacker::index_of(std::vector<std::string>& names, std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<std::uint8_t>(i);
  }
  if (names.size() >= 255 || name.size() > 255) throw StorageError("database: too many or too long stream or category names in one day");
  names.emplace_back(name);
  return static_cast<std::uint8_t>(names.size() - 1);
}

void RankDayPacker::add(const RankableEvent& e) {
  m_rows.push_back({e.id, e.occurred_utc.time_since_epoch().count(), e.lat, e.lon, index_of(m_streams, e.stream),
                    index_of(m_categories, e.category)});
}

std::string RankDayPacker::blob() const {
  std::string out;
  out.reserve(64 + m_rows.size() * kRowSize);
  put(out, kVersion);
  for (const auto* names : {&m_streams, &m_categories}) {
    put(out, static_cast<std::uint8_t>(names->size()));
    for (const auto& n : *names) {
      put(out, static_cast<std::uint8_t>(n.size()));
      out += n;
    }
  }
  for (const auto& r : m_rows) {
    put(out, r.id);
    put(out, r.t);
    put(out, r.lat);
    put(out, r.lon);
    put(out, r.stream);
    put(out, r.category);
  }
  return out;
}

bool visit_rank_day(std::string_view blob, std::int64_t from, std::int64_t to,
                    const std::function<void(const RankableEvent&)>& visit) {
  Reader reader(blob);
  std::uint32_t version = 0;
  std::vector<std::string_view> streams, categories;
  if (!reader.get(version) || version != kVersion || !reader.names(streams) || !reader.names(categories)) return false;
  const std::string_view rows = reader.rest();
  if (rows.size() % kRowSize != 0) return false;
  for (std::size_t at = 0; at < rows.size(); at += kRowSize) {  // all or nothing: check before visiting
    if (static_cast<std::uint8_t>(rows[at + 32]) >= streams.size() ||
        static_cast<std::uint8_t>(rows[at + 33]) >= categories.size()) {
      return false;
    }
  }
  RankableEvent e;
  for (std::size_t at = 0; at < rows.size(); at += kRowSize) {
    const char* p = rows.data() + at;
    std::int64_t t = 0;
    std::memcpy(&t, p + 8, sizeof t);
    if (t < from) continue;
    if (t >= to) break;
    std::uint8_t stream = 0, category = 0;
    std::memcpy(&e.id, p, sizeof e.id);
    std::memcpy(&e.lat, p + 16, sizeof e.lat);
    std::memcpy(&e.lon, p + 24, sizeof e.lon);
    std::memcpy(&stream, p + 32, 1);
    std::memcpy(&category, p + 33, 1);
    e.occurred_utc = UtcTime{std::chrono::seconds{t}};
    e.stream = streams[stream];
    e.category = categories[category];
    visit(e);
  }
  return true;
}

}  // namespace huddle::core::sqlite
