#include "core/config/settings_writer.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "core/atomic_file.h"
#include "core/error.h"

namespace huddle::core {
namespace {

constexpr std::array<const char*, 7> kWeekdays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

constexpr const char* kHeader =
    "# Huddle settings, written by the Settings dialog. Every key is optional and only values that differ from\n"
    "# the defaults are written (see settings.example.toml for every key); comments are not kept.\n\n";

/// `file` relative to `base` when it lies inside `base`, else as given; with forward slashes.
std::string relative_to(const std::filesystem::path& file, const std::filesystem::path& base) {
  const std::filesystem::path relative = file.lexically_relative(base);
  const bool inside = !relative.empty() && relative.is_relative() && *relative.begin() != "..";
  return (inside ? relative : file).generic_string();
}

/// Inserts `key` = `value` into `table` when `value` differs from `fallback`.
template <typename T, typename Stored = T>
void put_if_changed(toml::table& table, std::string_view key, const T& value, const T& fallback) {
  if (!(value == fallback)) table.insert_or_assign(key, static_cast<Stored>(value));
}

/// Inserts `table` into `doc` as [`key`] when it has any key.
void put_table(toml::table& doc, std::string_view key, toml::table table) {
  if (!table.empty()) doc.insert_or_assign(key, std::move(table));
}

toml::table city_table(const Settings& s, const Settings& d) {
  toml::table t;
  put_if_changed(t, "name", s.city_name, d.city_name);
  put_if_changed(t, "time_zone", s.time_zone, d.time_zone);
  put_if_changed(t, "center_lat", s.center_lat, d.center_lat);
  put_if_changed(t, "center_lon", s.center_lon, d.center_lon);
  return t;
}

toml::table huddle_table(const Settings& s, const Settings& d) {
  toml::table t;
  if (s.cutoff != d.cutoff) t.insert_or_assign("cutoff", format_time_of_day(s.cutoff));
  if (s.huddle_days != d.huddle_days) {
    toml::array days;
    for (std::size_t i = 0; i < kWeekdays.size(); ++i) {
      if (s.huddle_days[i]) days.push_back(kWeekdays[i]);
    }
    t.insert_or_assign("days", std::move(days));
  }
  return t;
}

toml::table ranking_table(const RankingParams& p, const RankingParams& d) {
  toml::table t;
  const auto whole = [&](std::string_view key, int value, int fallback) {
    put_if_changed<int, std::int64_t>(t, key, value, fallback);
  };
  put_if_changed(t, "grid_metres", p.grid_metres, d.grid_metres);
  whole("top_k", p.top_k, d.top_k);
  whole("watch_k", p.watch_k, d.watch_k);
  put_if_changed(t, "half_life_days", p.half_life_days, d.half_life_days);
  put_if_changed(t, "smoothing", p.smoothing, d.smoothing);
  put_if_changed(t, "min_weighted_7d", p.min_weighted_7d, d.min_weighted_7d);
  whole("min_window_count", p.min_window_count, d.min_window_count);
  put_if_changed(t, "fill_top_list", p.fill_top_list, d.fill_top_list);
  put_if_changed(t, "surging_z", p.surging_z, d.surging_z);
  whole("surging_min_count", p.surging_min_count, d.surging_min_count);
  whole("new_min_count", p.new_min_count, d.new_min_count);
  whole("persistent_days", p.persistent_days, d.persistent_days);
  put_if_changed(t, "cooling_ratio", p.cooling_ratio, d.cooling_ratio);
  whole("cooling_min_before", p.cooling_min_before, d.cooling_min_before);
  whole("repeat_days", p.repeat_days, d.repeat_days);
  whole("place_memory_days", p.place_memory_days, d.place_memory_days);
  return t;
}

/// One [[source]] table: the keys its kind reads, the optional ones only when they differ from the defaults.
toml::table source_table(const Source& s, const std::filesystem::path& base) {
  const Source d;
  toml::table t;
  t.insert_or_assign("name", s.name);
  t.insert_or_assign("kind", std::string(to_string(s.kind)));
  put_if_changed(t, "profile", s.profile, d.profile);
  switch (s.kind) {
    case Source::Kind::folder:
      t.insert_or_assign("path", relative_to(s.path, base));
      put_if_changed(t, "pattern", s.pattern, d.pattern);
      return t;
    case Source::Kind::url:
      t.insert_or_assign("url", s.url);
      break;
    case Source::Kind::ckan:
      t.insert_or_assign("url", s.url);
      t.insert_or_assign("resource_id", s.resource_id);
      put_if_changed<long, std::int64_t>(t, "page_size", s.page_size, d.page_size);
      put_if_changed(t, "time_field", s.time_field, d.time_field);
      break;
  }
  put_if_changed<long, std::int64_t>(t, "timeout_seconds", static_cast<long>(s.timeout.count()),
                                     static_cast<long>(d.timeout.count()));
  put_if_changed<int, std::int64_t>(t, "retries", s.retries, d.retries);
  return t;
}

/// `text` (toml++'s output) with every float as short as it reads back exactly: built with GCC, toml++ prints
/// 17 significant digits ("47.606200000000001"), which nobody wants to read in a file people also edit by hand.
std::string shortest_floats(const std::string& text) {
  std::istringstream in(text);
  std::ostringstream out;
  std::string line;
  while (std::getline(in, line)) {
    const auto eq = line.find(" = ");
    const std::string value = eq == std::string::npos ? std::string() : line.substr(eq + 3);
    const bool is_float = !value.empty() && value.find_first_not_of("0123456789.eE+-") == std::string::npos &&
                          value.find_first_of(".eE") != std::string::npos;
    double number = 0;
    if (is_float && std::from_chars(value.data(), value.data() + value.size(), number).ec == std::errc{}) {
      std::string shortest = fmt::format("{}", number);  // fmt: the shortest text that reads back equal
      if (shortest.find_first_of(".eE") == std::string::npos) shortest += ".0";
      line = line.substr(0, eq + 3) + shortest;
    }
    out << line << '\n';
  }
  return out.str();
}

}  // namespace

std::string format_settings(const Settings& settings, const std::filesystem::path& path) {
  const Settings defaults;
  const std::filesystem::path base = path.parent_path();
  toml::table doc;
  put_table(doc, "city", city_table(settings, defaults));
  put_table(doc, "huddle", huddle_table(settings, defaults));
  put_table(doc, "ranking", ranking_table(settings.ranking, defaults.ranking));
  toml::table weights;
  for (const auto& [id, weight] : settings.weight_overrides) weights.insert_or_assign(id, weight);
  put_table(doc, "weights", std::move(weights));
  toml::table packet;
  if (settings.paper != defaults.paper) packet.insert_or_assign("paper", std::string(to_string(settings.paper)));
  put_table(doc, "packet", std::move(packet));
  toml::table map;
  if (!settings.boundary_file.empty()) map.insert_or_assign("boundary", relative_to(settings.boundary_file, base));
  put_table(doc, "map", std::move(map));
  if (!settings.sources.empty()) {
    toml::array sources;
    for (const auto& s : settings.sources) sources.push_back(source_table(s, base));
    doc.insert_or_assign("source", std::move(sources));
  }
  std::ostringstream out;
  out << kHeader << doc << '\n';
  return shortest_floats(out.str());
}

void check_settings(const Settings& settings, const std::filesystem::path& path) {
  parse_settings(format_settings(settings, path), path);
}

void save_settings(const Settings& settings, const std::filesystem::path& path) {
  const std::string text = format_settings(settings, path);
  parse_settings(text, path);  // refuses, as load_settings would, before anything is written
  std::error_code ec;
  if (!path.parent_path().empty()) std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) throw ExportError("cannot write " + path.string() + ": " + ec.message());
  write_file_atomically(path, text);
}

}  // namespace huddle::core
