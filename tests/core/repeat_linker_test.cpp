#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>

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
  e.lon = -71.07 + east_m / (111195.0 * std::cos(42.3 * 3.141592653589793 / 180.0));
  return e;
}

/// Feeds `events` in time order; the link of each, by id.
std::map<std::int64_t, std::optional<std::int64_t>> links_of(std::vector<LocatedEvent> events) {
  std::stable_sort(events.begin(), events.end(), [](auto& a, auto& b) { return a.occurred_utc < b.occurred_utc; });
  RepeatLinker linker;
  std::map<std::int64_t, std::optional<std::int64_t>> out;
  for (const auto& e : events) out[e.id] = linker.add(e);
  return out;
}

}  // namespace

TEST_CASE("a report of the same category within 50 m and 6 h links to the first report") {
  auto links = links_of({
      at(1, "needles", 0, 0, 0),       // first report
      at(2, "needles", 60, 30, 10),    // 32 m, 1 h later: a repeat of 1
      at(3, "needles", 300, -20, 35),  // 40 m, 5 h: a repeat of 1 (not of 2)
      at(4, "needles", 420, 0, 0),     // 7 h after 1: a first report again
      at(5, "needles", 430, 80, 0),    // 80 m from 4: a first report
      at(6, "overdose", 61, 30, 10),   // other category: never a repeat of needles
  });
  CHECK_FALSE(links[1].has_value());
  CHECK(links[2] == 1);
  CHECK(links[3] == 1);
  CHECK_FALSE(links[4].has_value());
  CHECK_FALSE(links[5].has_value());
  CHECK_FALSE(links[6].has_value());
}

TEST_CASE("cell borders do not hide a near first report, and the earliest of several near ones wins") {
  // 20 m apart but on either side of a 50 m cell border.
  auto links = links_of({at(1, "encampment", 0, 49.9, 0), at(2, "encampment", 10, 69.0, 0)});
  CHECK(links[2] == 1);
  // Two first reports 90 m apart; a third between them, 45 m from each, links to the earlier one.
  links = links_of({at(10, "dumping", 0, 0, 0), at(11, "dumping", 30, 90, 0), at(12, "dumping", 60, 45, 0)});
  CHECK_FALSE(links[11].has_value());
  CHECK(links[12] == 10);
}
