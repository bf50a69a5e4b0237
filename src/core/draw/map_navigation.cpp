#include "core/draw/map_navigation.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace huddle::core {
namespace {

// The same equirectangular projection as draw_place_map: metres per degree on the view's centre latitude.
constexpr double kMetresPerDegreeLat = 6371008.8 * std::numbers::pi / 180.0;

double metres_per_degree_lon(double lat) { return kMetresPerDegreeLat * std::cos(lat * std::numbers::pi / 180.0); }

}  // namespace

MapView pan_view(const MapView& view, double dx, double dy) {
  MapView out = view;
  out.center_lon -= dx * view.metres_per_unit / metres_per_degree_lon(view.center_lat);
  out.center_lat += dy * view.metres_per_unit / kMetresPerDegreeLat;
  return out;
}

MapView zoom_view(const MapView& view, const ChartBox& box, double factor, double x, double y) {
  if (!(factor > 0)) return view;
  const double cx = box.x + box.width / 2;
  const double cy = box.y + box.height / 2;
  // The ground under (x, y) before...
  const double lon = view.center_lon + (x - cx) * view.metres_per_unit / metres_per_degree_lon(view.center_lat);
  const double lat = view.center_lat - (y - cy) * view.metres_per_unit / kMetresPerDegreeLat;
  // ... is under it after.
  MapView out;
  out.metres_per_unit = std::clamp(view.metres_per_unit / factor, kMinMetresPerUnit, kMaxMetresPerUnit);
  out.center_lat = lat + (y - cy) * out.metres_per_unit / kMetresPerDegreeLat;
  out.center_lon = lon - (x - cx) * out.metres_per_unit / metres_per_degree_lon(out.center_lat);
  return out;
}

}  // namespace huddle::core
