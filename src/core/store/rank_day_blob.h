#pragma once
// Internal to core/store: the packed form of one day's rankable events (table rank_day).

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/event_repository.h"

namespace huddle::core::sqlite {

/// Collects one day's rankable events, oldest first, and packs them into a blob.
class RankDayPacker {
 public:
  /// Adds an event (they must come oldest first).
  void add(const RankableEvent& event);
  /// True when nothing was added.
  bool empty() const { return m_rows.empty(); }
  /// The blob: format version, stream and category names, then fixed-size rows.
  std::string blob() const;

 private:
  struct Row {
    std::int64_t id;
    std::int64_t t;
    double lat, lon;
    std::uint8_t stream, category;
  };
  std::uint8_t index_of(std::vector<std::string>& names, std::string_view name);
  std::vector<std::string> m_streams, m_categories;
  std::vector<Row> m_rows;
};

/// The first bytes of every blob of this format version (a blob starting otherwise must be packed again).
std::string rank_day_version_prefix();

/// Calls `visit` for each event of `blob` in [from, to), oldest first. Returns false, having visited nothing,
/// when the blob is not of this format version or is damaged.
bool visit_rank_day(std::string_view blob, std::int64_t from, std::int64_t to,
                    const std::function<void(const RankableEvent&)>& visit);

}  // namespace huddle::core::sqlite
