// The map of a huddle's places drawn on plain cairo images (and a PDF): shading by score, whole markers, clicks,
// the fitted view, boundaries under the cells, and the context left as found.

#include <array>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include <cairo-pdf.h>
#include <cairo.h>

#include <doctest/doctest.h>

#include "core/analysis/grid.h"
#include "core/draw/place_map.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

constexpr double kLat = 42.333, kLon = -71.073;  // grid origin, in Roxbury
constexpr double kGrid = 150;
constexpr int kWidth = 520, kHeight = 420;
const ChartBox kBox{10, 10, 500, 400, 12};

/// A listed place over `cells`, centred on their middle.
RankedPlace listed_place(int rank, double score, std::vector<Cell> cells) {
  const Grid grid(kLat, kLon, kGrid);
  RankedPlace p;
  p.rank = rank;
  p.score = score;
  p.place.id = Grid::cell_id(cells.front());
  p.place.name = "place " + p.place.id;
  for (const Cell cell : cells) {
    double lat = 0, lon = 0;
    grid.centre_of(cell, lat, lon);
    p.place.lat += lat / static_cast<double>(cells.size());
    p.place.lon += lon / static_cast<double>(cells.size());
  }
  p.place.cells = std::move(cells);
  return p;
}

/// Ten top places and five watch places (three cells in a row each, scores falling), spread over 3.5 km × 1.4 km;
/// the cells around {0, 9} are empty.
MapContent sample_content() {
  MapContent content;
  content.center_lat = kLat;
  content.center_lon = kLon;
  content.grid_metres = kGrid;
  for (int i = 0; i < 10; ++i) {
    const int x = -10 + (i % 5) * 5, y = i < 5 ? 4 : -4;
    content.places.top.push_back(listed_place(i + 1, 100.0 - i * 9, {{x, y}, {x + 1, y}, {x + 2, y}}));
  }
  for (int i = 0; i < 5; ++i) {
    content.places.watch.push_back(listed_place(i + 1, 12.0 - i, {{-10 + i * 5, 0}, {-9 + i * 5, 0}, {-8 + i * 5, 0}}));
  }
  return content;
}

/// Where (lat, lon) falls on the box through `view`: the same equirectangular projection, written out again.
void to_box(const MapView& view, double lat, double lon, double& x, double& y) {
  constexpr double kPerDegree = 6371008.8 * std::numbers::pi / 180.0;
  x = kBox.x + kBox.width / 2 +
      (lon - view.center_lon) * kPerDegree * std::cos(view.center_lat * std::numbers::pi / 180) / view.metres_per_unit;
  y = kBox.y + kBox.height / 2 - (lat - view.center_lat) * kPerDegree / view.metres_per_unit;
}

/// A white image with the map drawn in kBox.
class MapImage {
 public:
  MapImage(const MapContent& content, const MapView& view)
      : m_surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, kWidth, kHeight)) {
    cairo_t* cr = cairo_create(m_surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    draw_place_map(cr, kBox, content, view);
    CHECK(cairo_status(cr) == CAIRO_STATUS_SUCCESS);
    cairo_destroy(cr);
    cairo_surface_flush(m_surface);
  }
  ~MapImage() { cairo_surface_destroy(m_surface); }
  MapImage(const MapImage&) = delete;
  MapImage& operator=(const MapImage&) = delete;

  /// Red, green and blue (0..255) at a pixel.
  std::array<int, 3> rgb(double x, double y) const {
    const unsigned char* p = cairo_image_surface_get_data(m_surface) +
                             static_cast<int>(y) * cairo_image_surface_get_stride(m_surface) + static_cast<int>(x) * 4;
    return {p[2], p[1], p[0]};
  }
  /// Grey level of a pixel as print would show it (Rec. 601 luma).
  double luma(double x, double y) const {
    const auto c = rgb(x, y);
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
  }
  /// Near-black pixels (marker outlines and numbers, the scale bar, the north arrow).
  long ink_pixels() const {
    long n = 0;
    for (int y = 0; y < kHeight; ++y) {
      for (int x = 0; x < kWidth; ++x) {
        const auto c = rgb(x, y);
        if (c[0] < 60 && c[1] < 60 && c[2] < 80) ++n;
      }
    }
    return n;
  }

 private:
  cairo_surface_t* m_surface;
};

}  // namespace

