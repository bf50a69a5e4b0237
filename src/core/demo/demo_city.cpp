#include "core/demo/demo_city.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "core/analysis/grid.h"
#include "core/demo/demo_map.h"
#include "core/demo/random.h"
#include "core/error.h"

namespace huddle::core::demo {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr double kMetresPerDegLat = 111195.0;

/// Relative activity per local hour of the day.
constexpr std::array<double, 24> k311Hours = {0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.45, 0.8, 1.0, 1.0, 1.0, 0.95,
                                              0.9,  0.9, 0.9,  0.85, 0.8, 0.75, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2};
constexpr std::array<double, 24> kEmsHours = {0.7, 0.6, 0.5, 0.45, 0.4, 0.45, 0.55, 0.7, 0.8, 0.9, 1.0, 1.0,
                                              1.0, 1.0, 1.0, 1.0,  1.0, 1.0,  0.95, 0.9, 0.9, 0.85, 0.8, 0.75};

/// One generated category with its stream and the raw types the feeds use for it.
struct Kind {
  const char* category;
  const char* stream;
  std::vector<const char*> raw_types;
  double background_per_day;  // citywide, away from the hot places
};

const std::vector<Kind>& kinds() {
  static const std::vector<Kind> k = {
      {"needles", "311", {"Needle Pickup"}, 14.0},
      {"encampment", "311", {"Encampments"}, 2.0},
      {"human_waste", "311", {"Human Waste"}, 0.25},
      {"dumping", "311", {"Illegal Dumping", "Requests for Street Cleaning", "Improper Storage of Trash (Barrels)"}, 20.0},
      {"qol", "311", {"Pick up Dead Animal", "Rodent Activity", "Graffiti Removal", "Abandoned Vehicles",
                      "Loud Parties/Music/People"}, 16.0},
      {"other", "311", {"Street Light Outages", "Pothole Repair (Internal)", "Sidewalk Repair (Make Safe)"}, 10.0},
      {"overdose", "ems", {"EMS: OVERDOSE"}, 3.5},
      {"ems_behavioral", "ems", {"EMS: BEHAVIORAL", "EMS: PERSON DOWN", "EMS: UNCONSCIOUS PERSON"}, 10.0},
  };
  return k;
}

double hot_rate(const HotPlace& p, std::string_view category) {
  if (category == "needles") return p.needles;
  if (category == "encampment") return p.encampment;
  if (category == "human_waste") return p.human_waste;
  if (category == "dumping") return p.dumping;
  if (category == "overdose") return p.overdose;
  if (category == "ems_behavioral") return p.ems_behavioral;
  return 0;
}

/// How active a hot place is `age` days before the date of the huddle in force (negative: the days after it).
double trend_factor(Trend trend, int age) {
  switch (trend) {
    case Trend::persistent: return 1.0;
    case Trend::surging: return age <= 1 ? 2.4 : 0.04;
    case Trend::cooling: return age < 7 ? 0.2 : 1.0;
  }
  return 1.0;
}

/// A point `radius` metres or less from (lat, lon).
void jitter(Random& rng, double& lat, double& lon, double radius) {
  double r = radius * std::sqrt(rng.uniform());
  double a = rng.uniform(0, 2 * 3.141592653589793);
  lat += r * std::sin(a) / kMetresPerDegLat;
  lon += r * std::cos(a) / (kMetresPerDegLat * std::cos(lat * 3.141592653589793 / 180.0));
}

double round6(double v) { return std::round(v * 1e6) / 1e6; }

class EventMaker {
 public:
  EventMaker(Random& rng, const HuddleSchedule& schedule, UtcTime now) : m_rng(rng), m_schedule(schedule), m_now(now) {}

  /// `count` events of `kind` on local day `day`, at the hot place or on a background street when `place` is null.
  void make(const Kind& kind, const HotPlace* place, std::chrono::local_days day, int count) {
    const auto& hours_profile = std::string_view(kind.stream) == "ems" ? kEmsHours : k311Hours;
    for (int i = 0; i < count; ++i) {
      auto hour = m_rng.weighted(hours_profile);
      std::chrono::local_seconds local = day + hours{hour} + seconds{m_rng.integer(0, 3599)};
      UtcTime t = m_schedule.to_utc(local);
      if (t >= m_now) continue;  // the demo holds no reports from the future
      Event e;
      e.stream = kind.stream;
      e.category = kind.category;
      e.raw_type = kind.raw_types[static_cast<std::size_t>(m_rng.integer(0, static_cast<int>(kind.raw_types.size()) - 1))];
      e.occurred_utc = t;
      place ? at_hot_place(e, *place) : on_street(e);
      unlocate_some(e);
      const bool repeatable = place && e.stream == kStream311;
      m_events.push_back(std::move(e));
      if (repeatable && m_rng.chance(0.10)) repeat_last();
    }
  }

