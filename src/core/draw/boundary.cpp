#include "core/draw/boundary.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/error.h"

namespace huddle::core {
namespace {

// File order matters for "the first string property", hence ordered_json.
using Json = nlohmann::ordered_json;

constexpr std::string_view kExpected = "expected a GeoJSON FeatureCollection of Polygon or MultiPolygon features";

/// The member `key` of `object`, or nullptr when `object` is not an object or has no such member.
const Json* member(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

/// True when `value` is the JSON string `text`.
bool is_string(const Json* value, std::string_view text) {
  return value != nullptr && value->is_string() && value->get_ref<const std::string&>() == text;
}

/// Twice the signed area of a ring (degrees²; only compared between rings of one boundary).
double twice_area(const std::vector<LatLon>& ring) {
  double sum = 0;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    sum += ring[j].lon * ring[i].lat - ring[i].lon * ring[j].lat;
  }
  return sum;
}

/// Reads one GeoJSON file; every failure names the file and the feature being read.
class GeoJsonReader {
 public:
  explicit GeoJsonReader(const std::filesystem::path& file) : m_file(file) {}

  BoundaryLayer read() {
    const Json root = parse();
    const Json* features = member(root, "features");
    if (!is_string(member(root, "type"), "FeatureCollection") || features == nullptr || !features->is_array()) {
      fail(0, fmt::format("not a FeatureCollection with a \"features\" array ({})", kExpected));
    }
    BoundaryLayer layer;
    std::size_t number = 0;
    for (const Json& feature : *features) {
      ++number;
      if (auto boundary = read_feature(feature, number)) layer.boundaries.push_back(std::move(*boundary));
    }
    if (layer.boundaries.empty()) fail(0, fmt::format("no Polygon or MultiPolygon feature ({})", kExpected));
    return layer;
  }

 private:
  [[noreturn]] void fail(long line, const std::string& message) const { throw InputError(m_file, line, "", message); }
  [[noreturn]] void fail_feature(std::size_t number, const std::string& message) const {
    fail(0, fmt::format("feature {}: {}", number, message));
  }

  Json parse() const {
    if (!std::filesystem::is_regular_file(m_file)) fail(0, fmt::format("no such file ({})", kExpected));
    std::ifstream in(m_file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) fail(0, fmt::format("cannot be read ({})", kExpected));
    const std::string bytes = std::move(text).str();
    try {
      return Json::parse(bytes);
    } catch (const Json::parse_error& e) {
      const auto end = bytes.begin() + static_cast<std::ptrdiff_t>(std::min(e.byte, bytes.size()));
      const long line = 1 + std::count(bytes.begin(), end, '\n');
      // nlohmann's message reads "[json.exception…] parse error at line L, column C: what"; keep the "what".
      std::string detail = e.what();
      if (const auto column = detail.find("column"); column != std::string::npos) {
        if (const auto colon = detail.find(": ", column); colon != std::string::npos) detail.erase(0, colon + 2);
      }
      fail(line, fmt::format("not valid JSON ({}; {})", detail, kExpected));
    }
  }

  /// The feature's boundary, or nothing when its geometry is not a (Multi)Polygon.
  std::optional<Boundary> read_feature(const Json& feature, std::size_t number) const {
    if (!is_string(member(feature, "type"), "Feature")) fail_feature(number, "not a GeoJSON Feature object");
    const Json* geometry = member(feature, "geometry");
    if (geometry == nullptr || geometry->is_null()) return std::nullopt;
    if (!geometry->is_object()) fail_feature(number, "its \"geometry\" is not an object");
    const Json* type = member(*geometry, "type");
    const bool polygon = is_string(type, "Polygon");
    if (!polygon && !is_string(type, "MultiPolygon")) return std::nullopt;

    Boundary boundary;
    if (const Json* properties = member(feature, "properties")) boundary.name = name_of(*properties);
    const Json* coordinates = member(*geometry, "coordinates");
    if (coordinates == nullptr || !coordinates->is_array()) {
      fail_feature(number, "its geometry has no \"coordinates\" array");
    }
    if (polygon) {
      read_polygon(*coordinates, number, boundary);
    } else {
      for (const Json& part : *coordinates) read_polygon(part, number, boundary);
    }
    if (boundary.rings.empty()) return std::nullopt;
    return boundary;
  }

