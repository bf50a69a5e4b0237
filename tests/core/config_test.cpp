#include <doctest/doctest.h>

#include "core/config/categories.h"
#include "core/config/departments.h"
#include "core/config/settings.h"
#include "core/error.h"
#include "core/ingest/profile.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

using test::settings_error;

TEST_CASE("without settings.toml the defaults describe Boston's weekday 06:00 huddle") {
  test::TempDir dir;
  const Settings s = load_settings(dir.path() / "settings.toml");
  CHECK(s.city_name == "Boston");
  CHECK(s.time_zone == "America/New_York");
  CHECK(s.cutoff == std::chrono::hours{6});
  CHECK(s.ranking.top_k == 10);
  CHECK(s.ranking.grid_metres == 150);
}

TEST_CASE("settings.example.toml documents the defaults: loading it changes no ranking figure") {
  const Settings documented = load_settings(std::filesystem::path(HUDDLE_SOURCE_RESOURCES) / "settings.example.toml");
  const RankingParams d = documented.ranking, defaults;
  CHECK(d.grid_metres == defaults.grid_metres);
  CHECK(d.top_k == defaults.top_k);
  CHECK(d.watch_k == defaults.watch_k);
  CHECK(d.half_life_days == defaults.half_life_days);
  CHECK(d.smoothing == defaults.smoothing);
  CHECK(d.min_weighted_7d == defaults.min_weighted_7d);
  CHECK(d.min_window_count == defaults.min_window_count);
  CHECK(d.fill_top_list == defaults.fill_top_list);
  CHECK(d.surging_z == defaults.surging_z);
  CHECK(d.surging_min_count == defaults.surging_min_count);
  CHECK(d.new_min_count == defaults.new_min_count);
  CHECK(d.persistent_days == defaults.persistent_days);
  CHECK(d.cooling_ratio == defaults.cooling_ratio);
  CHECK(d.cooling_min_before == defaults.cooling_min_before);
  CHECK(d.repeat_days == defaults.repeat_days);
  CHECK(d.place_memory_days == defaults.place_memory_days);
}

TEST_CASE("[ranking] figures are read and checked against their ranges") {
  test::TempDir dir;
  const auto file = dir.write("settings.toml", "[ranking]\nhalf_life_days = 5\nsmoothing = 0.25\npersistent_days = 18\n");
  const Settings s = load_settings(file);
  CHECK(s.ranking.half_life_days == 5);
  CHECK(s.ranking.smoothing == 0.25);
  CHECK(s.ranking.persistent_days == 18);
  auto e = settings_error("[ranking]\npersistent_days = 29\n");
  CHECK(e.key() == "ranking.persistent_days");
  e = settings_error("[ranking]\nhalf_life_days = 0\n");
  CHECK(e.key() == "ranking.half_life_days");
  e = settings_error("[ranking]\nrepeat_days = 2.5\n");
  CHECK(e.line() == 2);
}

TEST_CASE("settings.toml sets the city, zone, cutoff, huddle days, grid, top-k and weights") {
  test::TempDir dir;
  const auto file = dir.write("settings.toml", R"(
[city]
name = "Seattle"
time_zone = "America/Los_Angeles"
[huddle]
cutoff = "07:30"
days = ["Mon", "Wed", "Fri"]
[ranking]
grid_metres = 200
top_k = 8
[weights]
needles = 2.5
)");
  const Settings s = load_settings(file);
  CHECK(s.city_name == "Seattle");
  CHECK(s.schedule().zone_name() == "America/Los_Angeles");
  CHECK(s.cutoff == std::chrono::minutes{7 * 60 + 30});
  CHECK(s.huddle_days == std::array<bool, 7>{false, true, false, true, false, true, false});
  CHECK(s.ranking.grid_metres == 200);
  CHECK(s.ranking.top_k == 8);
  CHECK(s.weight_overrides.at("needles") == 2.5);
}

