#pragma once
/// \file
/// TimeParser: reads the time texts of extracts with a profile's patterns, fast (no locale, no regex).

#include <chrono>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/time_types.h"

namespace date {
class time_zone;
}

namespace huddle::core {

/// A time as written: a wall time and, when the text had one, its UTC offset.
struct WrittenTime {
  std::chrono::local_seconds wall{};            ///< The time as shown (fractions dropped).
  std::optional<std::chrono::minutes> offset;   ///< UTC offset written after it (Z = 0).
};

/// Why `pattern` is not a usable time pattern, or std::nullopt when it is.
std::optional<std::string> check_time_pattern(const std::string& pattern);

/// Parses texts with strftime-like patterns (%Y %m %d %H %M %S %I %p and literals) tried in order. After the
/// pattern it accepts fractional seconds and a UTC offset (Z, +00, +0000, -05:00); hour 24 means 00 of the next day;
/// surrounding spaces are ignored and a space in a pattern matches any run of spaces.
class TimeParser {
 public:
  /// `patterns` must pass check_time_pattern.
  explicit TimeParser(std::vector<std::string> patterns);
  /// The time written in `text`, or std::nullopt when no pattern matches.
  std::optional<WrittenTime> parse(std::string_view text) const;

 private:
  std::vector<std::string> m_patterns;
};

/// Converts wall times of one zone to UTC, caching the offset of the last hour seen (extracts are mostly sorted).
class ZoneConverter {
 public:
  /// `zone` is an IANA name; throws huddle::Error when unknown.
  explicit ZoneConverter(const std::string& zone);
  /// The instant of wall time `t` in the zone (a repeated hour takes the first, a skipped one the instant after).
  UtcTime to_utc(std::chrono::local_seconds t);
  /// The instant of `written`: its own offset when it has one, else the zone's.
  UtcTime to_utc(const WrittenTime& written);

 private:
  const date::time_zone* m_zone;
  long m_cached_hour = std::numeric_limits<long>::min();
  std::chrono::seconds m_cached_offset{0};
};

}  // namespace huddle::core
