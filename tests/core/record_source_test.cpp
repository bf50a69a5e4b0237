// open_records on GeoJSON: features whose geometry or "type" is not what GeoJSON says are read as far as they go,
// never past the end of the document.

#include <doctest/doctest.h>

#include "core/error.h"
#include "core/ingest/record_source.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

TEST_CASE("a GeoJSON Point without coordinates, or with a type that is not text, leaves the feature unlocated") {
  test::TempDir dir;
  const auto file = dir.write("calls.geojson", R"({"type": "FeatureCollection", "features": [
    {"type": "Feature", "geometry": {"type": "Point"}, "properties": {"id": "a"}},
    {"type": "Feature", "geometry": {"type": 7, "coordinates": [-122.3, 47.6]}, "properties": {"id": "b"}},
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-122.3, 47.6]}, "properties": {"id": "c"}}]})");
  auto source = open_records(file);
  REQUIRE(source->header() == std::vector<std::string>{"id", kGeoJsonLatitude, kGeoJsonLongitude});
  CsvRecord record;
  for (const char* id : {"a", "b"}) {
    REQUIRE(source->next(record));
    CHECK(record.fields == std::vector<std::string>{id, "", ""});
  }
  REQUIRE(source->next(record));
  CHECK(record.fields == std::vector<std::string>{"c", "47.6", "-122.3"});
  CHECK_FALSE(source->next(record));
}

TEST_CASE("a GeoJSON document whose type is not text is refused as not a FeatureCollection") {
  test::TempDir dir;
  const auto file = dir.write("calls.geojson", R"({"type": ["FeatureCollection"], "features": []})");
  CHECK_THROWS_WITH_AS(open_records(file), doctest::Contains("expected a GeoJSON FeatureCollection"), InputError);
}

TEST_CASE("a GeoJSON number too large for a double is an InputError at its line") {
  test::TempDir dir;
  const auto file = dir.write("calls.geojson",
                              "{\"type\": \"FeatureCollection\",\n\"features\": [\n"
                              "{\"type\": \"Feature\", \"properties\": {\"Acres\": 1e999}}]}");
  try {
    open_records(file);
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK(e.line() == 3);
    CHECK(std::string(e.what()).find("a number too large") != std::string::npos);
  }
}
