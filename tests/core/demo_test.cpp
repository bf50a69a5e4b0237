#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/analysis/grid.h"
#include "core/demo/demo_job.h"
#include "core/demo/demo_map.h"
#include "core/error.h"
#include "core/huddle/action_groups.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

const demo::HotPlace& hot(std::string_view slug) {
  for (const auto& p : demo::hot_places()) {
    if (p.slug == slug) return p;
  }
  throw Error("no hot place " + std::string(slug));
}

double metres(double lat1, double lon1, double lat2, double lon2) {
  const double k = 111195.0;
  const double dx = (lon2 - lon1) * k * std::cos(lat1 * 3.141592653589793 / 180.0), dy = (lat2 - lat1) * k;
  return std::sqrt(dx * dx + dy * dy);
}

/// Located events within `radius` m of a hot place per local day age (0 = today).
std::map<int, int> near_by_age(const demo::DemoCity& city, const demo::HotPlace& p, const HuddleSchedule& s,
                               Date today, double radius = 100) {
  std::map<int, int> out;
  for (const auto& e : city.events) {
    if (!e.located() || metres(p.lat, p.lon, *e.lat, *e.lon) > radius) continue;
    const int age = static_cast<int>((std::chrono::sys_days{today} - std::chrono::sys_days{s.local_date(e.occurred_utc)}).count());
    ++out[age];
  }
  return out;
}

double mean_per_day(const std::map<int, int>& by_age, int from_age, int to_age) {
  int n = 0;
  for (int a = from_age; a <= to_age; ++a) n += by_age.count(a) ? by_age.at(a) : 0;
  return static_cast<double>(n) / (to_age - from_age + 1);
}

struct Fixture {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  FakeClock clock{test::thanksgiving_morning()};
  HuddleSchedule schedule = ws.settings.schedule();
  Date today = schedule.local_date(clock.now());
  demo::DemoCity generate(demo::DemoOptions options = {}) {
    return demo::generate_demo_city(options, ws.settings, ws.store->departments().list(), clock.now());
  }
};

}  // namespace

TEST_CASE("the same seed and clock give the same city, event for event, and another seed another city") {
  Fixture f;
  const auto a = f.generate({30, 7}), b = f.generate({30, 7}), c = f.generate({30, 8});
  REQUIRE(a.events.size() == b.events.size());
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    const auto &x = a.events[i], &y = b.events[i];
    REQUIRE(x.source_id == y.source_id);
    REQUIRE(x.occurred_utc == y.occurred_utc);
    REQUIRE(x.category == y.category);
    REQUIRE(x.raw_type == y.raw_type);
    REQUIRE(x.address == y.address);
    REQUIRE(x.lat == y.lat);
    REQUIRE(x.lon == y.lon);
    REQUIRE(x.geo_quality == y.geo_quality);
  }
  CHECK(a.repeats == b.repeats);
  CHECK(a.events.size() != c.events.size());
}

TEST_CASE("the demo spans the requested days, ends today and holds nothing from the future") {
  Fixture f;
  const auto city = f.generate({60, 42});
  REQUIRE_FALSE(city.events.empty());
  const auto first = f.schedule.local_date(city.events.front().occurred_utc);
  CHECK(std::chrono::sys_days{f.today} - std::chrono::sys_days{first} == std::chrono::days{59});
  CHECK(city.events.back().occurred_utc < f.clock.now());
  CHECK(f.schedule.local_date(city.events.back().occurred_utc) == f.today);
  CHECK(std::is_sorted(city.events.begin(), city.events.end(),
                       [](const Event& x, const Event& y) { return x.occurred_utc < y.occurred_utc; }));
}

TEST_CASE("daily volumes are Boston-like and both streams are present") {
  Fixture f;
  const auto city = f.generate({60, 42});
  long n311 = 0, nems = 0, unlocated = 0;
  std::map<std::string, long> categories;
  for (const auto& e : city.events) {
    (e.stream == "311" ? n311 : nems) += 1;
    unlocated += e.located() ? 0 : 1;
    ++categories[e.category];
  }
  CHECK(static_cast<double>(n311) / 60.0 == doctest::Approx(100).epsilon(0.4));  // ~100 CRT-relevant 311 requests a day
  CHECK(static_cast<double>(nems) / 60.0 == doctest::Approx(22).epsilon(0.5));
  CHECK(categories.size() == 8);
  CHECK(categories["needles"] > categories["encampment"]);
  const double share = static_cast<double>(unlocated) / static_cast<double>(city.events.size());
  CHECK(share > 0.01);
  CHECK(share < 0.06);
}

TEST_CASE("the busiest cell of the last 28 days is the Mass Ave & Melnea Cass hot place") {
  Fixture f;
  const auto city = f.generate({60, 42});
  const Grid grid(f.ws.settings.center_lat, f.ws.settings.center_lon, 150);
  std::map<Cell, int> counts;
  for (const auto& e : city.events) {
    if (e.located() && f.clock.now() - e.occurred_utc < std::chrono::days{28}) ++counts[grid.cell_of(*e.lat, *e.lon)];
  }
  const auto top = std::max_element(counts.begin(), counts.end(), [](auto& x, auto& y) { return x.second < y.second; });
  double lat = 0, lon = 0;
  grid.centre_of(top->first, lat, lon);
  const auto& mass_cass = hot("mass-cass");
  CHECK(metres(lat, lon, mass_cass.lat, mass_cass.lon) < 150);
  CHECK(top->second > 28 * 4);  // several reports a day, every day
}

