#pragma once
/// \file
/// Profile: how to read one extract format (docs/profiles.md describes every key).

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace huddle::core {

/// A raw-type -> category rule: the first rule whose column value matches gives the category.
struct CategoryRule {
  std::string category;               ///< Category id given on a match.
  std::string column;                 ///< Header name looked at.
  std::vector<std::string> equals;    ///< Whole-value matches (case-insensitive, trimmed).
  std::vector<std::string> prefix;    ///< Prefix matches.
  std::vector<std::string> contains;  ///< Substring matches.
  long line = 0;                      ///< Line of the rule in the profile (for messages).
};

/// A point that means "no location".
struct PlaceholderPoint {
  double lat = 0;  ///< Latitude, compared at 4 decimals.
  double lon = 0;  ///< Longitude, compared at 4 decimals.
};

/// How times are written in the extract.
enum class TimeShift { none, boston_legacy, automatic };

/// How to read one extract format.
struct Profile {
  std::string name;                          ///< Unique name (`--profile NAME`).
  std::string description;                   ///< One line for `profiles list`.
  std::string stream;                        ///< "311", "ems", "police", ...
  std::string format = "csv";                ///< "csv" or "geojson".
  int priority = 0;                          ///< Wins ties in auto-detection.
  std::filesystem::path source;              ///< The file it was read from.
  bool shipped = false;                      ///< True for resources/profiles, false for user profiles.

  std::vector<std::string> detect_headers;   ///< All must be present.
  std::vector<std::string> detect_absent;    ///< None may be present.

  std::vector<std::string> id_columns;       ///< Composite key when several; empty = built from all mapped columns.
  std::string time_column;                   ///< Required.
  std::vector<std::string> type_columns;     ///< Joined with " / ".
  std::vector<std::string> address_columns;  ///< Joined with ", ".
  std::string latitude_column;               ///< Decimal degrees.
  std::string longitude_column;              ///< Decimal degrees.
  std::string point_column;                  ///< WKT POINT (lon lat), "(lat, lon)" or "lat, lon".
  std::string group_column;                  ///< Rows with the same value are one incident.

  std::vector<std::string> time_formats;     ///< strftime-like patterns, tried in order.
  std::string time_zone;                     ///< Zone of naive times; empty = the city's zone.
  TimeShift shift = TimeShift::none;         ///< Boston legacy shift handling.
  std::string shift_check_column;            ///< Reveals the shift when `shift` is automatic (08:30 targets).
  std::string shift_closed_column;           ///< Closed time, compared with the "Closed date :" text...
  std::string shift_closed_text_column;      ///< ...written inside this free-text column.

  std::optional<std::array<double, 4>> bbox; ///< south, west, north, east.
  std::vector<PlaceholderPoint> placeholders;  ///< Points meaning "no location".
  bool fix_swapped = true;                   ///< Exchange lat/lon when only that puts the point in bbox.
  bool low_precision = false;                ///< Points are jittered or approximate.

  std::vector<std::string> blank_values{" ", "NA", "nan", "NaN", "NULL"};  ///< Values meaning empty.
  bool html_entities = true;                 ///< Decode &amp; and friends.
  std::vector<std::string> address_strip_prefix;  ///< Prefixes removed from the address.
  std::vector<std::string> address_cut;      ///< The address is cut at the first of these.

  std::string default_category = "other";    ///< For rows no rule matches.
  std::vector<CategoryRule> rules;           ///< Tried in order.

  /// Every header name the profile reads (for the missing-column check).
  std::vector<std::string> mapped_columns() const;
};

/// Reads and validates a profile file. Throws ConfigError naming the file, the line and the key of the first
/// mistake (unknown key, wrong type, missing `name`/`stream`/`columns.time`, bad time pattern, unknown zone, ...).
/// `known_categories` are the category ids rules may name (empty = any).
Profile load_profile(const std::filesystem::path& path, const std::vector<std::string>& known_categories);

}  // namespace huddle::core
