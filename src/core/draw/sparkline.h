#pragma once
/// \file
/// A sparkline of daily counts, drawn on any cairo context (the packet's citywide summary, the Today page's cards).

#include <vector>

#include <cairo.h>

#include "core/draw/daily_bars.h"

namespace huddle::core {

/// Draws `daily` (counts, oldest first) as a thin line filling `box`, the last day marked with a dot, and the band
/// between `usual_low` and `usual_high` (per day) shaded behind it when high > 0. No text. Leaves the context's
/// state as it found it.
void draw_sparkline(cairo_t* cr, const ChartBox& box, const std::vector<long>& daily, double usual_low = 0,
                    double usual_high = 0);

}  // namespace huddle::core
