#pragma once
/// \file
/// BoundaryLayer: named polygons (neighbourhoods, districts) read from a GeoJSON file, drawn under the map.

#include <filesystem>
#include <string>
#include <vector>

namespace huddle::core {

/// A point in WGS84 degrees.
struct LatLon {
  double lat = 0;  ///< Latitude.
  double lon = 0;  ///< Longitude.
};

/// One boundary: its name and its rings (outer rings and holes alike; drawn with the even-odd rule).
struct Boundary {
  std::string name;                        ///< From the feature's "name" (or "Name", "NAME", first string property).
  std::vector<std::vector<LatLon>> rings;  ///< Closed rings of Polygon and MultiPolygon geometries.
};

/// The polygons of one GeoJSON FeatureCollection.
struct BoundaryLayer {
  std::vector<Boundary> boundaries;  ///< In file order; features that are not (Multi)Polygons are skipped.
};

/// Reads `file` (a GeoJSON FeatureCollection of Polygon / MultiPolygon features, WGS84 longitude/latitude). Throws
/// InputError naming the file and what was expected for an unreadable file, invalid JSON, another GeoJSON type,
/// malformed or projected (not degree) coordinates, or a collection without a single (Multi)Polygon.
BoundaryLayer load_boundaries(const std::filesystem::path& file);

/// Where `boundary`'s name is written: a point inside its largest ring (never in a hole), in the middle of the
/// widest east–west run through that ring's centroid; {0, 0} for a boundary without rings.
LatLon label_point(const Boundary& boundary);

}  // namespace huddle::core
