// The "what changes" preview of edited weights: the top list before and after, matched by place, nothing stored.

#include <doctest/doctest.h>

#include "core/analysis/grid.h"
#include "core/jobs/weight_preview.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

/// A workspace with three busy cells: needles at (0, 0), dumping at (6, 6), "other" (weight 0) at (-6, 6).
struct ThreePlaces {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  int next_id = 1;

  ThreePlaces() {
    ws.settings.ranking.top_k = 2;
    add(0, 0, 4, "needles", "Washington St & Union Park St");
    add(6, 6, 3, "dumping", "Harrison Ave & E Dedham St");
    add(-6, 6, 3, "other", "Albany St & Northampton St");
  }
  void add(int x, int y, int count, const std::string& category, const std::string& address) {
    const Grid grid{ws.settings.center_lat, ws.settings.center_lon, ws.settings.ranking.grid_metres};
    std::vector<Event> events;
    for (int i = 0; i < count; ++i) {
      Event e;
      e.stream = "311";
      e.source_id = std::to_string(next_id++);
      e.occurred_utc = test::utc(2026, 11, 26, 9) - std::chrono::hours{i};
      e.category = category;
      e.address = address;
      double lat = 0, lon = 0;
      grid.centre_of(Cell{x, y}, lat, lon);
      e.lat = lat;
      e.lon = lon;
      e.geo_quality = GeoQuality::exact;
      events.push_back(e);
    }
    ws.store->events().add(events);
  }
  std::vector<Category> with(const std::map<std::string, double>& weights) const {
    auto out = ws.categories;
    for (auto& c : out) {
      if (weights.count(c.id)) c.weight = weights.at(c.id);
    }
    return out;
  }
};

}  // namespace

TEST_CASE("the weights preview shows places entering, moving and leaving the top list, and stores nothing") {
  ThreePlaces city;
  const auto rows = preview_weights(*city.ws.store, city.ws.settings, city.ws.categories,
                                    city.with({{"other", 10}, {"dumping", 0}}), test::thanksgiving_morning());
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].name.find("Albany St") != std::string::npos);  // weighs most now
  CHECK_FALSE(rows[0].before.has_value());
  CHECK(rows[0].after == 1);
  CHECK(rows[1].name.find("Washington St") != std::string::npos);
  CHECK(rows[1].before == 1);
  CHECK(rows[1].after == 2);
  CHECK(rows[2].name.find("Harrison Ave") != std::string::npos);  // leaves the list
  CHECK(rows[2].before == 2);
  CHECK_FALSE(rows[2].after.has_value());
  CHECK(city.ws.store->places().listed_since(test::utc(2026, 1, 1)).empty());
}

TEST_CASE("unchanged weights preview an unchanged top list") {
  ThreePlaces city;
  const auto rows = preview_weights(*city.ws.store, city.ws.settings, city.ws.categories, city.ws.categories,
                                    test::thanksgiving_morning());
  REQUIRE(rows.size() == 2);
  for (const auto& r : rows) CHECK(r.before == r.after);
}

TEST_CASE("weight overrides keep only the weights that differ from categories.toml") {
  const std::vector<Category> shipped = {{"needles", "Needles", 1.5, "#000000"}, {"qol", "QoL", 0.5, "#000000"}};
  auto edited = shipped;
  edited[1].weight = 0.75;
  CHECK(weight_overrides(shipped, edited) == std::map<std::string, double>{{"qol", 0.75}});
  CHECK(weight_overrides(shipped, shipped).empty());
}