TEST_CASE("place map: the fitted view shows every cell and a click on each place's centre finds it") {
  const MapContent content = sample_content();
  const MapView view = fit_view(content, kBox);
  const Grid grid(kLat, kLon, kGrid);
  for (const auto* list : {&content.places.top, &content.places.watch}) {
    for (const RankedPlace& p : *list) {
      CAPTURE(p.place.id);
      for (const Cell cell : p.place.cells) {
        double lat = 0, lon = 0, x = 0, y = 0;
        grid.corner_of(cell, lat, lon);
        to_box(view, lat, lon, x, y);
        CHECK(x > kBox.x + kBox.font_size);
        CHECK(y < kBox.y + kBox.height - kBox.font_size);
        grid.corner_of({cell.x + 1, cell.y + 1}, lat, lon);
        to_box(view, lat, lon, x, y);
        CHECK(x < kBox.x + kBox.width - kBox.font_size);
        CHECK(y > kBox.y + kBox.font_size);
      }
      double x = 0, y = 0;
      to_box(view, p.place.lat, p.place.lon, x, y);
      CHECK(place_at(content, kBox, view, x, y) == p.place.id);
    }
  }
  // The fitted view is tight: the places span most of the box's width.
  double left = 0, right = 0, y = 0;
  to_box(view, kLat, content.places.top[0].place.lon, left, y);
  to_box(view, kLat, content.places.top[4].place.lon, right, y);
  CHECK(right - left > kBox.width * 0.6);

  // Empty ground, and a point outside the box.
  double lat = 0, lon = 0, x = 0;
  grid.centre_of({0, 9}, lat, lon);
  to_box(view, lat, lon, x, y);
  CHECK(place_at(content, kBox, view, x, y) == std::nullopt);
  CHECK(place_at(content, kBox, view, kBox.x - 1, kBox.y + 5) == std::nullopt);

  // No place at all: a view of the city centre, and nothing to click.
  const MapView empty = fit_view(MapContent{{}, kLat, kLon, kGrid, nullptr, ""}, kBox);
  CHECK(empty.center_lat == kLat);
  CHECK(empty.metres_per_unit * kBox.width > 5000);
}

TEST_CASE("place map: clicking a place's marker finds it even where its cells are elsewhere") {
  MapContent content = sample_content();
  // A place whose centre sits off its cells (an arch of cells around {-9, 5}), so only the marker is under the click.
  content.places.top.front() = listed_place(1, 100, {{-10, 4}, {-10, 5}, {-10, 6}, {-9, 6}, {-8, 6}, {-8, 5}, {-8, 4}});
  const MapView view = fit_view(content, kBox);
  const auto& p = content.places.top.front();
  double x = 0, y = 0;
  to_box(view, p.place.lat, p.place.lon, x, y);
  CHECK(place_at(content, kBox, view, x + kBox.font_size * 0.6, y) == p.place.id);
}

TEST_CASE("place map: the top place is shaded darker than the last place of the list") {
  const MapContent content = sample_content();
  const MapView close_up{kLat, kLon, 8};  // cells of about 19 units
  const MapImage image(content, close_up);
  const Grid grid(kLat, kLon, kGrid);
  const auto far_cell_luma = [&](const RankedPlace& p) {
    double lat = 0, lon = 0, x = 0, y = 0;
    grid.centre_of(p.place.cells.back(), lat, lon);  // the end of the row, away from the marker
    to_box(close_up, lat, lon, x, y);
    CAPTURE(x);
    CAPTURE(y);
    REQUIRE(x > kBox.x);
    REQUIRE(x < kBox.x + kBox.width);
    return image.luma(x + 3, y);
  };
  const double first = far_cell_luma(content.places.top.front());
  const double last = far_cell_luma(content.places.top.back());
  const double watch = far_cell_luma(content.places.watch.back());
  CHECK(first < last - 60);
  CHECK(last < watch);  // lower scores, lighter cells
  CHECK(watch < 250);   // still shaded, not the white of the land
}

