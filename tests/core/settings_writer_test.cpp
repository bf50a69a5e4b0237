// Writing settings.toml (what the Settings dialog saves): read back exactly, only changed values written, invalid
// values refused with load_settings' reason before anything is written.

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/config/settings.h"
#include "core/config/settings_writer.h"
#include "core/error.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// Settings that change something in every table, with one source of each kind.
Settings everything_changed(const std::filesystem::path& config_dir) {
  Settings s;
  s.city_name = "Seattle \"Emerald\" City";
  s.time_zone = "America/Los_Angeles";
  s.center_lat = 47.6062;
  s.center_lon = -122.3321;
  s.cutoff = std::chrono::minutes{7 * 60 + 30};
  s.huddle_days = {false, true, false, true, false, true, false};
  s.ranking.grid_metres = 200;
  s.ranking.top_k = 8;
  s.ranking.half_life_days = 5.5;
  s.ranking.fill_top_list = false;
  s.ranking.repeat_days = 3;
  s.weight_overrides = {{"needles", 2.5}, {"qol", 0}};
  s.paper = PaperSize::a4;
  s.boundary_file = config_dir / "maps" / "neighbourhoods.geojson";
  Source folder;
  folder.name = "overnight drop";
  folder.kind = Source::Kind::folder;
  folder.path = config_dir / "inbox";
  folder.pattern = "ems-*.csv";
  folder.profile = "generic_ems_cad";
  Source elsewhere;
  elsewhere.name = "shared drive";
  elsewhere.path = "/srv/extracts/311";
  Source url;
  url.name = "fire 911";
  url.kind = Source::Kind::url;
  url.url = "https://data.example.org/fire.csv?limit=5000";
  url.timeout = std::chrono::seconds{120};
  url.retries = 5;
  Source ckan;
  ckan.name = "boston 311";
  ckan.kind = Source::Kind::ckan;
  ckan.url = "https://data.boston.gov";
  ckan.resource_id = "e6013a93-1321-4f2a-bf91-8d8a02f1e62f";
  ckan.page_size = 5000;
  ckan.time_field = "open_dt";
  ckan.profile = "boston_311_new_system";
  s.sources = {folder, elsewhere, url, ckan};
  return s;
}

}  // namespace

TEST_CASE("saved settings read back equal: every table, a source of each kind, weights, paper and boundary") {
  test::TempDir dir;
  const auto file = dir.path() / "config" / "settings.toml";
  const Settings s = everything_changed(file.parent_path());
  save_settings(s, file);
  CHECK(read_text(file).find("center_lat = 47.6062\n") != std::string::npos);  // as typed, not 47.606200000000001
  const Settings back = load_settings(file);
  CHECK(back.city_name == s.city_name);
  CHECK(back.time_zone == s.time_zone);
  CHECK(back.center_lat == s.center_lat);
  CHECK(back.cutoff == s.cutoff);
  CHECK(back.huddle_days == s.huddle_days);
  CHECK(back.ranking == s.ranking);
  CHECK(back.weight_overrides == s.weight_overrides);
  CHECK(back.paper == PaperSize::a4);
  CHECK(back.boundary_file == s.boundary_file);
  REQUIRE(back.sources.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) CHECK_MESSAGE(back.sources[i] == s.sources[i], s.sources[i].name);
  CHECK(back == s);
}

TEST_CASE("only values that differ from the defaults are written, paths inside the folder relative to it") {
  test::TempDir dir;
  const auto file = dir.path() / "settings.toml";
  save_settings(Settings{}, file);
  const std::string empty = read_text(file);
  CHECK(empty.find("[city]") == std::string::npos);
  CHECK(empty.find("grid_metres") == std::string::npos);
  CHECK(load_settings(file) == Settings{});

  Settings s;
  s.cutoff = std::chrono::minutes{5 * 60 + 45};
  s.boundary_file = dir.path() / "maps" / "wards.geojson";
  save_settings(s, file);
  const std::string text = read_text(file);
  CHECK(text.find("05:45") != std::string::npos);
  CHECK(text.find("maps/wards.geojson") != std::string::npos);
  CHECK(text.find(dir.path().string()) == std::string::npos);  // the folder can move with its settings
  CHECK(text.find("time_zone") == std::string::npos);
  CHECK(text.find("top_k") == std::string::npos);
}

TEST_CASE("a value load_settings refuses is refused with the same reason and nothing is written") {
  test::TempDir dir;
  const auto file = dir.path() / "settings.toml";
  Settings good;
  good.city_name = "Cambridge";
  save_settings(good, file);
  const std::string before = read_text(file);

  Settings zone = good;
  zone.time_zone = "Mars/Base";
  try {
    save_settings(zone, file);
    FAIL("an unknown zone was saved");
  } catch (const ConfigError& e) {
    CHECK(e.key() == "city.time_zone");
    CHECK(e.file() == file);
    CHECK(std::string(e.what()).find("unknown time zone 'Mars/Base'") != std::string::npos);
    // The same reason as load_settings gives for the same value in a file written by hand.
    const ConfigError by_hand = test::settings_error("[city]\ntime_zone = \"Mars/Base\"\n");
    const std::string reason = std::string(by_hand.what()).substr(std::string(by_hand.what()).find("unknown"));
    CHECK(std::string(e.what()).find(reason) != std::string::npos);
  }

  Settings cutoff = good;
  cutoff.cutoff = std::chrono::hours{25};
  CHECK_THROWS_WITH_AS(save_settings(cutoff, file), doctest::Contains("'25:00' is not a time of day"), ConfigError);

  Settings grid = good;
  grid.ranking.grid_metres = 5000;
  CHECK_THROWS_WITH_AS(save_settings(grid, file), doctest::Contains("out of range"), ConfigError);

  Settings no_days = good;
  no_days.huddle_days = {};
  CHECK_THROWS_WITH_AS(save_settings(no_days, file), doctest::Contains("needs at least one huddle day"), ConfigError);

  Settings twins = good;
  Source a;
  a.name = "drop";
  a.path = dir.path() / "in";
  twins.sources = {a, a};
  CHECK_THROWS_WITH_AS(save_settings(twins, file), doctest::Contains("duplicate source name 'drop'"), ConfigError);

  Settings ftp = good;
  Source b;
  b.name = "ftp feed";
  b.kind = Source::Kind::url;
  b.url = "ftp://example.org/x.csv";
  ftp.sources = {b};
  CHECK_THROWS_WITH_AS(save_settings(ftp, file), doctest::Contains("is not a web address"), ConfigError);

  CHECK(read_text(file) == before);
  CHECK(load_settings(file).city_name == "Cambridge");
}

TEST_CASE("a cutoff is read as HH:MM by the same rule the settings file uses") {
  CHECK(parse_time_of_day("06:00") == std::chrono::hours{6});
  CHECK(parse_time_of_day("23:59") == std::chrono::minutes{23 * 60 + 59});
  CHECK_THROWS_WITH_AS(parse_time_of_day("25:00"), doctest::Contains("expected HH:MM"), Error);
  CHECK_THROWS_AS(parse_time_of_day("6:00"), Error);
  CHECK_THROWS_AS(parse_time_of_day("06:60"), Error);
  const ConfigError e = test::settings_error("[huddle]\ncutoff = \"6am\"\n");
  CHECK(e.key() == "huddle.cutoff");
  CHECK(e.line() == 2);
}