  std::vector<Event>& events() { return m_events; }
  std::vector<std::pair<std::size_t, std::size_t>>& repeats() { return m_repeats; }

 private:
  void at_hot_place(Event& e, const HotPlace& p) {
    double lat = p.lat, lon = p.lon;
    jitter(m_rng, lat, lon, 45);
    e.lat = round6(lat);
    e.lon = round6(lon);
    if (m_rng.chance(0.7)) {
      e.address = std::string(p.intersection);
      e.geo_quality = GeoQuality::intersection;
    } else {
      std::string_view first_street = p.intersection.substr(0, p.intersection.find(" & "));
      e.address = fmt::format("{} {}", m_rng.integer(1, 60) * 2, first_street);
      e.geo_quality = GeoQuality::exact;
    }
  }

  void on_street(Event& e) {
    const auto all = streets();
    const Street& s = all[static_cast<std::size_t>(m_rng.integer(0, static_cast<int>(all.size()) - 1))];
    double lat = s.lat, lon = s.lon;
    jitter(m_rng, lat, lon, 300);
    e.lat = round6(lat);
    e.lon = round6(lon);
    e.address = fmt::format("{} {}", m_rng.integer(s.first, s.last), s.name);
    e.geo_quality = GeoQuality::exact;
  }

  void unlocate_some(Event& e) {
    double x = m_rng.uniform();
    if (x < 0.02) {  // address text only, never geocoded
      e.lat.reset();
      e.lon.reset();
      e.geo_quality = GeoQuality::missing;
    } else if (x < 0.03 && e.stream == "311") {  // the City Hall placeholder point, rejected on import
      e.lat.reset();
      e.lon.reset();
      e.address = "1 City Hall Sq";
      e.geo_quality = GeoQuality::placeholder;
    }
  }

  /// A second report of the same thing a little later and a few metres away.
  void repeat_last() {
    std::size_t original = m_events.size() - 1;
    Event r = m_events[original];
    r.occurred_utc += minutes{m_rng.integer(15, 300)};
    if (r.occurred_utc >= m_now) return;
    if (r.located()) {
      double lat = *r.lat, lon = *r.lon;
      jitter(m_rng, lat, lon, 25);
      r.lat = round6(lat);
      r.lon = round6(lon);
    }
    m_events.push_back(std::move(r));
    m_repeats.emplace_back(m_events.size() - 1, original);
  }

  Random& m_rng;
  const HuddleSchedule& m_schedule;
  UtcTime m_now;
  std::vector<Event> m_events;
  std::vector<std::pair<std::size_t, std::size_t>> m_repeats;
};

/// Sorts events by time (keeping repeat pairs pointing at the right rows) and numbers their source ids.
void order_and_number(std::vector<Event>& events, std::vector<std::pair<std::size_t, std::size_t>>& repeats) {
  std::vector<std::size_t> order(events.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return events[a].occurred_utc < events[b].occurred_utc; });
  std::vector<std::size_t> position(events.size());
  std::vector<Event> sorted;
  sorted.reserve(events.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    position[order[i]] = i;
    sorted.push_back(std::move(events[order[i]]));
  }
  events = std::move(sorted);
  for (auto& [repeat, original] : repeats) {
    repeat = position[repeat];
    original = position[original];
  }
  std::sort(repeats.begin(), repeats.end());
  long n311 = 0, nems = 0;
  for (auto& e : events) {
    e.source_id = e.stream == "311" ? fmt::format("1010050{:05}", ++n311) : fmt::format("E{:07}", ++nems);
  }
}

/// The department best matching `kind` (first of that kind, else the first department).
const Department& department_of(const std::vector<Department>& departments, std::string_view kind, int nth = 0) {
  int seen = 0;
  for (const auto& d : departments) {
    if (d.kind == kind && seen++ == nth) return d;
  }
  for (const auto& d : departments) {
    if (d.kind == kind) return d;
  }
  return departments.front();
}

