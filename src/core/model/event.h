#pragma once
/// \file
/// Event: one normalised record from an extract.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/time_types.h"

namespace huddle::core {

/// The stream values stored in `event.stream` (analysts' scripts query them; keep them stable).
inline constexpr std::string_view kStream311 = "311";
inline constexpr std::string_view kStreamEms = "ems";

/// How trustworthy an event's point is. Events with placeholder, missing or out_of_area have no point.
enum class GeoQuality { exact, intersection, placeholder, missing, out_of_area, low_precision, swapped_fixed };

/// Stable text for a GeoQuality, as stored in `event.geo_quality`.
std::string_view to_string(GeoQuality quality);
/// Parses stored text; throws huddle::Error on an unknown value.
GeoQuality parse_geo_quality(std::string_view text);

/// One normalised record: stream, source id, time (UTC), category, raw type, address, point, geo quality.
struct Event {
  std::int64_t id = 0;                 ///< Database id; 0 until stored.
  std::string stream;                  ///< "311", "ems", ...
  std::string source_id;               ///< The feed's own id, unique per stream.
  UtcTime occurred_utc{};              ///< When it was reported / dispatched.
  std::string category;                ///< CRT category id (see categories.toml).
  std::string raw_type;                ///< The feed's own type text.
  std::string address;                 ///< Normalised address or intersection text.
  std::optional<double> lat;           ///< WGS84 latitude, absent when unlocated.
  std::optional<double> lon;           ///< WGS84 longitude, absent when unlocated.
  GeoQuality geo_quality = GeoQuality::missing;  ///< Quality of the point.
  std::optional<std::int64_t> linked_to;         ///< The event this one repeats, if any.
  std::optional<std::int64_t> extract_id;        ///< The extract it came from.

  /// True when the event has a usable point.
  bool located() const { return lat.has_value() && lon.has_value(); }
};

}  // namespace huddle::core