TEST_CASE("place map: a marker on the box's edge is drawn whole, not clipped") {
  MapContent content;
  content.center_lat = kLat;
  content.center_lon = kLon;
  content.places.top.push_back(listed_place(1, 10, {{0, 0}}));
  MapContent nothing = content;
  nothing.places.top.clear();
  const RankedPlace& p = content.places.top.front();
  const MapView centred{p.place.lat, p.place.lon, 10};
  // The place's centre one unit inside the box's right edge, halfway down.
  const double metres_per_degree_lon =
      6371008.8 * std::numbers::pi / 180.0 * std::cos(p.place.lat * std::numbers::pi / 180);
  const MapView edge{p.place.lat, p.place.lon - (kBox.width / 2 - 1) * 10 / metres_per_degree_lon, 10};
  const long base = MapImage(nothing, centred).ink_pixels();
  const long whole = MapImage(content, centred).ink_pixels() - base;
  const long at_edge = MapImage(content, edge).ink_pixels() - base;
  CHECK(whole > 40);
  CHECK(at_edge * 10 > whole * 9);
  // The marker moved inside: its whole disc answers a click, off the place's cell.
  double x = 0, y = 0;
  to_box(edge, p.place.lat, p.place.lon, x, y);
  long marker_area = 0;
  for (double dy = -60; dy <= 60; dy += 1) {
    for (double dx = -60; dx <= 0; dx += 1) {
      const bool on_cell = std::abs(dx) < 9 && std::abs(dy) < 9;  // the 15-unit cell, and a little more
      if (!on_cell && place_at(content, kBox, edge, x + dx, y + dy) == p.place.id) ++marker_area;
    }
  }
  const double radius = kBox.font_size * 0.85;
  CHECK(static_cast<double>(marker_area) > std::numbers::pi * radius * radius * 0.8);
}

TEST_CASE("place map: the selected place stands out with thicker outlines and a ring") {
  MapContent content = sample_content();
  const MapView view = fit_view(content, kBox);
  const long plain = MapImage(content, view).ink_pixels();
  content.selected_place = content.places.top[6].place.id;
  const long selected = MapImage(content, view).ink_pixels();
  CHECK(selected > plain + 60);
  content.selected_place = content.places.watch[2].place.id;
  CHECK(MapImage(content, view).ink_pixels() > plain + 60);
}

TEST_CASE("place map: boundaries under the cells, land white, water tinted, and the context left as found") {
  const auto file = std::filesystem::path(HUDDLE_SHARED_DATA) / "boundaries" / "Boston_Neighborhoods.geojson";
  REQUIRE_MESSAGE(std::filesystem::is_regular_file(file), "missing real boundary file " << file.string());
  const BoundaryLayer layer = load_boundaries(file);
  MapContent content = sample_content();
  content.boundaries = &layer;
  const MapView wide{kLat, kLon, 20};
  const MapImage image(content, wide);
  double x = 0, y = 0;
  to_box(wide, 42.318, -71.060, x, y);  // Dorchester, near Upham's Corner: land, no place
  CHECK(image.luma(x, y) > 252);
  to_box(wide, 42.33, -71.02, x, y);  // the harbour off Castle Island
  const auto water = image.rgb(x, y);
  CHECK(water[2] > water[0]);  // a blue-grey tint
  CHECK(water[0] < 245);

  // State: transform, source, line width, fill rule, clip and current point as the caller left them.
  test::TempDir dir;
  const auto pdf = dir.path() / "map.pdf";
  cairo_surface_t* surface = cairo_pdf_surface_create(pdf.c_str(), 595, 842);
  cairo_t* cr = cairo_create(surface);
  cairo_translate(cr, 20, 30);
  cairo_set_source_rgb(cr, 0, 1, 0);
  cairo_set_line_width(cr, 5);
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
  cairo_move_to(cr, 1, 2);
  double clip_before[4], clip_after[4];
  cairo_clip_extents(cr, &clip_before[0], &clip_before[1], &clip_before[2], &clip_before[3]);
  draw_place_map(cr, ChartBox{0, 0, 500, 400, 9}, content, fit_view(content, ChartBox{0, 0, 500, 400, 9}));
  cairo_clip_extents(cr, &clip_after[0], &clip_after[1], &clip_after[2], &clip_after[3]);
  cairo_matrix_t matrix;
  cairo_get_matrix(cr, &matrix);
  CHECK(matrix.x0 == 20);
  CHECK(matrix.y0 == 30);
  double r = 0, g = 0, b = 0, a = 0;
  cairo_pattern_get_rgba(cairo_get_source(cr), &r, &g, &b, &a);
  CHECK(g == 1.0);
  CHECK(cairo_get_line_width(cr) == 5.0);
  CHECK(cairo_get_fill_rule(cr) == CAIRO_FILL_RULE_WINDING);
  for (int i = 0; i < 4; ++i) CHECK(clip_after[i] == clip_before[i]);
  double px = 0, py = 0;
  cairo_get_current_point(cr, &px, &py);
  CHECK(px == 1.0);
  CHECK(py == 2.0);
  CHECK(cairo_status(cr) == CAIRO_STATUS_SUCCESS);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  CHECK(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(surface);
  CHECK(std::filesystem::file_size(pdf) > 10000);  // the boundaries' paths are in it
}
