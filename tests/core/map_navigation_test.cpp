// Moving the map's view: a drag moves the ground with the pointer, a zoom keeps the ground under the pointer.

#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "core/analysis/grid.h"
#include "core/draw/map_navigation.h"

using namespace huddle;
using namespace huddle::core;

namespace {

constexpr double kLat = 42.333, kLon = -71.073;
const ChartBox kBox{0, 0, 800, 600, 12};

/// One listed place on one cell, for place_at to find on screen.
MapContent one_place() {
  MapContent content;
  content.center_lat = kLat;
  content.center_lon = kLon;
  RankedPlace p;
  p.rank = 1;
  p.score = 1;
  p.place.id = Grid::cell_id({4, 2});
  const Grid grid(kLat, kLon, content.grid_metres);
  grid.centre_of({4, 2}, p.place.lat, p.place.lon);
  p.place.cells = {{4, 2}};
  content.places.top.push_back(p);
  return content;
}

/// Where on the box place_at first finds the place, scanning every 2 units; nullopt when it is off the box.
std::optional<std::pair<double, double>> where(const MapContent& content, const MapView& view) {
  for (double y = 1; y < kBox.height; y += 2) {
    for (double x = 1; x < kBox.width; x += 2) {
      if (place_at(content, kBox, view, x, y)) return std::pair{x, y};
    }
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("dragging the map moves the place with the pointer") {
  const MapContent content = one_place();
  const MapView view = fit_view(content, kBox);
  const auto before = where(content, view);
  REQUIRE(before);
  const MapView moved = pan_view(view, 100, -60);
  CHECK(moved.metres_per_unit == view.metres_per_unit);
  CHECK(moved.center_lon < view.center_lon);  // dragged east: the view looks further west
  CHECK(moved.center_lat < view.center_lat);  // dragged north: the view looks further south
  const auto after = where(content, moved);
  REQUIRE(after);
  CHECK(after->first == doctest::Approx(before->first + 100).epsilon(0.01));
  CHECK(after->second == doctest::Approx(before->second - 60).epsilon(0.01));
  CHECK(!where(content, pan_view(view, 2000, 0)));  // dragged off the box
}

TEST_CASE("zooming keeps the ground under the pointer and stays within its limits") {
  const MapContent content = one_place();
  const MapView view = fit_view(content, kBox);
  const auto spot = where(content, view);
  REQUIRE(spot);
  // Zoom in about the place's spot: it stays under the pointer, and the view is twice as close.
  const MapView closer = zoom_view(view, kBox, 2, spot->first, spot->second);
  CHECK(closer.metres_per_unit == doctest::Approx(view.metres_per_unit / 2));
  CHECK(place_at(content, kBox, closer, spot->first, spot->second) == content.places.top[0].place.id);
  // About the centre, the centre stays put.
  const MapView centred = zoom_view(view, kBox, 0.5, 400, 300);
  CHECK(centred.center_lat == doctest::Approx(view.center_lat));
  CHECK(centred.center_lon == doctest::Approx(view.center_lon));
  CHECK(centred.metres_per_unit == doctest::Approx(view.metres_per_unit * 2));
  // The zoom stops at its limits.
  CHECK(zoom_view(view, kBox, 1e-9, 0, 0).metres_per_unit == kMaxMetresPerUnit);
  CHECK(zoom_view(view, kBox, 1e9, 0, 0).metres_per_unit == kMinMetresPerUnit);
  CHECK(zoom_view(view, kBox, 0, 0, 0).metres_per_unit == view.metres_per_unit);  // no factor: no change
}