TEST_CASE("a bad setting names the file, the line and the key") {
  auto e = settings_error("[city]\nname = \"X\"\n\n[huddle]\ncutoff = \"6 AM\"\n");
  CHECK(e.line() == 5);
  CHECK(e.key() == "huddle.cutoff");
  CHECK(std::string(e.what()).find("settings.toml:5") != std::string::npos);
  CHECK(std::string(e.what()).find("HH:MM") != std::string::npos);

  e = settings_error("[city]\ntime_zone = \"America/Boston\"\n");
  CHECK(e.line() == 2);
  CHECK(e.key() == "city.time_zone");

  e = settings_error("[huddle]\ndays = [\"Mon\", \"Funday\"]\n");
  CHECK(e.line() == 2);
  CHECK(std::string(e.what()).find("Funday") != std::string::npos);

  e = settings_error("[ranking]\ntop_k = 0\n");
  CHECK(e.key() == "ranking.top_k");

  e = settings_error("[ranking]\ntop_k = \"ten\"\n");
  CHECK(e.line() == 2);

  e = settings_error("[ranking]\ntopk = 5\n");  // a misspelt key is an error, not silently ignored
  CHECK(e.line() == 2);
  CHECK(e.key() == "ranking.topk");

  e = settings_error("[city]\nname = \"Boston\n");  // unterminated string: a TOML syntax error
  CHECK(e.line() == 2);
}

TEST_CASE("the shipped categories and departments load") {
  const auto categories = load_categories(std::filesystem::path(HUDDLE_SOURCE_RESOURCES) / "categories.toml");
  REQUIRE(categories.size() == 8);
  CHECK(categories.front().id == "overdose");
  CHECK(category_label(categories, "needles") == "Needle pickup");
  CHECK(category_label(categories, "unknown") == "unknown");
  const auto departments = load_departments(std::filesystem::path(HUDDLE_SOURCE_RESOURCES) / "departments.toml");
  CHECK(departments.size() >= 10);
  CHECK(departments[3].sort_order == 3);
}

TEST_CASE("bad category and department files name the line and key") {
  test::TempDir dir;
  auto file = dir.write("categories.toml", "[[category]]\nid = \"a\"\n\n[[category]]\nid = \"a\"\n");
  try {
    load_categories(file);
    FAIL("duplicate id accepted");
  } catch (const ConfigError& e) {
    CHECK(e.line() == 5);
    CHECK(e.key() == "category[2].id");
  }
  file = dir.write("categories.toml", "[[category]]\nid = \"a\"\ncolour = \"red\"\n");
  CHECK_THROWS_WITH_AS(load_categories(file), doctest::Contains("#rrggbb"), ConfigError);
  file = dir.write("categories.toml", "[[category]]\nid = \"a\"\nweight = -1\n");
  CHECK_THROWS_AS(load_categories(file), ConfigError);

  file = dir.write("departments.toml", "[[department]]\nname = \"Parks\"\n[[department]]\nname = \"parks\"\n");
  CHECK_THROWS_WITH_AS(load_departments(file), doctest::Contains("duplicate"), ConfigError);
  file = dir.write("departments.toml", "[[department]]\nshort = \"X\"\n");
  CHECK_THROWS_WITH_AS(load_departments(file), doctest::Contains("name"), ConfigError);
}

TEST_CASE("an id or a name of a million characters is refused at its line, without running out of stack") {
  test::TempDir dir;
  const std::string long_id(1'000'000, 'a');
  auto file = dir.write("categories.toml", "[[category]]\nid = \"a\"\n\n[[category]]\nid = \"" + long_id + "-\"\n");
  CHECK_THROWS_WITH_AS(load_categories(file), doctest::Contains("categories.toml:5"), ConfigError);
  file = dir.write("categories.toml", "[[category]]\nid = \"9lives\"\n");
  CHECK_THROWS_WITH_AS(load_categories(file), doctest::Contains("not a valid id"), ConfigError);
  file = dir.write("p.toml", "\nname = \"" + long_id + "_\"\nstream = \"311\"\n");
  CHECK_THROWS_WITH_AS(load_profile(file, {}), doctest::Contains("p.toml:2"), ConfigError);
  file = dir.write("p.toml", "name = \"ok-1\"\nstream = \"" + long_id + "-\"\n");
  CHECK_THROWS_WITH_AS(load_profile(file, {}), doctest::Contains("p.toml:2"), ConfigError);
}

TEST_CASE("weight overrides must name a known category") {
  auto categories = load_categories(std::filesystem::path(HUDDLE_SOURCE_RESOURCES) / "categories.toml");
  apply_weight_overrides(categories, {{"needles", 4.0}}, "settings.toml");
  CHECK(categories[3].id == "needles");
  CHECK(categories[3].weight == 4.0);
  CHECK_THROWS_WITH_AS(apply_weight_overrides(categories, {{"needle", 1.0}}, "settings.toml"),
                       doctest::Contains("weights.needle"), ConfigError);
}
