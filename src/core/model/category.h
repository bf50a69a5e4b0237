#pragma once
/// \file
/// Category: a CRT bucket with a weight.

#include <string>

namespace huddle::core {

/// A CRT bucket (overdose, encampment, needles, ...) with its ranking weight and display colour.
struct Category {
  std::string id;      ///< Stable id stored in `event.category`, e.g. "needles".
  std::string label;   ///< Human label, e.g. "Needle pickup".
  double weight = 1;   ///< Severity weight used by the ranking (0 = not ranked).
  std::string colour;  ///< "#rrggbb" for maps and charts.
};

}  // namespace huddle::core
