#include <doctest/doctest.h>

#include "core/ingest/repeat_linker.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

LocatedEvent at(std::int64_t id, const char* category, int minutes, double north_m, double east_m) {
  LocatedEvent e;
  e.id = id;
  e.category = category;
  e.occurred_utc = test::utc(2026, 11, 25, 0) + std::chrono::minutes{minutes};
  e.lat = 42.33 + north_m / 111195.0;
  e.lon = -71.07 + east_m / (111195.0 * 0.7387);
  return e;
}

}  // namespace

TEST_CASE("a report of the same category within 50 m and 6 h links to the first report") {
  const std::vector<LocatedEvent> events = {
      at(1, "needles", 0, 0, 0),       // first report
      at(2, "needles", 60, 30, 10),    // 32 m, 1 h later: a repeat of 1
      at(3, "needles", 300, -20, 35),  // 40 m, 5 h: a repeat of 1 (not of 2)
      at(4, "needles", 420, 0, 0),     // 7 h after 1: a first report again
      at(5, "needles", 430, 80, 0),    // 80 m from 4: a first report
      at(6, "overdose", 61, 30, 10),   // other category: never a repeat of needles
  };
  std::vector<LocatedEvent> sorted = events;
  std::stable_sort(sorted.begin(), sorted.end(), [](auto& a, auto& b) {
    return a.category != b.category ? a.category < b.category : a.occurred_utc < b.occurred_utc;
  });
  const auto links = compute_links(sorted);
  std::map<std::int64_t, std::optional<std::int64_t>> by_id;
  for (std::size_t i = 0; i < sorted.size(); ++i) by_id[sorted[i].id] = links[i];
  CHECK_FALSE(by_id[1].has_value());
  CHECK(by_id[2] == 1);
  CHECK(by_id[3] == 1);
  CHECK_FALSE(by_id[4].has_value());
  CHECK_FALSE(by_id[5].has_value());
  CHECK_FALSE(by_id[6].has_value());
}

TEST_CASE("cell borders do not hide a near first report") {
  // 20 m apart but on either side of a 50 m cell border.
  std::vector<LocatedEvent> events = {at(1, "encampment", 0, 49.9, 0), at(2, "encampment", 10, 50.1 + 19, 0)};
  const auto links = compute_links(events);
  CHECK(links[1] == 1);
}
