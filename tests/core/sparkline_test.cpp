// The sparkline drawn on a plain cairo image: the line is higher on busier days, the usual band shows behind it,
// and the context is left as found.

#include <vector>

#include <cairo.h>

#include <doctest/doctest.h>

#include "core/draw/sparkline.h"

using namespace huddle::core;

namespace {

constexpr int kWidth = 300, kHeight = 60;

/// A white image with `daily` drawn over all of it.
class Drawing {
 public:
  Drawing(const std::vector<long>& daily, double usual_low, double usual_high)
      : m_surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, kWidth, kHeight)) {
    cairo_t* cr = cairo_create(m_surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0, 1, 0);
    cairo_set_line_width(cr, 7);
    cairo_move_to(cr, 3, 4);
    draw_sparkline(cr, ChartBox{0, 0, kWidth, kHeight, 15}, daily, usual_low, usual_high);
    double r = 0, g = 0, b = 0, a = 0;
    cairo_pattern_get_rgba(cairo_get_source(cr), &r, &g, &b, &a);
    CHECK(g == 1.0);  // the caller's source, line width and current point survive
    CHECK(cairo_get_line_width(cr) == 7.0);
    double x = 0, y = 0;
    cairo_get_current_point(cr, &x, &y);
    CHECK(x == 3.0);
    CHECK(y == 4.0);
    CHECK(cairo_status(cr) == CAIRO_STATUS_SUCCESS);
    cairo_destroy(cr);
    cairo_surface_flush(m_surface);
  }
  ~Drawing() { cairo_surface_destroy(m_surface); }
  Drawing(const Drawing&) = delete;
  Drawing& operator=(const Drawing&) = delete;

  /// Red, green and blue (0..255) at a pixel.
  void rgb(int x, int y, int& r, int& g, int& b) const {
    const unsigned char* p =
        cairo_image_surface_get_data(m_surface) + y * cairo_image_surface_get_stride(m_surface) + x * 4;
    b = p[0];
    g = p[1];
    r = p[2];
  }
  /// The highest row of column x with a line pixel (darker than the band), or kHeight when none.
  int top_of_line(int x) const {
    for (int y = 0; y < kHeight; ++y) {
      int r = 0, g = 0, b = 0;
      rgb(x, y, r, g, b);
      if (r < 180 && g < 180 && b < 180) return y;
    }
    return kHeight;
  }
  /// Pixels that are neither white nor dark: the usual band.
  long band_pixels() const {
    long n = 0;
    for (int y = 0; y < kHeight; ++y) {
      for (int x = 0; x < kWidth; ++x) {
        int r = 0, g = 0, b = 0;
        rgb(x, y, r, g, b);
        if (r > 200 && r < 250 && r == g && g == b) ++n;
      }
    }
    return n;
  }

 private:
  cairo_surface_t* m_surface;
};

/// The x of slot `i` of 28 on the 300-wide box (within a pixel: the line is inset by its end dot).
int slot_x(int i) { return 3 + i * (kWidth - 6) / 27; }

}  // namespace

TEST_CASE("sparkline: the line is higher on busier days and the usual band shows behind it") {
  std::vector<long> daily(28, 2);
  daily[9] = 10;
  daily[27] = 6;
  const Drawing plain(daily, 0, 0);
  const int quiet = plain.top_of_line(slot_x(4));
  const int busy = plain.top_of_line(slot_x(9));
  const int last = plain.top_of_line(slot_x(27) - 2);
  CHECK(busy < kHeight);
  CHECK(quiet < kHeight);
  CHECK(busy < last);   // 10 above 6
  CHECK(last < quiet);  // 6 above 2
  CHECK(busy <= 3);     // the busiest day reaches the top of the box
  CHECK(quiet - busy > kHeight / 2);

  const Drawing banded(daily, 1, 3);
  CHECK(banded.band_pixels() > plain.band_pixels() + 2000);  // a band 2/10 of the height, across the box
  CHECK(banded.top_of_line(slot_x(9)) == busy);              // the band fits under the busiest day: same scale
}

TEST_CASE("sparkline: a usual level above every day sets the scale, an empty series draws nothing") {
  const std::vector<long> daily(28, 1);
  const Drawing low(daily, 0, 0);
  const Drawing under_band(daily, 2, 4);
  CHECK(under_band.top_of_line(slot_x(14)) > low.top_of_line(slot_x(14)) + kHeight / 3);
  const Drawing empty({}, 1, 2);
  CHECK(empty.top_of_line(kWidth / 2) == kHeight);
  CHECK(empty.band_pixels() == 0);
}
