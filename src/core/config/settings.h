#pragma once
/// \file
/// Settings: the user's settings.toml (city, time zone, cutoff, huddle days, grid, top-k, weight overrides,
/// sources to pull).

#include <array>
#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/ranking_params.h"
#include "core/time/schedule.h"

namespace huddle::core {

/// One place `huddle-cli pull` fetches extracts from: a `[[source]]` table of settings.toml.
struct Source {
  /// How the extracts are fetched.
  enum class Kind {
    folder,  ///< Files dropped into a folder.
    url,     ///< One CSV file downloaded over HTTP(S).
    ckan,    ///< A CKAN DataStore resource, paged through `datastore_search`.
  };
  std::string name;                  ///< Unique name, used in reports.
  Kind kind = Kind::folder;          ///< How to fetch.
  std::string profile = "auto";      ///< Profile name, profile file path, or "auto".
  std::filesystem::path path;        ///< folder: the folder (a relative path is relative to settings.toml's folder).
  std::string pattern = "*.csv";     ///< folder: glob on file names (`*`, `?`, `[...]`).
  std::string url;                   ///< url: the CSV download; ckan: the portal's base URL.
  std::string resource_id;           ///< ckan: the DataStore resource id.
  long page_size = 10000;            ///< ckan: records per request.
  std::string time_field;            ///< ckan: field holding the event time, used for incremental pulls; empty = full.
  std::chrono::seconds timeout{60};  ///< url, ckan: the longest one request may take, connecting included.
  int retries = 3;                   ///< url, ckan: extra attempts after a server error, timeout or lost connection.

  /// Field by field.
  friend bool operator==(const Source&, const Source&) = default;
};

/// Stable text of a source kind ("folder", "url", "ckan").
std::string_view to_string(Source::Kind kind);

/// The paper the printed packet is laid out on.
enum class PaperSize { letter, a4 };

/// "letter", "a4": as written in settings.toml.
std::string_view to_string(PaperSize paper);

/// What a deployment configures; defaults are Boston's.
struct Settings {
  std::string city_name = "Boston";            ///< Shown in headers.
  std::string time_zone = "America/New_York";  ///< IANA zone of the city.
  double center_lat = 42.3355;                 ///< City centre, origin of the metric grid.
  double center_lon = -71.0700;                ///< City centre, origin of the metric grid.
  std::chrono::minutes cutoff{6 * 60};         ///< Local time the huddle's data ends.
  std::array<bool, 7> huddle_days{false, true, true, true, true, true, false};  ///< Sunday first.
  RankingParams ranking;                       ///< The ranking method's figures ([ranking]).
  std::map<std::string, double> weight_overrides;  ///< Category id -> weight, over categories.toml.
  std::vector<Source> sources;                     ///< What `pull` imports, in file order.
  PaperSize paper = PaperSize::letter;             ///< The packet's paper ([packet] paper).
  std::filesystem::path boundary_file;             ///< GeoJSON boundaries under the map ([map] boundary); empty = none.

  /// The huddle schedule these settings describe. Throws huddle::Error for an unknown zone.
  HuddleSchedule schedule() const;

  /// Field by field.
  friend bool operator==(const Settings&, const Settings&) = default;
};

/// Reads `path`; a missing file gives the defaults. Throws ConfigError naming file, line and key for a bad value
/// (unknown time zone, cutoff not HH:MM, unknown weekday, grid or top-k out of range, a source without a name or
/// with an unknown kind, a duplicate source name, a URL that is not http(s), ...).
Settings load_settings(const std::filesystem::path& path);

/// Reads `text` as load_settings reads the file `path` (relative folders are taken from `path`'s folder); the
/// same ConfigError, naming `path` and the line of `text`.
Settings parse_settings(const std::string& text, const std::filesystem::path& path);

/// "06:00" for a time of day; used in messages and when writing settings.
std::string format_time_of_day(std::chrono::minutes t);

/// The time of day written "HH:MM" (00:00 to 23:59), as settings.toml's cutoff is read. Throws huddle::Error with
/// the reason (e.g. "'25:00' is not a time of day (expected HH:MM, e.g. \"06:00\")").
std::chrono::minutes parse_time_of_day(const std::string& text);

}  // namespace huddle::core
