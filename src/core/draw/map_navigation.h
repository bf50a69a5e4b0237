#pragma once
/// \file
/// Moving a map's view as a person does on screen: dragging it and zooming about the pointer (the Places page's
/// map, presenter mode).

#include "core/draw/daily_bars.h"
#include "core/draw/place_map.h"

namespace huddle::core {

/// The closest zoom: ground metres per user unit (a 150 m cell some 600 units across).
inline constexpr double kMinMetresPerUnit = 0.25;
/// The farthest zoom (a whole region in a window).
inline constexpr double kMaxMetresPerUnit = 500;

/// `view` after the map was dragged by (dx, dy) user units: the ground under the pointer moves with it, so the
/// centre moves the other way.
MapView pan_view(const MapView& view, double dx, double dy);

/// `view` zoomed in by `factor` (below 1 zooms out) about the point (x, y) of `box`, which stays over the same
/// ground; the scale stays within kMinMetresPerUnit..kMaxMetresPerUnit.
MapView zoom_view(const MapView& view, const ChartBox& box, double factor, double x, double y);

}  // namespace huddle::core