std::string seat_of(const Department& d) {
  std::string seat;
  for (char c : d.short_name) {
    if (std::isalnum(static_cast<unsigned char>(c))) seat += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return seat + ".lead";
}

struct ActionTemplate {
  const char* title;  // {} = place name
  const char* department_kind;
  int nth;  // which department of that kind
  const char* owner;
};

constexpr std::array<ActionTemplate, 10> kTemplates = {{
    {"Sharps sweep around {}", "city", 0, "Mobile sharps team"},
    {"Outreach visit and shelter offer at {}", "outreach", 0, "Outreach team A"},
    {"Clean-up of encampment debris at {}", "city", 0, "District 10A crew"},
    {"Naloxone and recovery outreach at {}", "health", 0, "Engagement team"},
    {"Extra patrol presence at {}", "police", 0, "Community service officers"},
    {"Sanitize sidewalk at {}", "city", 0, "Hazmat wash crew"},
    {"Check street lighting at {}", "city", 0, "Street lighting"},
    {"Clear brush and check for sharps at {}", "city", 1, "Park rangers"},
    {"Inspect vacant lot for trash violations near {}", "city", 2, "Code enforcement"},
    {"Follow up on repeat 911 callers at {}", "ems", 0, "Community paramedic"},
}};

class ActionPlanner {
 public:
  ActionPlanner(Random& rng, const std::vector<Department>& departments, const Grid& grid, UtcTime now, Date today)
      : m_rng(rng), m_departments(departments), m_grid(grid), m_now(now), m_today(today) {}

  DemoAction plan(const HotPlace& place, const Huddle& huddle) {
    const auto& t = kTemplates[static_cast<std::size_t>(m_rng.integer(0, static_cast<int>(kTemplates.size()) - 1))];
    const Department& dept = department_of(m_departments, t.department_kind, t.nth);
    DemoAction a;
    a.created_by = "crt.chair";
    a.action.title = fmt::vformat(t.title, fmt::make_format_args(place.intersection));
    a.action.department_id = dept.id;
    a.action.owner = t.owner;
    a.action.place_id = Grid::cell_id(m_grid.cell_of(place.lat, place.lon));
    a.action.place_name = "near " + std::string(place.intersection);
    a.action.created_utc = huddle.cutoff_utc + minutes{m_rng.integer(120, 135)};  // during the 08:00 meeting
    a.action.priority = m_rng.chance(0.2) ? ActionPriority::high : ActionPriority::normal;
    std::chrono::sys_days due = std::chrono::sys_days{huddle.date} + days{std::array{1, 1, 2, 3, 5, 7}[static_cast<std::size_t>(m_rng.integer(0, 5))]};
    a.action.due = Date{due};
    plan_outcome(a, dept);
    return a;
  }

 private:
  void step(DemoAction& a, UtcTime when, const std::string& who, ActionStatus status, std::string note) {
    if (when >= m_now || when <= a.action.created_utc) return;
    if (!a.steps.empty() && when <= a.steps.back().when) return;
    a.steps.push_back({when, who, status, std::move(note)});
  }

  void plan_outcome(DemoAction& a, const Department& dept) {
    const std::string seat = seat_of(dept);
    const std::chrono::sys_days due{*a.action.due};
    const std::chrono::sys_days today{m_today};
    const UtcTime started = a.action.created_utc + hours{m_rng.integer(3, 30)};
    double x = m_rng.uniform();
    if (due < today) {
      if (x < 0.8) {
        step(a, started, seat, ActionStatus::in_progress, "");
        step(a, UtcTime{due} + hours{m_rng.integer(12, 20)} - days{m_rng.integer(0, 1)}, seat, ActionStatus::done,
             "Completed; site checked afterwards.");
      } else if (x < 0.88) {
        step(a, started, "crt.chair", ActionStatus::dropped, "Covered by another action.");
      } else if (x < 0.94) {
        step(a, started, seat, ActionStatus::in_progress, "");
      }  // else: still open, nobody touched it: overdue
    } else if (due > today && x < 0.35) {
      step(a, started, seat, ActionStatus::in_progress, "Scheduled.");
    }
  }

  Random& m_rng;
  const std::vector<Department>& m_departments;
  const Grid& m_grid;
  UtcTime m_now;
  Date m_today;
};

ActionStatus final_status(const DemoAction& a) { return a.steps.empty() ? a.action.status : a.steps.back().status; }

/// Makes sure every screen has something true to show: at least two overdue actions and one due today.
void ensure_mix(std::vector<DemoHuddle>& huddles, Date today) {
  auto count = [&](auto pred) {
    int n = 0;
    for (auto& h : huddles)
      for (auto& a : h.actions) n += pred(a) ? 1 : 0;
    return n;
  };
  auto overdue = [&](const DemoAction& a) { return is_open(final_status(a)) && *a.action.due < today; };
  for (auto& h : huddles) {
    for (auto& a : h.actions) {
      if (count(overdue) >= 2) break;
      if (*a.action.due < today && !overdue(a)) a.steps.clear();
    }
  }
  auto due_today = [&](const DemoAction& a) { return is_open(final_status(a)) && *a.action.due == today; };
  if (count(due_today) == 0 && !huddles.empty() && !huddles.back().actions.empty()) {
    auto& a = huddles.back().actions.front();
    a.action.due = today;
    a.steps.clear();
  }
}

}  // namespace

