#include "core/draw/place_map.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <set>

#include <fmt/format.h>

#include "core/analysis/grid.h"
#include "core/draw/colour.h"
#include "core/draw/saved_context.h"
#include "core/draw/text_line.h"

namespace huddle::core {
namespace {

constexpr double kMetresPerDegreeLat = 6371008.8 * std::numbers::pi / 180.0;

constexpr Rgb kWater{0.93, 0.945, 0.96};    // outside the boundaries
constexpr Rgb kPlain{0.965, 0.965, 0.965};  // the background without a boundary layer
constexpr Rgb kBoundaryLine{0.62, 0.62, 0.62};
constexpr Rgb kBoundaryName{0.36, 0.36, 0.36};
constexpr Rgb kMarkerInk{0.10, 0.12, 0.18};     // marker outlines, numbers, leaders
constexpr Rgb kWatchFill{0.902, 0.624, 0.000};  // Okabe-Ito orange ("amber")

/// Sequential blues (ColorBrewer Blues): light to dark, monotonic in lightness, so the order survives grey print.
Rgb score_colour(double t) {
  constexpr Rgb kLight{0.871, 0.922, 0.969}, kMiddle{0.420, 0.682, 0.839}, kDark{0.031, 0.188, 0.420};
  return t < 0.5 ? mix(kLight, kMiddle, t * 2) : mix(kMiddle, kDark, (t - 0.5) * 2);
}

double metres_per_degree_lon(double lat) { return kMetresPerDegreeLat * std::cos(lat * std::numbers::pi / 180.0); }

/// An axis-aligned rectangle in user units.
struct Rect {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool overlaps(const Rect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
  bool contains(double x, double y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
  bool inside(const Rect& o) const { return x0 >= o.x0 && x1 <= o.x1 && y0 >= o.y0 && y1 <= o.y1; }
  double area() const { return (x1 - x0) * (y1 - y0); }
};

Rect rect_of(const ChartBox& box) { return {box.x, box.y, box.x + box.width, box.y + box.height}; }

/// Equirectangular projection about the view's centre onto the box (north up).
class Projection {
 public:
  Projection(const ChartBox& box, const MapView& view)
      : m_view(view),
        m_cx(box.x + box.width / 2),
        m_cy(box.y + box.height / 2),
        m_kx(metres_per_degree_lon(view.center_lat) / view.metres_per_unit),
        m_ky(kMetresPerDegreeLat / view.metres_per_unit) {}
  double x(double lon) const { return m_cx + (lon - m_view.center_lon) * m_kx; }
  double y(double lat) const { return m_cy - (lat - m_view.center_lat) * m_ky; }

 private:
  MapView m_view;
  double m_cx, m_cy, m_kx, m_ky;
};

/// The extent of a ring on the box.
Rect ring_extent(const Projection& p, const std::vector<LatLon>& ring) {
  Rect extent{p.x(ring[0].lon), p.y(ring[0].lat), p.x(ring[0].lon), p.y(ring[0].lat)};
  for (const LatLon& point : ring) {
    extent = {std::min(extent.x0, p.x(point.lon)), std::min(extent.y0, p.y(point.lat)),
              std::max(extent.x1, p.x(point.lon)), std::max(extent.y1, p.y(point.lat))};
  }
  return extent;
}

/// A cell's square on the box.
Rect cell_rect(const Grid& grid, const Projection& projection, Cell cell) {
  double south = 0, west = 0, north = 0, east = 0;
  grid.corner_of(cell, south, west);
  grid.corner_of({cell.x + 1, cell.y + 1}, north, east);
  return {projection.x(west), projection.y(north), projection.x(east), projection.y(south)};
}

/// Sizes that follow the text size, so the map reads the same on a page and on a screen.
struct Metrics {
  explicit Metrics(double font_size)
      : font(font_size),
        line(font_size * 0.1),
        radius(font_size * 0.85),
        marker_font(font_size * 0.78),
        small_font(font_size * 0.8),
        pad(font_size * 0.5) {}
  double font;         ///< box.font_size.
  double line;         ///< A thin line.
  double radius;       ///< A top place's circle; half the height of a watch marker.
  double marker_font;  ///< Marker labels (bold).
  double small_font;   ///< Boundary names, the scale bar's length.
  double pad;          ///< Space from the box's edge.
};

/// Where one listed place's marker goes.
struct Marker {
  const RankedPlace* place = nullptr;
  std::string label;                  ///< "1", "W1".
  bool watch = false;                 ///< Watch list: an amber rectangle; top list: a circle.
  double anchor_x = 0, anchor_y = 0;  ///< The place's centre on the box.
  double x = 0, y = 0;                ///< The marker's centre: on its cells, or beside them.
  double half_width = 0, half_height = 0;
  Rect rect() const { return rect_at(x, y); }
  Rect rect_at(double cx, double cy) const {
    return {cx - half_width, cy - half_height, cx + half_width, cy + half_height};
  }
  bool moved() const { return std::hypot(x - anchor_x, y - anchor_y) > half_height; }
};

/// The scale bar: a round length and where it sits (bottom left).
struct ScaleBar {
  std::string label;
  double x = 0, y = 0, length = 0;  ///< Left end of the bar, and its length in user units.
  Rect rect;                        ///< The bar and its label.
};

/// Everything placed on the box besides cells and boundaries; computed alike for drawing and for clicks.
struct MapLayout {
  MapLayout(const ChartBox& b, const MapView& view) : box(b), metrics(b.font_size), projection(b, view) {}
  ChartBox box;
  Metrics metrics;
  Projection projection;
  ScaleBar scale;
  Rect north;                   ///< The north arrow and its "N".
  std::vector<Marker> markers;  ///< In priority order: 1..n, then W1..Wn (drawn in reverse, so 1 is on top).
};

/// The largest round length (50 m … 50 km) at most a quarter of the box wide; 50 m when even that is wider.
ScaleBar scale_bar(const ChartBox& box, const Metrics& m, double metres_per_unit) {
  static constexpr std::array<double, 10> kLengths{50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000};
  double metres = kLengths.front();
  for (const double length : kLengths) {
    if (length / metres_per_unit <= box.width * 0.25) metres = length;
  }
  ScaleBar bar;
  bar.label = metres < 1000 ? fmt::format("{} m", metres) : fmt::format("{} km", metres / 1000);
  bar.length = metres / metres_per_unit;
  bar.x = box.x + m.pad * 1.5;
  bar.y = box.y + box.height - m.pad * 1.5;
  // The label is about 0.62 em a character; the rectangle only keeps markers and names off it.
  const double label_width = static_cast<double>(bar.label.size()) * m.small_font * 0.62;
  bar.rect = {bar.x - m.pad, bar.y - m.small_font * 1.3 - m.line * 4 - m.pad * 0.5,
              bar.x + std::max(bar.length, label_width) + m.pad, bar.y + m.pad};
  return bar;
}

/// A marker's size from its label's length (bold DejaVu: "W" about 1 em, a digit 0.7 em), so drawing and clicks
/// agree without measuring text on a context.
void size_marker(Marker& marker, const Metrics& m) {
  marker.half_height = m.radius;
  if (!marker.watch) {
    marker.half_width = m.radius;
    return;
  }
  const double text = m.marker_font * (1.03 + 0.70 * static_cast<double>(marker.label.size() - 1));
  marker.half_width = std::max(m.radius, (text + m.font * 0.5) / 2);
}

/// The listed places, top first.
std::vector<const RankedPlace*> listed(const PlaceLists& lists) {
  std::vector<const RankedPlace*> all;
  for (const auto& p : lists.top) all.push_back(&p);
  for (const auto& p : lists.watch) all.push_back(&p);
  return all;
}

/// The extent of a place's cells on the box.
Rect cells_extent(const Grid& grid, const Projection& projection, const Place& place) {
  Rect extent{projection.x(place.lon), projection.y(place.lat), projection.x(place.lon), projection.y(place.lat)};
  for (const Cell cell : place.cells) {
    const Rect r = cell_rect(grid, projection, cell);
    extent = {std::min(extent.x0, r.x0), std::min(extent.y0, r.y0), std::max(extent.x1, r.x1),
              std::max(extent.y1, r.y1)};
  }
  return extent;
}

/// Puts `marker` where it hides least: on its place's cells when they are big enough to show around it, else beside
/// them (north-east first, then the other seven directions, then further out) with a leader. A spot must lie in
/// `area` and clear the markers placed before; it should clear other places' cells too, but a marker covering a cell
/// beats a marker covering a marker. With no free spot at all, the first spot, moved inside `area`.
void place_marker(Marker& marker, const Rect& own_cells, const std::vector<Rect>& markers,
                  const std::vector<Rect>& other_cells, const Rect& area, double radius) {
  std::vector<std::pair<double, double>> spots;
  const double cells_w = own_cells.x1 - own_cells.x0, cells_h = own_cells.y1 - own_cells.y0;
  if (cells_w >= 2 * marker.half_width + radius && cells_h >= 2 * marker.half_height + radius) {
    spots.emplace_back(marker.anchor_x, marker.anchor_y);
  }
  const double reach =
      std::hypot(cells_w, cells_h) / 2 + std::max(marker.half_width, marker.half_height) + radius * 0.3;
  static constexpr std::array<std::pair<double, double>, 8> kDirections{
      {{1, -1}, {-1, -1}, {1, 1}, {-1, 1}, {1.41, 0}, {-1.41, 0}, {0, -1.41}, {0, 1.41}}};
  for (int ring = 0; ring < 3; ++ring) {
    const double distance = (reach + ring * radius * 2.3) / std::numbers::sqrt2;
    for (const auto& [dx, dy] : kDirections) {
      spots.emplace_back(marker.anchor_x + dx * distance, marker.anchor_y + dy * distance);
    }
  }
  const auto clear = [](const Rect& r, const std::vector<Rect>& taken) {
    return std::none_of(taken.begin(), taken.end(), [&](const Rect& t) { return t.overlaps(r); });
  };
  for (const bool spare_cells : {true, false}) {
    for (const auto& [x, y] : spots) {
      const Rect r = marker.rect_at(x, y);
      if (r.inside(area) && clear(r, markers) && (!spare_cells || clear(r, other_cells))) {
        marker.x = x;
        marker.y = y;
        return;
      }
    }
  }
  marker.x = std::clamp(spots.front().first, area.x0 + marker.half_width,
                        std::max(area.x0 + marker.half_width, area.x1 - marker.half_width));
  marker.y = std::clamp(spots.front().second, area.y0 + marker.half_height,
                        std::max(area.y0 + marker.half_height, area.y1 - marker.half_height));
}

MapLayout layout_map(const MapContent& content, const ChartBox& box, const MapView& view) {
  MapLayout layout(box, view);
  const Metrics& m = layout.metrics;
  layout.scale = scale_bar(box, m, view.metres_per_unit);
  const double north_width = m.small_font * 1.2;
  layout.north = {box.x + box.width - m.pad - north_width, box.y + m.pad, box.x + box.width - m.pad,
                  box.y + m.pad + m.small_font * 1.25 + m.font * 1.1};

  const Grid grid(content.center_lat, content.center_lon, content.grid_metres);
  const auto places = listed(content.places);
  std::vector<Rect> extents;
  for (const RankedPlace* place : places) extents.push_back(cells_extent(grid, layout.projection, place->place));

  // Whole markers only: none reaches past the box's frame.
  const Rect area{box.x + m.line * 2, box.y + m.line * 2, box.x + box.width - m.line * 2,
                  box.y + box.height - m.line * 2};
  std::vector<Rect> taken{layout.scale.rect, layout.north};
  for (std::size_t i = 0; i < places.size(); ++i) {
    const RankedPlace& place = *places[i];
    Marker marker;
    marker.place = &place;
    marker.watch = i >= content.places.top.size();
    marker.label = marker.watch ? fmt::format("W{}", place.rank) : std::to_string(place.rank);
    marker.anchor_x = layout.projection.x(place.place.lon);
    marker.anchor_y = layout.projection.y(place.place.lat);
    if (!rect_of(box).contains(marker.anchor_x, marker.anchor_y)) continue;  // off this view: no marker
    size_marker(marker, m);
    std::vector<Rect> other_cells = extents;
    other_cells.erase(other_cells.begin() + static_cast<std::ptrdiff_t>(i));
    place_marker(marker, extents[i], taken, other_cells, area, m.radius);
    taken.push_back(marker.rect());
    layout.markers.push_back(std::move(marker));
  }
  return layout;
}

void add_rounded_rect(cairo_t* cr, const Rect& r, double radius) {
  cairo_new_sub_path(cr);
  cairo_arc(cr, r.x1 - radius, r.y0 + radius, radius, -std::numbers::pi / 2, 0);
  cairo_arc(cr, r.x1 - radius, r.y1 - radius, radius, 0, std::numbers::pi / 2);
  cairo_arc(cr, r.x0 + radius, r.y1 - radius, radius, std::numbers::pi / 2, std::numbers::pi);
  cairo_arc(cr, r.x0 + radius, r.y0 + radius, radius, std::numbers::pi, 3 * std::numbers::pi / 2);
  cairo_close_path(cr);
}

/// Text with a white halo, readable over cells and lines.
void draw_with_halo(cairo_t* cr, TextLine& text, const std::string& s, double x, double y, Rgb ink, double halo) {
  text.path(s, x, y);
  set_colour(cr, kWhite);
  cairo_set_line_width(cr, halo);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke(cr);
  set_colour(cr, ink);
  text.draw(s, x, y);
}

void draw_boundaries(cairo_t* cr, const MapLayout& layout, const BoundaryLayer& layer) {
  const Projection& p = layout.projection;
  const Rect box = rect_of(layout.box);
  // Rings far outside the box are skipped: a city's boundary file has tens of thousands of points.
  const auto add_rings = [&](const Boundary& boundary) {
    bool any = false;
    for (const auto& ring : boundary.rings) {
      if (ring.empty() || !ring_extent(p, ring).overlaps(box)) continue;
      any = true;
      cairo_move_to(cr, p.x(ring[0].lon), p.y(ring[0].lat));
      for (const LatLon& point : ring) cairo_line_to(cr, p.x(point.lon), p.y(point.lat));
      cairo_close_path(cr);
    }
    return any;
  };
  cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
  set_colour(cr, kWhite);
  for (const Boundary& boundary : layer.boundaries) {
    cairo_new_path(cr);
    if (add_rings(boundary)) cairo_fill(cr);
  }
  cairo_new_path(cr);
  for (const Boundary& boundary : layer.boundaries) add_rings(boundary);
  set_colour(cr, kBoundaryLine);
  cairo_set_line_width(cr, layout.metrics.line * 0.8);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke(cr);
  cairo_new_path(cr);
}

/// Names at their label points, where the name fits its polygon on screen and clears markers, the scale bar, the
/// north arrow and names already written.
void draw_boundary_names(cairo_t* cr, const MapLayout& layout, const BoundaryLayer& layer) {
  const Metrics& m = layout.metrics;
  const Projection& p = layout.projection;
  TextLine text(cr, m.small_font);
  const double height = text.height();
  const Rect inner{layout.box.x + m.pad, layout.box.y + m.pad, layout.box.x + layout.box.width - m.pad,
                   layout.box.y + layout.box.height - m.pad};
  std::vector<Rect> taken{layout.scale.rect, layout.north};
  for (const Marker& marker : layout.markers) taken.push_back(marker.rect());
  for (const Boundary& boundary : layer.boundaries) {
    if (boundary.name.empty() || boundary.rings.empty()) continue;
    const LatLon label = label_point(boundary);
    const double x = p.x(label.lon);
    const double y = p.y(label.lat);
    if (!inner.contains(x, y)) continue;
    // Too small on screen: the name is wider than most of its largest ring, or the ring is not two lines high.
    Rect largest;
    for (const auto& ring : boundary.rings) {
      if (ring.empty()) continue;
      if (const Rect extent = ring_extent(p, ring); extent.area() > largest.area()) largest = extent;
    }
    const double width = text.width(boundary.name);
    if (width > (largest.x1 - largest.x0) * 0.7 || height * 2 > largest.y1 - largest.y0) continue;
    const Rect r{x - width / 2, y - height / 2, x + width / 2, y + height / 2};
    if (!r.inside(inner)) continue;
    if (std::any_of(taken.begin(), taken.end(), [&](const Rect& t) { return t.overlaps(r); })) continue;
    taken.push_back(r);
    draw_with_halo(cr, text, boundary.name, r.x0, r.y0, kBoundaryName, m.small_font * 0.3);
  }
}

/// The outline of a place's cells: the sides of its cells that no other of its cells shares.
void add_outline(cairo_t* cr, const Grid& grid, const Projection& projection, const Place& place) {
  const std::set<Cell> cells(place.cells.begin(), place.cells.end());
  const auto side = [&](double x0, double y0, double x1, double y1) {
    cairo_move_to(cr, x0, y0);
    cairo_line_to(cr, x1, y1);
  };
  for (const Cell cell : cells) {
    const Rect r = cell_rect(grid, projection, cell);
    if (!cells.contains({cell.x, cell.y + 1})) side(r.x0, r.y0, r.x1, r.y0);
    if (!cells.contains({cell.x + 1, cell.y})) side(r.x1, r.y0, r.x1, r.y1);
    if (!cells.contains({cell.x, cell.y - 1})) side(r.x1, r.y1, r.x0, r.y1);
    if (!cells.contains({cell.x - 1, cell.y})) side(r.x0, r.y1, r.x0, r.y0);
  }
}

void draw_cells(cairo_t* cr, const MapLayout& layout, const MapContent& content, const Grid& grid) {
  const auto places = listed(content.places);
  double top_score = 0;
  for (const RankedPlace* place : places) top_score = std::max(top_score, place->score);
  const double line = layout.metrics.line;
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
  // Lowest first, so a higher place's outline is never under a lower one's fill.
  for (auto it = places.rbegin(); it != places.rend(); ++it) {
    for (const Cell cell : (*it)->place.cells) {
      const Rect r = cell_rect(grid, layout.projection, cell);
      cairo_rectangle(cr, r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0);
    }
    set_colour(cr, score_colour(top_score > 0 ? (*it)->score / top_score : 1.0));
    cairo_fill(cr);
    add_outline(cr, grid, layout.projection, (*it)->place);
    set_colour(cr, score_colour(1.0));
    cairo_set_line_width(cr, line * 0.7);
    cairo_stroke(cr);
  }
  // The selected place: a dark line inside a white one, seen on the darkest and on the lightest cells.
  for (const RankedPlace* place : places) {
    if (place->place.id != content.selected_place) continue;
    add_outline(cr, grid, layout.projection, place->place);
    set_colour(cr, kWhite);
    cairo_set_line_width(cr, line * 4);
    cairo_stroke_preserve(cr);
    set_colour(cr, kMarkerInk);
    cairo_set_line_width(cr, line * 2);
    cairo_stroke(cr);
  }
}

/// Lines from moved markers to their places, drawn before the cells so that they seem to start at the cells' edge.
void draw_leaders(cairo_t* cr, const MapLayout& layout) {
  set_colour(cr, kMarkerInk);
  cairo_set_line_width(cr, layout.metrics.line);
  for (const Marker& marker : layout.markers) {
    if (!marker.moved()) continue;
    cairo_move_to(cr, marker.anchor_x, marker.anchor_y);
    cairo_line_to(cr, marker.x, marker.y);
    cairo_stroke(cr);
  }
}

void draw_markers(cairo_t* cr, const MapLayout& layout, const std::string& selected) {
  const Metrics& m = layout.metrics;
  TextLine text(cr, m.marker_font, true);
  const double text_height = text.height();
  for (auto it = layout.markers.rbegin(); it != layout.markers.rend(); ++it) {
    const Marker& marker = *it;
    const bool highlighted = marker.place->place.id == selected;
    const auto outline = [&](double grow) {
      if (marker.watch) {
        Rect r = marker.rect();
        r = {r.x0 - grow, r.y0 - grow, r.x1 + grow, r.y1 + grow};
        add_rounded_rect(cr, r, m.radius * 0.3 + grow);
      } else {
        cairo_new_sub_path(cr);
        cairo_arc(cr, marker.x, marker.y, marker.half_height + grow, 0, 2 * std::numbers::pi);
      }
    };
    if (highlighted) {
      // A thick dark ring around a white one: stands out in colour and in grey print.
      outline(m.line * 4);
      set_colour(cr, kMarkerInk);
      cairo_fill(cr);
      outline(m.line * 2);
      set_colour(cr, kWhite);
      cairo_fill(cr);
    }
    outline(0);
    set_colour(cr, marker.watch ? kWatchFill : kWhite);
    cairo_fill_preserve(cr);
    set_colour(cr, kMarkerInk);
    cairo_set_line_width(cr, m.line * 1.3);
    cairo_stroke(cr);
    text.draw(marker.label, marker.x - text.width(marker.label) / 2, marker.y - text_height / 2);
  }
}

void draw_scale_and_north(cairo_t* cr, const MapLayout& layout) {
  const Metrics& m = layout.metrics;
  const ScaleBar& bar = layout.scale;
  TextLine text(cr, m.small_font);
  const double tick = m.line * 4;
  set_colour(cr, kMarkerInk);
  cairo_set_line_width(cr, m.line * 1.2);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
  cairo_move_to(cr, bar.x, bar.y - tick);
  cairo_line_to(cr, bar.x, bar.y);
  cairo_line_to(cr, bar.x + bar.length, bar.y);
  cairo_line_to(cr, bar.x + bar.length, bar.y - tick);
  cairo_stroke(cr);
  draw_with_halo(cr, text, bar.label, bar.x, bar.y - tick - text.height(), kMarkerInk, m.small_font * 0.3);

  // North: an "N" over an arrowhead, its east half filled.
  const Rect& n = layout.north;
  const double centre = (n.x0 + n.x1) / 2;
  const double letter = text.height();
  draw_with_halo(cr, text, "N", centre - text.width("N") / 2, n.y0, kMarkerInk, m.small_font * 0.3);
  const double tip = n.y0 + letter;
  const double half = (n.x1 - n.x0) / 2 * 0.7;
  cairo_move_to(cr, centre, tip);
  cairo_line_to(cr, centre + half, n.y1);
  cairo_line_to(cr, centre, n.y1 - (n.y1 - tip) * 0.3);
  cairo_line_to(cr, centre - half, n.y1);
  cairo_close_path(cr);
  set_colour(cr, kWhite);
  cairo_fill_preserve(cr);
  set_colour(cr, kMarkerInk);
  cairo_set_line_width(cr, m.line);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
  cairo_stroke(cr);
  cairo_move_to(cr, centre, tip);
  cairo_line_to(cr, centre + half, n.y1);
  cairo_line_to(cr, centre, n.y1 - (n.y1 - tip) * 0.3);
  cairo_close_path(cr);
  cairo_fill(cr);
}

}  // namespace

MapView fit_view(const MapContent& content, const ChartBox& box) {
  const Metrics m(box.font_size);
  // Room for markers at the edge, the scale bar and the north arrow; never more than a third of a small box.
  const double margin_x = std::min(m.font * 2.4, box.width / 3);
  const double margin_y = std::min(m.font * 2.4, box.height / 3);
  const double usable_w = std::max(box.width - 2 * margin_x, 1.0);
  const double usable_h = std::max(box.height - 2 * margin_y, 1.0);

  const auto places = listed(content.places);
  if (places.empty()) {
    // A city-centre view: about 8 km across the box's shorter side.
    return {content.center_lat, content.center_lon, 8000 / std::min(usable_w, usable_h)};
  }
  const Grid grid(content.center_lat, content.center_lon, content.grid_metres);
  double south = 90, north = -90, west = 180, east = -180;
  const auto include = [&](double lat, double lon) {
    south = std::min(south, lat);
    north = std::max(north, lat);
    west = std::min(west, lon);
    east = std::max(east, lon);
  };
  for (const RankedPlace* place : places) {
    include(place->place.lat, place->place.lon);
    for (const Cell cell : place->place.cells) {
      double lat = 0, lon = 0;
      grid.corner_of(cell, lat, lon);
      include(lat, lon);
      grid.corner_of({cell.x + 1, cell.y + 1}, lat, lon);
      include(lat, lon);
    }
  }
  MapView view;
  view.center_lat = (south + north) / 2;
  view.center_lon = (west + east) / 2;
  const double across = (east - west) * metres_per_degree_lon(view.center_lat);
  const double down = (north - south) * kMetresPerDegreeLat;
  // At least eight cells across the shorter side: one small place is not blown up to fill a page.
  const double least = content.grid_metres * 8 / std::min(usable_w, usable_h);
  view.metres_per_unit = std::max({across / usable_w, down / usable_h, least});
  return view;
}

void draw_place_map(cairo_t* cr, const ChartBox& box, const MapContent& content, const MapView& view) {
  if (box.width <= 0 || box.height <= 0 || !(view.metres_per_unit > 0)) return;
  const SavedContext saved(cr);
  cairo_new_path(cr);
  cairo_rectangle(cr, box.x, box.y, box.width, box.height);
  cairo_clip(cr);
  set_colour(cr, content.boundaries ? kWater : kPlain);
  cairo_paint(cr);

  const MapLayout layout = layout_map(content, box, view);
  if (content.boundaries) draw_boundaries(cr, layout, *content.boundaries);
  draw_leaders(cr, layout);
  draw_cells(cr, layout, content, Grid(content.center_lat, content.center_lon, content.grid_metres));
  if (content.boundaries) draw_boundary_names(cr, layout, *content.boundaries);
  draw_scale_and_north(cr, layout);
  draw_markers(cr, layout, content.selected_place);

  // A hairline frame, inside the box so it is not clipped.
  cairo_rectangle(cr, box.x + layout.metrics.line / 2, box.y + layout.metrics.line / 2, box.width - layout.metrics.line,
                  box.height - layout.metrics.line);
  set_colour(cr, kBoundaryLine);
  cairo_set_line_width(cr, layout.metrics.line);
  cairo_stroke(cr);
}

std::optional<std::string> place_at(const MapContent& content, const ChartBox& box, const MapView& view, double x,
                                    double y) {
  if (!rect_of(box).contains(x, y) || !(view.metres_per_unit > 0)) return std::nullopt;
  const MapLayout layout = layout_map(content, box, view);
  // Markers first, in the order they lie on top (1 above 2, top list above watch list).
  for (const Marker& marker : layout.markers) {
    const bool hit =
        marker.watch ? marker.rect().contains(x, y) : std::hypot(x - marker.x, y - marker.y) <= marker.half_height;
    if (hit) return marker.place->place.id;
  }
  const Grid grid(content.center_lat, content.center_lon, content.grid_metres);
  for (const RankedPlace* place : listed(content.places)) {
    for (const Cell cell : place->place.cells) {
      if (cell_rect(grid, layout.projection, cell).contains(x, y)) return place->place.id;
    }
  }
  return std::nullopt;
}

}  // namespace huddle::core
