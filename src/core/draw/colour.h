#pragma once
/// \file
/// The colours the charts and the map share, and setting one as a cairo source.

#include <cairo.h>

namespace huddle::core {

/// An opaque colour, components 0..1.
struct Rgb {
  double r = 0;  ///< Red.
  double g = 0;  ///< Green.
  double b = 0;  ///< Blue.
};

inline constexpr Rgb kTextColour{0.20, 0.20, 0.20};  ///< Labels and values.
inline constexpr Rgb kGridColour{0.82, 0.82, 0.82};  ///< Grid lines, usual-range bands.
inline constexpr Rgb kAxisColour{0.45, 0.45, 0.45};  ///< Axes and ticks.
inline constexpr Rgb kWhite{1.0, 1.0, 1.0};          ///< Halos and backgrounds.

/// Sets `c` as the source of `cr`.
inline void set_colour(cairo_t* cr, Rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

/// The colour a fraction `t` (0..1, clamped) of the way from `a` to `b`.
inline Rgb mix(Rgb a, Rgb b, double t) {
  t = t < 0 ? 0 : (t > 1 ? 1 : t);
  return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

}  // namespace huddle::core