DemoCity generate_demo_city(const DemoOptions& options, const Settings& settings,
                            const std::vector<Department>& departments, UtcTime now) {
  if (options.days < 1 || options.days > 3650) {
    throw Error(fmt::format("demo days must be between 1 and 3650 (got {})", options.days));
  }
  if (departments.empty()) throw Error("the demo needs at least one department");
  const HuddleSchedule schedule = settings.schedule();
  const Grid grid(settings.center_lat, settings.center_lon, settings.ranking.grid_metres);
  const Date today = schedule.local_date(now);
  // Trends are dated from the huddle in force, so that its ranking shows them whatever the time of day or week.
  const Date in_force = schedule.current_at(now).date;
  const int trend_lag = static_cast<int>((std::chrono::sys_days{today} - std::chrono::sys_days{in_force}).count());
  Random rng(options.seed);
  EventMaker maker(rng, schedule, now);

  for (int age = options.days - 1; age >= 0; --age) {
    const std::chrono::local_days day{std::chrono::sys_days{today}.time_since_epoch() - days{age}};
    const unsigned weekday = std::chrono::weekday{std::chrono::sys_days{day.time_since_epoch()}}.c_encoding();
    const bool weekend = weekday == 0 || weekday == 6;
    for (const Kind& kind : kinds()) {
      const double week = std::string_view(kind.stream) == "ems" ? (weekend ? 1.1 : 1.0) : (weekend ? 0.7 : 1.0);
      maker.make(kind, nullptr, day, rng.poisson(kind.background_per_day * week));
      for (const HotPlace& place : hot_places()) {
        double rate = hot_rate(place, kind.category) * trend_factor(place.trend, age - trend_lag) * week;
        maker.make(kind, &place, day, rng.poisson(rate));
      }
    }
  }

  DemoCity city;
  city.events = std::move(maker.events());
  city.repeats = std::move(maker.repeats());
  order_and_number(city.events, city.repeats);

  // Past huddles of the last three weeks (within the demo period), each agreeing actions on active places. The
  // huddle in force is left to be created, whatever the hour: before the cutoff it is yesterday's, not today's.
  ActionPlanner planner(rng, departments, grid, now, today);
  std::vector<Date> huddle_days;
  for (Date d = schedule.previous_huddle_day(in_force);
       std::chrono::sys_days{today} - std::chrono::sys_days{d} <= days{21} &&
       std::chrono::sys_days{today} - std::chrono::sys_days{d} < days{options.days};
       d = schedule.previous_huddle_day(d)) {
    huddle_days.insert(huddle_days.begin(), d);
  }
  for (Date d : huddle_days) {
    DemoHuddle h;
    auto window = schedule.window_for(d);
    h.huddle.date = d;
    h.huddle.cutoff_utc = window.cutoff;
    h.huddle.window_start_utc = window.start;
    h.huddle.state = HuddleState::closed;
    for (const auto& dep : departments) {
      if (rng.chance(0.8)) h.huddle.attendance.push_back(dep.id);
    }
    const int age = static_cast<int>((std::chrono::sys_days{today} - std::chrono::sys_days{d}).count());
    for (const HotPlace& place : hot_places()) {
      if (trend_factor(place.trend, age - trend_lag) < 0.5 || !rng.chance(0.3)) continue;
      h.actions.push_back(planner.plan(place, h.huddle));
    }
    city.huddles.push_back(std::move(h));
  }
  ensure_mix(city.huddles, today);
  return city;
}

}  // namespace huddle::core::demo
