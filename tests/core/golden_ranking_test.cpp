// Golden rankings: tests/data/golden/*/input.json → the rank job → expected.json (see the README there).

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "core/jobs/rank_job.h"
#include "core/report/ranking_json.h"
#include "core/time/iso.h"
#include "test_support.h"

using namespace huddle;
using nlohmann::json;

namespace {

const std::filesystem::path kGolden = std::filesystem::path(HUDDLE_TEST_DATA) / "golden";

json read_json(const std::filesystem::path& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in, "cannot read " << path);
  return json::parse(in);
}

/// The times of one event group, as offsets before the cutoff.
std::vector<std::chrono::seconds> times_of(const json& group) {
  std::vector<std::chrono::seconds> out;
  const auto hours = [](double h) { return std::chrono::seconds{static_cast<long>(std::lround(h * 3600))}; };
  for (const double h : group.value("hours_before_cutoff", std::vector<double>{})) out.push_back(hours(h));
  if (group.contains("daily")) {
    const auto& d = group["daily"];
    for (int day = d["first"].get<int>(); day <= d["last"].get<int>(); ++day) {
      for (int i = 0; i < d["per_day"].get<int>(); ++i) out.push_back(hours(day * 24 + 12 - i));
    }
  }
  return out;
}

/// Stores the case's events; returns the time to rank at.
core::UtcTime store_case(const json& input, core::Workspace& ws, const core::HuddleSchedule& schedule) {
  const auto at = core::parse_utc(input["at"].get<std::string>());
  REQUIRE(at);
  const auto cutoff = schedule.current_at(*at).cutoff;
  std::vector<core::Event> events;
  for (const auto& group : input["events"]) {
    for (const auto before : times_of(group)) {
      core::Event e;
      e.stream = group["stream"];
      e.source_id = std::to_string(events.size() + 1);
      e.occurred_utc = cutoff - before;
      e.category = group["category"];
      e.address = group.value("address", "");
      if (group.contains("lat")) {
        e.lat = group["lat"].get<double>();
        e.lon = group["lon"].get<double>();
        e.geo_quality = core::GeoQuality::exact;
      }
      events.push_back(std::move(e));
    }
  }
  if (!events.empty()) ws.store->events().add(events);
  return *at;
}

/// Compares two JSON values, numbers to 1e-9; `where` names the key path in messages.
void check_same(const json& actual, const json& expected, const std::string& where) {
  if (expected.is_number() && actual.is_number()) {
    CHECK_MESSAGE(std::abs(actual.get<double>() - expected.get<double>()) <= 1e-9 * (1 + std::abs(expected.get<double>())),
                  where << ": " << actual << " != " << expected);
  } else if (expected.is_object() && actual.is_object()) {
    CHECK_MESSAGE(actual.size() == expected.size(), where << ": keys differ: " << actual.dump() << " vs " << expected.dump());
    for (const auto& [key, value] : expected.items()) {
      if (actual.contains(key)) check_same(actual[key], value, where + "." + key);
      else CHECK_MESSAGE(false, where << ": missing key " << key);
    }
  } else if (expected.is_array() && actual.is_array()) {
    CHECK_MESSAGE(actual.size() == expected.size(), where << ": " << actual.size() << " items, expected " << expected.size());
    for (std::size_t i = 0; i < std::min(actual.size(), expected.size()); ++i) {
      check_same(actual[i], expected[i], where + "[" + std::to_string(i) + "]");
    }
  } else {
    CHECK_MESSAGE(actual == expected, where << ": " << actual << " != " << expected);
  }
}

void run_case(const std::string& name) {
  const auto folder = kGolden / name;
  const json input = read_json(folder / "input.json");
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  if (input.contains("ranking")) {
    ws.settings.ranking.top_k = input["ranking"].value("top_k", ws.settings.ranking.top_k);
    ws.settings.ranking.watch_k = input["ranking"].value("watch_k", ws.settings.ranking.watch_k);
  }
  const auto schedule = ws.settings.schedule();
  const auto at = store_case(input, ws, schedule);
  const std::string actual = core::format_ranking_json(core::rank_huddle(*ws.store, ws.settings, ws.categories, schedule, at), schedule);
  if (std::getenv("HUDDLE_UPDATE_GOLDEN")) {
    std::ofstream(folder / "expected.json") << actual;
    MESSAGE("rewrote " << (folder / "expected.json"));
    return;
  }
  check_same(json::parse(actual), read_json(folder / "expected.json"), name);
}

}  // namespace

TEST_CASE("golden ranking: a Thursday morning") { run_case("thursday_morning"); }
TEST_CASE("golden ranking: the Monday after clocks went back") { run_case("monday_after_dst"); }
TEST_CASE("golden ranking: a city with no events yet") { run_case("empty_city"); }
