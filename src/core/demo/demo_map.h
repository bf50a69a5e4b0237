#pragma once
/// \file
/// The demo city's geography: real Boston street names and intersections with approximate coordinates.

#include <array>
#include <span>
#include <string_view>

namespace huddle::core::demo {

/// How a hot place's activity develops over the demo period.
enum class Trend { persistent, surging, cooling };

/// Daily rates of one hot place per category (events a day at full activity).
struct HotPlace {
  std::string_view slug;          ///< Short stable name, used in tests.
  std::string_view intersection;  ///< "Massachusetts Ave & Melnea Cass Blvd".
  double lat, lon;                ///< Approximate location.
  Trend trend;                    ///< persistent, surging (last 2 days) or cooling (a fifth as busy over the last 7 days).
  double needles, encampment, human_waste, dumping, overdose, ems_behavioral;  ///< Events a day.
};

/// A street stretch for scattered background reports.
struct Street {
  std::string_view name;   ///< "Centre St".
  double lat, lon;         ///< A point on the stretch.
  int first, last;         ///< House numbers used there.
};

/// The hot places of the demo city.
std::span<const HotPlace> hot_places();
/// The background streets, spread over the city's neighbourhoods.
std::span<const Street> streets();

}  // namespace huddle::core::demo
