#pragma once
// Builds EventFrames for the ranking tests: events placed by cell and age before a fixed cutoff.

#include <algorithm>
#include <string>
#include <vector>

#include "core/analysis/grid.h"
#include "core/analysis/ranking.h"
#include "core/config/settings.h"
#include "test_support.h"

namespace huddle::test {

/// Thursday 26 November 2026 06:00 in Boston: the cutoff of the ranking tests.
inline core::UtcTime test_cutoff() { return utc(2026, 11, 26, 11); }

/// Events on the default grid around Boston, added by cell and hours before the cutoff.
class RankingFixture {
 public:
  RankingFixture() : schedule(settings.schedule()), grid(settings.center_lat, settings.center_lon, 150) {
    input.window = schedule.current_at(test_cutoff());
    input.params = settings.ranking;
    input.center_lat = settings.center_lat;
    input.center_lon = settings.center_lon;
    input.weights = {{"overdose", 3}, {"encampment", 2}, {"needles", 1.5}, {"dumping", 0.5}, {"other", 0}};
  }

  /// `count` events of `category` in cell (x, y), each `hours` before the window's cutoff.
  void add(int x, int y, double hours, const std::string& category = "needles", const std::string& stream = "311",
           int count = 1) {
    double lat = 0, lon = 0;
    grid.centre_of(core::Cell{x, y}, lat, lon);
    const auto t = input.window.cutoff - std::chrono::seconds{static_cast<long>(hours * 3600)};
    for (int i = 0; i < count; ++i) m_events.push_back({t, stream, category, lat, lon});
  }

  /// One event a day in cell (x, y) on each of the day slots [first, last] (slot 0 = the last 24 h), at mid-slot.
  void daily(int x, int y, int first, int last, const std::string& category = "needles") {
    for (int d = first; d <= last; ++d) add(x, y, d * 24 + 12, category);
  }

  /// The frame of everything added, oldest first.
  core::EventFrame frame() const {
    auto events = m_events;
    std::stable_sort(events.begin(), events.end(), [](const Pending& a, const Pending& b) { return a.t < b.t; });
    core::EventFrame f;
    std::int64_t id = 1;
    for (const auto& e : events) f.add(id++, e.t, e.stream, e.category, e.lat, e.lon);
    return f;
  }

  /// Ranks what was added.
  core::PlaceLists rank() const { return core::rank_places(frame(), input); }

  core::Settings settings;          ///< Boston defaults.
  core::HuddleSchedule schedule;    ///< Weekdays at 06:00.
  core::Grid grid;                  ///< 150 m cells.
  core::RankingInput input;         ///< Window at the test cutoff, default figures.

 private:
  struct Pending {
    core::UtcTime t;
    std::string stream, category;
    double lat, lon;
  };
  std::vector<Pending> m_events;
};

}  // namespace huddle::test
