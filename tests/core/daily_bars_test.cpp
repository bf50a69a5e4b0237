// The 28-day bar chart drawn on a plain cairo image: bars grow with the counts, and the context is left as found.

#include <cairo.h>

#include <doctest/doctest.h>

#include "core/draw/daily_bars.h"

using namespace huddle::core;

namespace {

/// Pixels of the 311 colour (Okabe-Ito blue, 0 114 178) after drawing `daily` on a 420 × 200 white image.
long blue_pixels(const std::map<std::string, std::vector<long>>& daily) {
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 420, 200);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_translate(cr, 10, 5);
  cairo_matrix_t before, after;
  cairo_get_matrix(cr, &before);
  draw_daily_bars(cr, ChartBox{0, 0, 400, 190, 11}, daily);
  cairo_get_matrix(cr, &after);
  CHECK(after.x0 == before.x0);
  CHECK(after.y0 == before.y0);
  CHECK(cairo_status(cr) == CAIRO_STATUS_SUCCESS);
  cairo_surface_flush(surface);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  long n = 0;
  for (int y = 0; y < 200; ++y) {
    for (int x = 0; x < 420; ++x) {
      const unsigned char* p = data + y * stride + x * 4;  // B G R X
      if (p[2] < 10 && p[1] > 100 && p[1] < 130 && p[0] > 165 && p[0] < 190) ++n;
    }
  }
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  return n;
}

}  // namespace

TEST_CASE("daily bars: more reports draw more of the stream's colour, nothing to show draws only the legend") {
  const std::vector<long> none(28, 0);
  std::vector<long> some(28, 0), more(28, 0);
  some[27] = 2;
  more[27] = 2;
  more[10] = 2;
  more[20] = 2;
  const long legend_only = blue_pixels({{"311", none}, {"ems", none}});
  const long one_day = blue_pixels({{"311", some}, {"ems", none}});
  const long three_days = blue_pixels({{"311", more}, {"ems", none}});
  CHECK(legend_only < one_day);
  CHECK(one_day < three_days);
  CHECK(three_days - legend_only == doctest::Approx(3.0 * static_cast<double>(one_day - legend_only)).epsilon(0.2));
  blue_pixels({});  // no stream at all: draws without failing
}
