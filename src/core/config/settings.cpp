#include "core/config/settings.h"

#include <strings.h>

#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "core/config/toml_support.h"

namespace huddle::core {
namespace {

using config::TomlReader;

constexpr std::array<const char*, 7> kWeekdays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

std::chrono::minutes parse_cutoff(const TomlReader& table, const std::string& key, std::chrono::minutes fallback) {
  std::string text = table.string_or(key, "");
  if (text.empty()) return fallback;
  int h = -1, m = -1;
  char colon = 0;
  if (std::sscanf(text.c_str(), "%2d%c%2d", &h, &colon, &m) != 3 || colon != ':' || h < 0 || h > 23 || m < 0 ||
      m > 59 || text.size() != 5) {
    table.fail(key, fmt::format("'{}' is not a time of day (expected HH:MM, e.g. \"06:00\")", text));
  }
  return std::chrono::hours{h} + std::chrono::minutes{m};
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

}  // namespace

HuddleSchedule Settings::schedule() const { return HuddleSchedule(time_zone, cutoff, huddle_days); }

std::string format_time_of_day(std::chrono::minutes t) {
  return fmt::format("{:02}:{:02}", t.count() / 60, t.count() % 60);
}

Settings load_settings(const std::filesystem::path& path) {
  Settings s;
  if (!std::filesystem::exists(path)) return s;
  toml::table doc = config::parse_toml_file(path);
  TomlReader top(doc, path, "", 1);
  top.allow_only({"city", "huddle", "ranking", "weights"});
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
    ranking->allow_only({"grid_metres", "top_k"});
    s.grid_metres = ranking->number_or("grid_metres", s.grid_metres, 25, 2000);
    s.top_k = static_cast<int>(ranking->number_or("top_k", s.top_k, 1, 50));
  }
  if (auto weights = top.table("weights")) {
    for (const auto& [key, node] : weights->raw()) {
      std::string id(key.str());
      s.weight_overrides[id] = weights->number_or(id, 0, 0, 100);
    }
  }
  return s;
}

}  // namespace huddle::core