TEST_CASE("one place surges in the last two days and one has cooled off") {
  Fixture f;
  const auto city = f.generate({60, 42});
  const auto surge = near_by_age(city, hot("uphams"), f.schedule, f.today);
  CHECK(mean_per_day(surge, 2, 29) < 0.8);
  CHECK(surge.count(1));
  CHECK(surge.at(1) >= 5);  // yesterday alone
  const auto cool = near_by_age(city, hot("fenway"), f.schedule, f.today);
  CHECK(mean_per_day(cool, 7, 40) > 3.0);
  CHECK(mean_per_day(cool, 0, 6) < mean_per_day(cool, 7, 40) / 2.5);  // background reports nearby remain
}

TEST_CASE("repeat reports are the same thing: same category, later, within 6 h and 50 m") {
  Fixture f;
  const auto city = f.generate({60, 42});
  REQUIRE(city.repeats.size() > 20);
  for (const auto& [repeat, original] : city.repeats) {
    const auto &r = city.events[repeat], &o = city.events[original];
    CHECK(r.category == o.category);
    CHECK(r.stream == o.stream);
    CHECK(r.occurred_utc > o.occurred_utc);
    CHECK(r.occurred_utc - o.occurred_utc <= std::chrono::hours{6});
    CHECK(r.source_id != o.source_id);
    if (r.located()) CHECK(metres(*r.lat, *r.lon, *o.lat, *o.lon) < 50);
  }
}

TEST_CASE("the demo job stores the city with past huddles and a true mix of actions") {
  Fixture f;
  NullProgress progress;
  const auto report = run_demo_job(f.ws, {60, 42}, f.clock, progress, f.dir.path() / "extracts");
  CHECK(f.ws.store->events().count() == report.events);
  CHECK(std::filesystem::exists(report.calls_311));
  CHECK(std::filesystem::exists(report.calls_ems));
  CHECK(report.huddles >= 10);
  const auto huddles = f.ws.store->huddles().list();
  CHECK(static_cast<long>(huddles.size()) == report.huddles);
  CHECK(huddles.front().date < f.today);  // today's huddle is for the chair to prepare
  CHECK(huddles.front().state == HuddleState::closed);
  CHECK_FALSE(huddles.front().attendance.empty());

  const auto actions = f.ws.store->actions().list();
  CHECK(static_cast<long>(actions.size()) == report.actions);
  std::map<ActionGroup, int> groups;
  std::map<ActionStatus, int> statuses;
  for (const auto& a : actions) {
    ++groups[group_of(a, f.today)];
    ++statuses[a.status];
    const auto history = f.ws.store->actions().history(a.id);
    REQUIRE_FALSE(history.empty());
    CHECK(history.front().field == "created");
    CHECK(history.back().changed_utc <= f.clock.now());
    CHECK(a.huddle_id.has_value());
  }
  CHECK(groups[ActionGroup::overdue] >= 2);
  CHECK(groups[ActionGroup::due_today] >= 1);
  CHECK(groups[ActionGroup::open] >= 1);
  CHECK(statuses[ActionStatus::done] >= 5);

  const auto again = run_demo_job(f.ws, {60, 42}, f.clock, progress, f.dir.path() / "extracts");  // replaces, not adds
  CHECK(f.ws.store->events().count() == again.events);
  CHECK(f.ws.store->actions().list().size() == actions.size());
}

TEST_CASE("the demo's extracts go through the import: every event arrives as generated and repeats are linked") {
  Fixture f;
  NullProgress progress;
  const auto city = f.generate({20, 5});
  run_demo_job(f.ws, {20, 5}, f.clock, progress, f.dir.path() / "extracts");
  const auto stored = f.ws.store->events().in_range(city.events.front().occurred_utc, f.clock.now());
  REQUIRE(stored.size() == city.events.size());
  std::map<std::string, const Event*> by_id;
  for (const auto& e : stored) by_id[e.stream + "/" + e.source_id] = &e;
  for (const auto& g : city.events) {
    const Event* e = by_id.at(g.stream + "/" + g.source_id);
    CHECK(e->occurred_utc == g.occurred_utc);
    CHECK(e->category == g.category);
    CHECK(e->address == g.address);
    CHECK(e->located() == g.located());
    if (g.located()) CHECK(std::abs(*e->lat - *g.lat) < 1e-6);
  }
  for (const auto& [repeat, original] : city.repeats) {
    const auto& g = city.events[repeat];
    const auto& o = city.events[original];
    if (!g.located()) continue;
    // Linked to its original, or its original is itself a repeat of an earlier first report that is too far away
    // (in time or space) from this one.
    const bool linked = by_id.at(g.stream + "/" + g.source_id)->linked_to.has_value();
    CHECK((linked || by_id.at(o.stream + "/" + o.source_id)->linked_to.has_value()));
  }
}

TEST_CASE("the demo job never wipes a database that holds imported extracts") {
  Fixture f;
  Extract x{0, "boston311.csv", "abc", "boston311-legacy-30", "311", f.clock.now(), 1, 1, 0};
  f.ws.store->extracts().add(x);
  NullProgress progress;
  CHECK_THROWS_WITH_AS(run_demo_job(f.ws, {}, f.clock, progress, f.dir.path() / "extracts"),
                       doctest::Contains("boston311.csv"), StorageError);
  CHECK(f.ws.store->extracts().list().size() == 1);
}

TEST_CASE("a cancelled demo job changes nothing") {
  test::CancelAtOnce cancel;
  Fixture f;
  CHECK_THROWS_AS(run_demo_job(f.ws, {}, f.clock, cancel, f.dir.path() / "extracts"), Cancelled);
  CHECK(f.ws.store->events().count() == 0);
}

TEST_CASE("demo days outside 1..3650 are refused") {
  Fixture f;
  CHECK_THROWS_AS(f.generate({0, 1}), Error);
  CHECK_THROWS_AS(f.generate({4000, 1}), Error);
}
