#include "core/draw/sparkline.h"

#include <algorithm>
#include <numbers>

#include "core/draw/colour.h"
#include "core/draw/saved_context.h"

namespace huddle::core {

void draw_sparkline(cairo_t* cr, const ChartBox& box, const std::vector<long>& daily, double usual_low,
                    double usual_high) {
  if (daily.empty() || box.width <= 0 || box.height <= 0) return;
  const SavedContext saved(cr);
  cairo_new_path(cr);
  // Strokes and the end dot scale with the text beside the sparkline, and stay inside the box.
  const double line_width = std::max(box.font_size * 0.1, 0.5);
  const double dot = line_width * 1.8;
  const double left = box.x + dot;
  const double right = box.x + box.width - dot;
  const double top = box.y + dot;
  const double bottom = box.y + box.height - dot;
  const bool band = usual_high > 0;

  double highest = band ? usual_high : 0;
  for (const long n : daily) highest = std::max(highest, static_cast<double>(n));
  const auto y_of = [&](double n) { return highest > 0 ? bottom - n / highest * (bottom - top) : bottom; };
  const auto x_of = [&](std::size_t i) {
    return daily.size() == 1 ? (left + right) / 2
                             : left + static_cast<double>(i) / static_cast<double>(daily.size() - 1) * (right - left);
  };

  if (band) {
    set_colour(cr, mix(kGridColour, kWhite, 0.4));
    const double low = y_of(std::max(usual_low, 0.0));
    const double high = y_of(usual_high);
    // A flat usual level still shows, as a thin band.
    cairo_rectangle(cr, left, high, right - left, std::max(low - high, line_width));
    cairo_fill(cr);
  }

  set_colour(cr, kTextColour);
  cairo_set_line_width(cr, line_width);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  for (std::size_t i = 0; i < daily.size(); ++i) cairo_line_to(cr, x_of(i), y_of(static_cast<double>(daily[i])));
  cairo_stroke(cr);
  cairo_arc(cr, x_of(daily.size() - 1), y_of(static_cast<double>(daily.back())), dot, 0, 2 * std::numbers::pi);
  cairo_fill(cr);
}

}  // namespace huddle::core
