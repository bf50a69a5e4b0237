#pragma once
/// \file
/// The map of a huddle's places, drawn on any cairo context (a PDF page, the Places page, presenter mode): an
/// optional boundary layer, cells shaded by score, numbered top places, watch-list markers and a scale bar.

#include <optional>
#include <string>
#include <vector>

#include <cairo.h>

#include "core/analysis/ranking.h"
#include "core/draw/boundary.h"
#include "core/draw/daily_bars.h"

namespace huddle::core {

/// What the map shows.
struct MapContent {
  PlaceLists places;                      ///< Top list (numbered 1..n, cells shaded by score) and watch list (W1..).
  double center_lat = 0, center_lon = 0;  ///< The grid's origin.
  double grid_metres = 150;               ///< The grid's cell edge.
  const BoundaryLayer* boundaries = nullptr;  ///< Drawn under the cells when set; not owned.
  std::string selected_place;             ///< Place id drawn highlighted, or empty.
};

/// The part of the world a map box shows: a centre and a scale.
struct MapView {
  double center_lat = 0;          ///< Latitude at the box's centre.
  double center_lon = 0;          ///< Longitude at the box's centre.
  double metres_per_unit = 10;    ///< Ground metres per user unit of the context.
};

/// The view that fits every listed place's cells into `box` with a margin, zoomed in no further than eight cells
/// across the box (a city-centre view about 8 km across when there is no place).
MapView fit_view(const MapContent& content, const ChartBox& box);

/// Draws `content` in `box` as seen through `view`, clipped to the box: a light background, the boundaries (thin
/// grey, names where they fit), each listed place's cells shaded from light to dark by score, a numbered marker per
/// top place, a "W1".. marker per watch place (on the place's cells when they are big enough to show around it,
/// else beside them with a leader line; always whole inside the box), a scale bar with round metres, a north arrow
/// and a hairline frame. Text is DejaVu Sans through pango-cairo at box.font_size. Leaves the context's state (and
/// path) as it found it.
void draw_place_map(cairo_t* cr, const ChartBox& box, const MapContent& content, const MapView& view);

/// The listed place whose marker or cells are under (x, y) of a box drawn with `view`, or std::nullopt (the
/// map panel's click).
std::optional<std::string> place_at(const MapContent& content, const ChartBox& box, const MapView& view, double x,
                                    double y);

}  // namespace huddle::core