  void read_polygon(const Json& polygon, std::size_t number, Boundary& boundary) const {
    if (!polygon.is_array()) fail_feature(number, "a polygon is not an array of rings");
    for (const Json& ring : polygon) {
      if (!ring.is_array()) fail_feature(number, "a ring is not an array of positions");
      std::vector<LatLon> points;
      points.reserve(ring.size());
      for (const Json& position : ring) points.push_back(read_position(position, number));
      if (points.size() >= 3) boundary.rings.push_back(std::move(points));
    }
  }

  LatLon read_position(const Json& position, std::size_t number) const {
    if (!position.is_array() || position.size() < 2 || !position[0].is_number() || !position[1].is_number()) {
      fail_feature(number, fmt::format("a position is {} (expected [longitude, latitude])", position.dump()));
    }
    const double lon = position[0].get<double>();
    const double lat = position[1].get<double>();
    if (!(std::abs(lon) <= 180 && std::abs(lat) <= 90)) {
      fail_feature(number, fmt::format("the position [{}, {}] is not a longitude and latitude in degrees (a projected "
                                       "file? expected WGS84, as GeoJSON requires)",
                                       lon, lat));
    }
    return {lat, lon};
  }

  /// "name", "Name" or "NAME", else the first string property, else "".
  static std::string name_of(const Json& properties) {
    for (const char* key : {"name", "Name", "NAME"}) {
      if (const Json* value = member(properties, key); value != nullptr && value->is_string()) {
        return value->get<std::string>();
      }
    }
    if (!properties.is_object()) return {};
    for (const auto& [key, value] : properties.items()) {
      if (value.is_string()) return value.get<std::string>();
    }
    return {};
  }

  std::filesystem::path m_file;
};

}  // namespace

BoundaryLayer load_boundaries(const std::filesystem::path& file) { return GeoJsonReader(file).read(); }

LatLon label_point(const Boundary& boundary) {
  const auto& rings = boundary.rings;
  if (rings.empty() || rings.front().empty()) return {};
  const auto& largest = *std::max_element(rings.begin(), rings.end(), [](const auto& a, const auto& b) {
    return std::abs(twice_area(a)) < std::abs(twice_area(b));
  });
  // The row: the centroid's latitude (the middle of the ring's latitudes when it has no area).
  const double area2 = twice_area(largest);
  double lat = 0, lon = largest.front().lon;
  if (std::abs(area2) > 0) {
    for (std::size_t i = 0, j = largest.size() - 1; i < largest.size(); j = i++) {
      lat += (largest[j].lat + largest[i].lat) * (largest[j].lon * largest[i].lat - largest[i].lon * largest[j].lat);
    }
    lat /= 3 * area2;
  } else {
    const auto [low, high] = std::minmax_element(largest.begin(), largest.end(),
                                                 [](const LatLon& a, const LatLon& b) { return a.lat < b.lat; });
    lat = (low->lat + high->lat) / 2;
  }
  // Where the row crosses the rings: runs between successive crossings of all rings are inside the boundary
  // (even-odd, so not in a hole); a run's middle is inside the largest ring when an odd number of that ring's
  // crossings lie west of it.
  const auto crossings_of = [lat](const std::vector<LatLon>& ring, std::vector<double>& out) {
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      const LatLon& a = ring[j];
      const LatLon& b = ring[i];
      if ((a.lat > lat) != (b.lat > lat)) out.push_back(a.lon + (lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon));
    }
  };
  std::vector<double> all, own;
  for (const auto& ring : rings) crossings_of(ring, all);
  crossings_of(largest, own);
  std::sort(all.begin(), all.end());
  double widest = -1;
  for (std::size_t i = 0; i + 1 < all.size(); i += 2) {
    const double middle = (all[i] + all[i + 1]) / 2;
    const auto west = std::count_if(own.begin(), own.end(), [&](double x) { return x < middle; });
    if (west % 2 == 1 && all[i + 1] - all[i] > widest) {
      widest = all[i + 1] - all[i];
      lon = middle;
    }
  }
  return {lat, lon};
}

}  // namespace huddle::core
