#include "core/ingest/profile.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/config/toml_support.h"
#include "core/ingest/personal_columns.h"
#include "core/ingest/time_parser.h"
#include "core/time/schedule.h"

namespace huddle::core {
namespace {

using config::TomlReader;

/// Refuses to store a column that holds a person's details (ARCHITECTURE §8); rules may still read it.
void refuse_personal(const TomlReader& columns, const std::string& key, const std::vector<std::string>& names) {
  for (const auto& name : names) {
    if (!names_personal_details(name)) continue;
    columns.fail(key, fmt::format("'{}' holds a person's details or free text about them, which Huddle never stores "
                                  "(a [[rule]] may still read it to choose the category)",
                                  name));
  }
}

void read_columns(const TomlReader& top, Profile& p) {
  auto columns = top.table("columns");
  if (!columns) top.fail("columns", "missing [columns] table (at least columns.time is needed)");
  columns->allow_only({"id", "time", "type", "address", "latitude", "longitude", "point", "group"});
  p.id_columns = columns->string_list("id");
  p.time_column = columns->required_string("time");
  p.type_columns = columns->string_list("type");
  p.address_columns = columns->string_list("address");
  p.latitude_column = columns->string_or("latitude", "");
  p.longitude_column = columns->string_or("longitude", "");
  p.point_column = columns->string_or("point", "");
  p.group_column = columns->string_or("group", "");
  refuse_personal(*columns, "id", p.id_columns);
  refuse_personal(*columns, "type", p.type_columns);
  refuse_personal(*columns, "address", p.address_columns);
  refuse_personal(*columns, "group", {p.group_column});
  if (p.latitude_column.empty() != p.longitude_column.empty()) {
    columns->fail(p.latitude_column.empty() ? "latitude" : "longitude",
                  "latitude and longitude go together (or use `point` for one text column)");
  }
  if (!p.point_column.empty() && !p.latitude_column.empty()) {
    columns->fail("point", "use either `point` or `latitude`/`longitude`, not both");
  }
  if (p.format == "geojson" && (!p.point_column.empty() || !p.latitude_column.empty())) {
    columns->fail(p.point_column.empty() ? "latitude" : "point",
                  "a GeoJSON profile takes the location from each feature's geometry");
  }
}

void read_time(const TomlReader& top, Profile& p) {
  auto time = top.table("time");
  if (!time) top.fail("time", "missing [time] table (time.formats is needed)");
  time->allow_only({"formats", "zone", "shift", "shift_check", "shift_check_closed"});
  p.time_formats = time->string_list("formats");
  if (p.time_formats.empty()) time->fail("formats", "needs at least one time pattern, e.g. \"%Y-%m-%d %H:%M:%S\"");
  for (const auto& f : p.time_formats) {
    if (auto problem = check_time_pattern(f)) time->fail("formats", fmt::format("pattern '{}': {}", f, *problem));
  }
  p.time_zone = time->string_or("zone", "");
  if (!p.time_zone.empty()) {
    try {
      HuddleSchedule(p.time_zone, std::chrono::hours{6}, {true, true, true, true, true, true, true});
    } catch (const Error&) {
      time->fail("zone", fmt::format("unknown time zone '{}' (expected an IANA name such as America/Chicago)", p.time_zone));
    }
  }
  const std::string shift = time->string_or("shift", "none");
  if (shift == "none") p.shift = TimeShift::none;
  else if (shift == "boston-legacy") p.shift = TimeShift::boston_legacy;
  else if (shift == "auto") p.shift = TimeShift::automatic;
  else time->fail("shift", fmt::format("'{}' is not a shift rule (expected none, boston-legacy or auto)", shift));
  p.shift_check_column = time->string_or("shift_check", "");
  const auto closed = time->string_list("shift_check_closed");
  if (!closed.empty() && closed.size() != 2) {
    time->fail("shift_check_closed", "expected [closed time column, free-text column with \"Closed date : ...\"]");
  }
  if (closed.size() == 2) {
    p.shift_closed_column = closed[0];
    p.shift_closed_text_column = closed[1];
  }
  if (p.shift == TimeShift::automatic && p.shift_check_column.empty() && p.shift_closed_column.empty()) {
    time->fail("shift", "shift = \"auto\" needs shift_check or shift_check_closed: the columns that reveal the shift");
  }
}

void read_geo(const TomlReader& top, Profile& p) {
  auto geo = top.table("geo");
  if (!geo) return;
  geo->allow_only({"bbox", "placeholders", "fix_swapped", "precision"});
  if (const toml::array* bbox = geo->array("bbox")) {
    std::array<double, 4> box{};
    if (bbox->size() != 4) geo->fail("bbox", "expected [south, west, north, east]");
    for (std::size_t i = 0; i < 4; ++i) {
      auto v = (*bbox)[i].value<double>();
      if (!v) geo->fail("bbox", "expected four numbers [south, west, north, east]");
      box[i] = *v;
    }
    if (box[0] >= box[2] || box[1] >= box[3] || box[0] < -90 || box[2] > 90 || box[1] < -180 || box[3] > 180) {
      geo->fail("bbox", "expected [south, west, north, east] with south < north and west < east");
    }
    p.bbox = box;
  }
  if (const toml::array* points = geo->array("placeholders")) {
    for (const auto& node : *points) {
      const toml::array* pair = node.as_array();
      auto lat = pair && pair->size() == 2 ? (*pair)[0].value<double>() : std::nullopt;
      auto lon = pair && pair->size() == 2 ? (*pair)[1].value<double>() : std::nullopt;
      if (!lat || !lon) geo->fail_at(node, geo->path_of("placeholders"), "expected [latitude, longitude] pairs");
      p.placeholders.push_back({*lat, *lon});
    }
  }
  p.fix_swapped = geo->bool_or("fix_swapped", true);
  const std::string precision = geo->string_or("precision", "exact");
  if (precision != "exact" && precision != "low") geo->fail("precision", "expected \"exact\" or \"low\"");
  p.low_precision = precision == "low";
}

void read_text(const TomlReader& top, Profile& p) {
  auto text = top.table("text");
  if (!text) return;
  text->allow_only({"blank", "html_entities", "address_strip_prefix", "address_cut"});
  if (text->raw().contains("blank")) p.blank_values = text->string_list("blank");
  p.html_entities = text->bool_or("html_entities", true);
  p.address_strip_prefix = text->string_list("address_strip_prefix");
  p.address_cut = text->string_list("address_cut");
}

void read_rules(const TomlReader& top, Profile& p, const std::vector<std::string>& known) {
  auto is_known = [&](const std::string& id) { return known.empty() || std::find(known.begin(), known.end(), id) != known.end(); };
  auto categories = top.table("categories");
  if (categories) {
    categories->allow_only({"default"});
    p.default_category = categories->string_or("default", "other");
    if (!is_known(p.default_category)) {
      categories->fail("default", fmt::format("unknown category '{}' (see categories.toml)", p.default_category));
    }
  }
  const toml::array* rules = top.array("rule");
  if (!rules) return;
  for (std::size_t i = 0; i < rules->size(); ++i) {
    auto entry = top.element(*rules, "rule", i);
    entry.allow_only({"category", "column", "equals", "prefix", "contains"});
    CategoryRule r;
    r.category = entry.required_string("category");
    if (!is_known(r.category)) entry.fail("category", fmt::format("unknown category '{}' (see categories.toml)", r.category));
    r.column = entry.required_string("column");
    r.equals = entry.string_list("equals");
    r.prefix = entry.string_list("prefix");
    r.contains = entry.string_list("contains");
    if (r.equals.empty() && r.prefix.empty() && r.contains.empty()) {
      entry.fail("category", "a rule needs equals, prefix or contains");
    }
    r.line = static_cast<long>(rules->at(i).source().begin.line);
    p.rules.push_back(std::move(r));
  }
}

}  // namespace

std::vector<std::string> Profile::mapped_columns() const {
  std::vector<std::string> out = id_columns;
  out.push_back(time_column);
  out.insert(out.end(), type_columns.begin(), type_columns.end());
  out.insert(out.end(), address_columns.begin(), address_columns.end());
  for (const auto* c : {&latitude_column, &longitude_column, &point_column, &group_column, &shift_check_column,
                        &shift_closed_column, &shift_closed_text_column}) {
    if (!c->empty()) out.push_back(*c);
  }
  for (const auto& r : rules) out.push_back(r.column);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Profile load_profile(const std::filesystem::path& path, const std::vector<std::string>& known_categories) {
  toml::table doc = config::parse_toml_file(path);
  TomlReader top(doc, path, "", 1);
  top.allow_only({"name", "description", "stream", "format", "priority", "detect", "columns", "time", "geo", "text",
                  "categories", "rule"});
  Profile p;
  p.source = path;
  p.name = top.required_string("name");
  if (!config::is_lower_name(p.name, true, '-')) {
    top.fail("name", fmt::format("'{}' is not a profile name (expected lower-case letters, digits and -)", p.name));
  }
  p.description = top.string_or("description", "");
  p.stream = top.required_string("stream");
  if (!config::is_lower_name(p.stream, true, '_')) {
    top.fail("stream", fmt::format("'{}' is not a stream (expected e.g. 311, ems or police)", p.stream));
  }
  p.format = top.string_or("format", "csv");
  if (p.format != "csv" && p.format != "geojson") top.fail("format", "expected \"csv\" or \"geojson\"");
  p.priority = static_cast<int>(top.number_or("priority", 0, -1000, 1000));
  auto detect = top.table("detect");
  if (!detect) top.fail("detect", "missing [detect] table (detect.headers recognises the file)");
  detect->allow_only({"headers", "absent"});
  p.detect_headers = detect->string_list("headers");
  p.detect_absent = detect->string_list("absent");
  if (p.detect_headers.empty()) detect->fail("headers", "needs at least one header name");
  read_columns(top, p);
  read_time(top, p);
  read_geo(top, p);
  read_text(top, p);
  read_rules(top, p, known_categories);
  return p;
}

}  // namespace huddle::core
