// Boundary layers from GeoJSON: the real Boston files load with their names, broken files name themselves.

#include <algorithm>
#include <cmath>
#include <string>

#include <doctest/doctest.h>

#include "core/draw/boundary.h"
#include "core/error.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

std::filesystem::path real_boundaries(const std::string& name) {
  const auto path = std::filesystem::path(HUDDLE_SHARED_DATA) / "boundaries" / name;
  REQUIRE_MESSAGE(std::filesystem::is_regular_file(path),
                  "missing real boundary file " << path.string() << " (../shared/data/real beside the checkout)");
  return path;
}

/// Even-odd point in rings, as the map fills them.
bool inside(const Boundary& boundary, LatLon p) {
  bool in = false;
  for (const auto& ring : boundary.rings) {
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      if ((ring[i].lat > p.lat) != (ring[j].lat > p.lat) &&
          p.lon < ring[j].lon + (p.lat - ring[j].lat) / (ring[i].lat - ring[j].lat) * (ring[i].lon - ring[j].lon)) {
        in = !in;
      }
    }
  }
  return in;
}

/// The message of the InputError that loading `text` raises; fails the test when it loads.
std::string load_error(const test::TempDir& dir, const std::string& text, long* line = nullptr) {
  const auto file = dir.write("broken.geojson", text);
  try {
    load_boundaries(file);
  } catch (const InputError& e) {
    CHECK(e.file() == file);
    if (line != nullptr) *line = e.line();
    return e.what();
  }
  FAIL("the file loaded: " << text);
  return {};
}

}  // namespace

TEST_CASE("boundaries: the real Boston neighbourhoods load with their names and label points inside them") {
  const BoundaryLayer layer = load_boundaries(real_boundaries("Boston_Neighborhoods.geojson"));
  REQUIRE(layer.boundaries.size() == 26);
  const auto roxbury = std::find_if(layer.boundaries.begin(), layer.boundaries.end(),
                                    [](const Boundary& b) { return b.name == "Roxbury"; });
  REQUIRE(roxbury != layer.boundaries.end());
  CHECK(layer.boundaries.front().name == "Roslindale");
  CHECK(layer.boundaries.back().name == "Harbor Islands");
  // Roxbury's name goes near its middle, about 1 km south of Nubian Square (42.329, -71.084): within 500 m of it.
  const LatLon label = label_point(*roxbury);
  CHECK(std::abs(label.lat - 42.318) < 0.0045);
  CHECK(std::abs(label.lon - (-71.084)) < 0.006);
  for (const Boundary& b : layer.boundaries) {
    CAPTURE(b.name);
    CHECK(!b.rings.empty());
    CHECK(inside(b, label_point(b)));
  }
}

TEST_CASE("boundaries: the real Boston wards load, without a name when no property is text") {
  const BoundaryLayer layer = load_boundaries(real_boundaries("Boston_Wards.geojson"));
  CHECK(layer.boundaries.size() == 22);
  CHECK(layer.boundaries.front().name.empty());
}

TEST_CASE("boundaries: names, holes and parts of a hand-made file") {
  test::TempDir dir;
  const auto file = dir.write("parks.geojson", R"({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"id": 7, "NAME": "Square with a pond"},
     "geometry": {"type": "Polygon", "coordinates": [
       [[-71.10, 42.30], [-71.00, 42.30], [-71.00, 42.40], [-71.10, 42.40], [-71.10, 42.30]],
       [[-71.07, 42.33], [-71.03, 42.33], [-71.03, 42.37], [-71.07, 42.37], [-71.07, 42.33]]]}},
    {"type": "Feature", "properties": {"code": 3, "label": "Two islands"},
     "geometry": {"type": "MultiPolygon", "coordinates": [
       [[[-70.90, 42.30], [-70.89, 42.30], [-70.89, 42.31], [-70.90, 42.30]]],
       [[[-70.80, 42.30], [-70.70, 42.30], [-70.70, 42.40], [-70.80, 42.30]]]]}},
    {"type": "Feature", "properties": {"name": "A point"}, "geometry": {"type": "Point", "coordinates": [-71, 42]}},
    {"type": "Feature", "properties": null, "geometry": null}]})");
  const BoundaryLayer layer = load_boundaries(file);
  REQUIRE(layer.boundaries.size() == 2);
  const Boundary& square = layer.boundaries[0];
  CHECK(square.name == "Square with a pond");
  CHECK(square.rings.size() == 2);
  CHECK(inside(square, label_point(square)));  // on the land, not in the pond
  CHECK_FALSE(label_point(square).lon == doctest::Approx(-71.05));
  const Boundary& islands = layer.boundaries[1];
  CHECK(islands.name == "Two islands");
  CHECK(islands.rings.size() == 2);
  CHECK(label_point(islands).lon > -70.80);  // on the larger island
}

TEST_CASE("boundaries: a broken file raises an InputError naming the file and what was expected") {
  test::TempDir dir;
  long line = 0;
  const std::string json_error =
      load_error(dir, "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {oops}]}", &line);
  CHECK(json_error.find("broken.geojson") != std::string::npos);
  CHECK(json_error.find("not valid JSON") != std::string::npos);
  CHECK(line == 3);

  CHECK(load_error(dir, R"({"type": "Feature", "geometry": null})").find("FeatureCollection") != std::string::npos);
  CHECK(load_error(dir, R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
    "geometry": {"type": "Point", "coordinates": [-71, 42]}}]})")
            .find("no Polygon or MultiPolygon") != std::string::npos);
  // A file in state-plane feet, not degrees.
  const std::string projected = load_error(dir, R"({"type": "FeatureCollection", "features": [{"type": "Feature",
    "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[775000, 2950000], [776000, 2950000],
    [776000, 2951000], [775000, 2950000]]]}}]})");
  CHECK(projected.find("feature 1") != std::string::npos);
  CHECK(projected.find("longitude and latitude") != std::string::npos);
  CHECK(load_error(dir, R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
    "geometry": {"type": "Polygon", "coordinates": [[["a", 1], [2, 3], [4, 5]]]}}]})")
            .find("expected [longitude, latitude]") != std::string::npos);

  const auto missing = dir.path() / "nowhere.geojson";
  CHECK_THROWS_WITH_AS(load_boundaries(missing), doctest::Contains("nowhere.geojson"), InputError);
}
