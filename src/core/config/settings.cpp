#include "core/config/settings.h"

#include <strings.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include <fmt/format.h>

#include "core/config/toml_support.h"

namespace huddle::core {
namespace {

using config::TomlReader;

constexpr std::array<const char*, 7> kWeekdays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

std::chrono::minutes parse_cutoff(const TomlReader& table, const std::string& key, std::chrono::minutes fallback) {
  std::string text = table.string_or(key, "");
  if (text.empty()) return fallback;
  try {
    return parse_time_of_day(text);
  } catch (const Error& e) {
    table.fail(key, e.what());
  }
}

std::array<bool, 7> parse_days(const TomlReader& table, const std::string& key, std::array<bool, 7> fallback) {
  const toml::array* days = table.array(key);
  if (!days) return fallback;
  std::array<bool, 7> out{};
  for (const auto& node : *days) {
    auto name = node.value<std::string>();
    auto it = name ? std::find_if(kWeekdays.begin(), kWeekdays.end(),
                                  [&](const char* d) { return strncasecmp(d, name->c_str(), 3) == 0 && name->size() >= 3; })
                   : kWeekdays.end();
    if (it == kWeekdays.end()) {
      table.fail_at(node, table.path_of(key),
                    fmt::format("'{}' is not a weekday (expected Mon, Tue, Wed, Thu, Fri, Sat or Sun)",
                                name.value_or("?")));
    }
    out[static_cast<std::size_t>(it - kWeekdays.begin())] = true;
  }
  if (std::find(out.begin(), out.end(), true) == out.end()) table.fail(key, "needs at least one huddle day");
  return out;
}

/// A whole number at `key` in [min, max], or `fallback`; ConfigError for a fraction or a value out of range.
long whole_number_or(const TomlReader& table, const std::string& key, long fallback, long min, long max) {
  const toml::node* node = table.raw().get(key);
  if (!node) return fallback;
  if (!node->is_integer()) table.fail(key, fmt::format("expected a whole number from {} to {}", min, max));
  return static_cast<long>(
      table.number_or(key, static_cast<double>(fallback), static_cast<double>(min), static_cast<double>(max)));
}

/// The [ranking] table: every figure optional, each checked against a sensible range.
RankingParams parse_ranking(const TomlReader& table) {
  table.allow_only({"grid_metres", "top_k", "watch_k", "half_life_days", "smoothing", "min_weighted_7d",
                    "min_window_count", "fill_top_list", "surging_z", "surging_min_count", "new_min_count", "persistent_days",
                    "cooling_ratio", "cooling_min_before", "repeat_days", "place_memory_days"});
  RankingParams p;
  const auto whole = [&](const char* key, int& value, long min, long max) {
    value = static_cast<int>(whole_number_or(table, key, value, min, max));
  };
  p.grid_metres = table.number_or("grid_metres", p.grid_metres, 25, 2000);
  whole("top_k", p.top_k, 1, 50);
  whole("watch_k", p.watch_k, 0, 20);
  p.half_life_days = table.number_or("half_life_days", p.half_life_days, 0.25, 28);
  p.smoothing = table.number_or("smoothing", p.smoothing, 0, 1);
  p.min_weighted_7d = table.number_or("min_weighted_7d", p.min_weighted_7d, 0, 1000);
  whole("min_window_count", p.min_window_count, 1, 1000);
  p.fill_top_list = table.bool_or("fill_top_list", p.fill_top_list);
  p.surging_z = table.number_or("surging_z", p.surging_z, 0.5, 20);
  whole("surging_min_count", p.surging_min_count, 1, 1000);
  whole("new_min_count", p.new_min_count, 1, 1000);
  whole("persistent_days", p.persistent_days, 1, 28);
  p.cooling_ratio = table.number_or("cooling_ratio", p.cooling_ratio, 0, 1);
  whole("cooling_min_before", p.cooling_min_before, 1, 10000);
  whole("repeat_days", p.repeat_days, 1, 3);
  whole("place_memory_days", p.place_memory_days, 1, 365);
  return p;
}

/// The text at `key`, which must be present and not blank.
std::string required_text(const TomlReader& table, const std::string& key) {
  std::string value = table.required_string(key);
  if (value.find_first_not_of(" \t") == std::string::npos) table.fail(key, "must not be empty");
  return value;
}

/// An http:// or https:// URL at `key` (required).
std::string required_url(const TomlReader& table, const std::string& key) {
  std::string value = required_text(table, key);
  const std::size_t scheme = value.rfind("https://", 0) == 0 ? 8 : value.rfind("http://", 0) == 0 ? 7 : 0;
  if (scheme == 0 || value.size() <= scheme || value.find_first_of(" \t\r\n") != std::string::npos) {
    table.fail(key, fmt::format("'{}' is not a web address (expected http://... or https://...)", value));
  }
  return value;
}

Source::Kind parse_kind(const TomlReader& table) {
  const std::string kind = required_text(table, "kind");
  if (kind == "folder") return Source::Kind::folder;
  if (kind == "url") return Source::Kind::url;
  if (kind == "ckan") return Source::Kind::ckan;
  table.fail("kind", fmt::format("unknown source kind '{}' (expected \"folder\", \"url\" or \"ckan\")", kind));
}

/// Reads one `[[source]]` table. Relative folder paths are taken relative to `base_dir` (the settings file's
/// folder), never the working directory, so a scheduled pull finds the same folder as an interactive one.
Source parse_source(const TomlReader& table, const std::filesystem::path& base_dir) {
  Source s;
  s.name = required_text(table, "name");
  s.kind = parse_kind(table);
  switch (s.kind) {
    case Source::Kind::folder:
      table.allow_only({"name", "kind", "profile", "path", "pattern"});
      s.path = required_text(table, "path");
      if (s.path.is_relative()) s.path = (base_dir / s.path).lexically_normal();
      s.pattern = table.string_or("pattern", s.pattern);
      if (s.pattern.empty() || s.pattern.find('/') != std::string::npos) {
        table.fail("pattern",
                   fmt::format("'{}' is not a file-name pattern (expected e.g. \"*.csv\", no folders)", s.pattern));
      }
      break;
    case Source::Kind::url:
      table.allow_only({"name", "kind", "profile", "url", "timeout_seconds", "retries"});
      s.url = required_url(table, "url");
      break;
    case Source::Kind::ckan:
      table.allow_only(
          {"name", "kind", "profile", "url", "resource_id", "page_size", "time_field", "timeout_seconds", "retries"});
      s.url = required_url(table, "url");
      while (!s.url.empty() && s.url.back() == '/') s.url.pop_back();
      s.resource_id = required_text(table, "resource_id");
      // CKAN refuses more than 32000 rows per request by default (ckan.datastore.search.rows_max).
      s.page_size = whole_number_or(table, "page_size", s.page_size, 1, 32000);
      s.time_field = table.string_or("time_field", s.time_field);
      break;
  }
  s.profile = table.string_or("profile", s.profile);
  if (s.profile.empty()) table.fail("profile", "must not be empty (use \"auto\" to detect the profile)");
  s.timeout = std::chrono::seconds{whole_number_or(table, "timeout_seconds", s.timeout.count(), 1, 3600)};
  s.retries = static_cast<int>(whole_number_or(table, "retries", s.retries, 0, 10));
  return s;
}

std::vector<Source> parse_sources(const TomlReader& top, const std::filesystem::path& base_dir) {
  std::vector<Source> sources;
  if (const toml::node* node = top.raw().get("source"); node && node->is_table()) {
    top.fail("source", "sources are a list: write each one as [[source]] (double brackets)");
  }
  const toml::array* tables = top.array("source");
  if (!tables) return sources;
  std::set<std::string> names;
  for (std::size_t i = 0; i < tables->size(); ++i) {
    TomlReader table = top.element(*tables, "source", i);
    Source s = parse_source(table, base_dir);
    if (!names.insert(s.name).second) {
      table.fail("name", fmt::format("duplicate source name '{}' (each source needs its own name)", s.name));
    }
    sources.push_back(std::move(s));
  }
  return sources;
}

/// Reads a parsed settings.toml; `path` names the file in errors and is the base of relative folders.
Settings read_settings(const toml::table& doc, const std::filesystem::path& path) {
  Settings s;
  TomlReader top(doc, path, "", 1);
  top.allow_only({"city", "huddle", "ranking", "weights", "packet", "map", "source"});
  if (auto city = top.table("city")) {
    city->allow_only({"name", "time_zone", "center_lat", "center_lon"});
    s.city_name = city->string_or("name", s.city_name);
    s.time_zone = city->string_or("time_zone", s.time_zone);
    s.center_lat = city->number_or("center_lat", s.center_lat, -90, 90);
    s.center_lon = city->number_or("center_lon", s.center_lon, -180, 180);
    try {
      s.schedule();
    } catch (const Error&) {
      city->fail("time_zone",
                 fmt::format("unknown time zone '{}' (expected an IANA name such as America/New_York)", s.time_zone));
    }
  }
  if (auto huddle = top.table("huddle")) {
    huddle->allow_only({"cutoff", "days"});
    s.cutoff = parse_cutoff(*huddle, "cutoff", s.cutoff);
    s.huddle_days = parse_days(*huddle, "days", s.huddle_days);
  }
  if (auto ranking = top.table("ranking")) {
    s.ranking = parse_ranking(*ranking);
  }
  if (auto weights = top.table("weights")) {
    for (const auto& [key, node] : weights->raw()) {
      std::string id(key.str());
      s.weight_overrides[id] = weights->number_or(id, 0, 0, 100);
    }
  }
  if (auto packet = top.table("packet")) {
    packet->allow_only({"paper"});
    const std::string paper = packet->string_or("paper", std::string{to_string(s.paper)});
    if (paper == "a4") s.paper = PaperSize::a4;
    else if (paper != "letter") packet->fail("paper", fmt::format("unknown paper '{}' (expected \"letter\" or \"a4\")", paper));
  }
  if (auto map = top.table("map")) {
    map->allow_only({"boundary"});
    const std::string boundary = map->string_or("boundary", "");
    if (!boundary.empty()) s.boundary_file = path.parent_path() / boundary;
  }
  s.sources = parse_sources(top, path.parent_path());
  return s;
}

}  // namespace

std::string_view to_string(Source::Kind kind) {
  switch (kind) {
    case Source::Kind::folder:
      return "folder";
    case Source::Kind::url:
      return "url";
    case Source::Kind::ckan:
      return "ckan";
  }
  return "?";
}

std::string_view to_string(PaperSize paper) { return paper == PaperSize::a4 ? "a4" : "letter"; }

HuddleSchedule Settings::schedule() const { return HuddleSchedule(time_zone, cutoff, huddle_days); }

std::string format_time_of_day(std::chrono::minutes t) {
  return fmt::format("{:02}:{:02}", t.count() / 60, t.count() % 60);
}

std::chrono::minutes parse_time_of_day(const std::string& text) {
  int h = -1, m = -1;
  char colon = 0;
  if (std::sscanf(text.c_str(), "%2d%c%2d", &h, &colon, &m) != 3 || colon != ':' || h < 0 || h > 23 || m < 0 ||
      m > 59 || text.size() != 5) {
    throw Error(fmt::format("'{}' is not a time of day (expected HH:MM, e.g. \"06:00\")", text));
  }
  return std::chrono::hours{h} + std::chrono::minutes{m};
}

Settings load_settings(const std::filesystem::path& path) {
  if (!std::filesystem::exists(path)) return Settings{};
  return read_settings(config::parse_toml_file(path), path);
}

Settings parse_settings(const std::string& text, const std::filesystem::path& path) {
  return read_settings(config::parse_toml_text(text, path), path);
}

}  // namespace huddle::core
