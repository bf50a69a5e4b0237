#pragma once
/// \file
/// Settings: the user's settings.toml (city, time zone, cutoff, huddle days, grid, top-k, weight overrides).

#include <array>
#include <chrono>
#include <filesystem>
#include <map>
#include <string>

#include "core/time/schedule.h"

namespace huddle::core {

/// What a deployment configures; defaults are Boston's.
struct Settings {
  std::string city_name = "Boston";            ///< Shown in headers.
  std::string time_zone = "America/New_York";  ///< IANA zone of the city.
  double center_lat = 42.3355;                 ///< City centre, origin of the metric grid.
  double center_lon = -71.0700;                ///< City centre, origin of the metric grid.
  std::chrono::minutes cutoff{6 * 60};         ///< Local time the huddle's data ends.
  std::array<bool, 7> huddle_days{false, true, true, true, true, true, false};  ///< Sunday first.
  double grid_metres = 150;                    ///< Ranking cell size.
  int top_k = 10;                              ///< Places in the top list.
  std::map<std::string, double> weight_overrides;  ///< Category id -> weight, over categories.toml.

  /// The huddle schedule these settings describe. Throws huddle::Error for an unknown zone.
  HuddleSchedule schedule() const;
};

/// Reads `path`; a missing file gives the defaults. Throws ConfigError naming file, line and key for a bad value
/// (unknown time zone, cutoff not HH:MM, unknown weekday, grid or top-k out of range, ...).
Settings load_settings(const std::filesystem::path& path);

/// "06:00" for a time of day; used in messages and when writing settings.
std::string format_time_of_day(std::chrono::minutes t);

}  // namespace huddle::core
