#pragma once
/// \file
/// The 28-day bar chart of a place's reports by stream, drawn on any cairo context (a window, a PDF page).

#include <map>
#include <string>
#include <vector>

#include <cairo.h>

namespace huddle::core {

/// Where the chart goes, in the context's user units.
struct ChartBox {
  double x = 0;           ///< Left edge.
  double y = 0;           ///< Top edge.
  double width = 0;       ///< Width, legend and labels included.
  double height = 0;      ///< Height, legend and labels included.
  double font_size = 12;  ///< Text height in user units (so the chart looks the same at any resolution).
};

/// Draws stacked daily bars of `daily` (per stream: day-slot counts, oldest first, as RankedPlace::daily) in `box`:
/// one colour per stream (311 blue, EMS vermillion), a legend, the highest day's count on the y axis and ticks from
/// "4 weeks ago" to "yesterday". Text is DejaVu Sans through pango-cairo. Paints no background; leaves the
/// context's state (path, source, transform) as it found it. `cr` stays the caller's.
void draw_daily_bars(cairo_t* cr, const ChartBox& box, const std::map<std::string, std::vector<long>>& daily);

}  // namespace huddle::core
