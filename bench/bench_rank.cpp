// bench_rank: how long one morning's ranking takes on a million located events stored in SQLite, next to the same
// ranking written as one SQL GROUP BY query over the same table, and how long a year's backtest takes.
// Usage: bench_rank [--runs N] [--backtest-runs M]   (N defaults to 7, M to 3; medians printed)
//
// The program first builds two on-disk databases in a temporary folder (removed at the end), each in a child
// process so that its memory does not count in this process's peak RSS: 1,000,000 located events over the 30 days
// before Thursday 26 November 2026 06:00 in Boston (exactly what one ranking reads: 28 days plus the baseline's 2),
// and 300,000 over the 395 days a 365-day backtest reads. The events come from a seeded synthetic city (the same
// seed gives the same events): 40 % are drawn at 300 hot spots of Zipf-like sizes (some of them come and go), 45 %
// in 40 broad neighbourhoods, 15 % uniformly, over a Boston-sized square (±10 km around 42.3355, -71.07); 311 and
// EMS streams with daytime and evening peaks, every category of resources/categories.toml; addresses that name
// the hot spots.
//
// Timed, each the median of its runs:
//   - rank_huddle end to end (read from SQLite, rank, name, explain, remember), on a connection kept open and on a
//     database opened anew for each run (SQLite's page cache empty, the OS's warm);
//   - where its time goes: load_event_frame alone, and the same SELECT stepped with the C API keeping nothing;
//     rank_places alone on the loaded frame, and tally_cells alone; the quality box's queries; the reads that
//     name new places;
//   - the obvious alternative: one SELECT ... GROUP BY over the event table giving each 150 m cell's decayed burden
//     and window count, the top 10 by burden, on a connection kept open and on a new one (its burdens are checked
//     against tally_cells');
//   - backtest_huddle over 365 days with k = 10 (it loads its events and ranks every day), and its load alone.
// Peak RSS: of one rank_huddle in a process of its own, and of this process.

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <numbers>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "core/analysis/cell_tally.h"
#include "core/analysis/event_frame.h"
#include "core/analysis/grid.h"
#include "core/analysis/ranking.h"
#include "bench_support.h"
#include "core/demo/random.h"
#include "core/jobs/backtest_job.h"
#include "core/jobs/rank_job.h"
#include "core/jobs/workspace.h"
#include "core/time/iso.h"

using huddle::bench::in_child;
using huddle::bench::peak_rss_mb;

namespace {

namespace fs = std::filesystem;
using namespace huddle::core;
using Clock = std::chrono::steady_clock;

// ---------------------------------------------------------------------------------------------------------------
// Figures and timing

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

template <typename F>
double time_ms(F&& f) {
  const auto start = Clock::now();
  f();
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// ---------------------------------------------------------------------------------------------------------------
// The synthetic city

/// Thursday 26 November 2026 06:00 in Boston: the cutoff of the ranking, and the end of both data sets.
constexpr auto kCutoff = std::chrono::sys_days{std::chrono::year{2026} / 11 / 26} + std::chrono::hours{11};
constexpr std::uint64_t kSeed = 20261126;
constexpr double kHalfExtent = 10000;  // metres either side of the centre
constexpr int kHotSpots = 300;
constexpr int kNeighbourhoods = 40;
constexpr double kHotSpotShare = 0.40, kNeighbourhoodShare = 0.45;  // the rest: uniform over the square

constexpr std::array<std::string_view, 8> kCategories = {"overdose",    "ems_behavioral", "encampment", "needles",
                                                         "human_waste", "dumping",        "qol",        "other"};
using CategoryMix = std::array<double, kCategories.size()>;
constexpr CategoryMix k311Usual = {0, 0, 0.05, 0.08, 0.06, 0.28, 0.38, 0.15};
constexpr CategoryMix k311Crisis = {0, 0, 0.28, 0.35, 0.15, 0.07, 0.10, 0.05};
constexpr CategoryMix kEmsUsual = {0.08, 0.32, 0, 0, 0, 0, 0, 0.60};
constexpr CategoryMix kEmsCrisis = {0.45, 0.40, 0, 0, 0, 0, 0, 0.15};

constexpr std::array<std::string_view, 24> kStreets = {
    "Massachusetts Ave", "Melnea Cass Blvd", "Washington St", "Tremont St",    "Boylston St",      "Columbus Ave",
    "Albany St",         "Harrison Ave",     "Dudley St",     "Blue Hill Ave", "Dorchester Ave",   "Centre St",
    "Boston St",         "Southampton St",   "Hancock St",    "Bowdoin St",    "Geneva Ave",       "Hyde Park Ave",
    "Cambridge St",      "Summer St",        "Atlantic Ave",  "Broadway",      "Commonwealth Ave", "Shawmut Ave"};

/// A small area where events pile up (an encampment, a corner, a shelter's door).
struct HotSpot {
  double x = 0, y = 0;                     ///< Metres east and north of the centre.
  double sigma = 0;                        ///< Spread of its points, metres.
  double weight = 0;                       ///< Its share among hot spots (Zipf-like).
  bool crisis = false;                     ///< Overdoses, needles and encampments rather than dumping and litter.
  double newest_age = 0;                   ///< Days before the end that it went quiet (0: still active).
  double oldest_age = 0;                   ///< Days before the end that it started.
  std::size_t street_a = 0, street_b = 0;  ///< Its intersection.
};

/// A broad area of ordinary activity.
struct Neighbourhood {
  double x = 0, y = 0, sigma = 0, weight = 0;
};

struct SyntheticCity {
  std::vector<HotSpot> hot_spots;
  std::vector<double> hot_spot_weights;
  std::vector<Neighbourhood> neighbourhoods;
  std::vector<double> neighbourhood_weights;
};

/// A drawn event before it becomes an Event (compact, so that a million of them can be sorted by time).
struct Draft {
  std::int64_t t = 0;  ///< Seconds since 1970.
  double x = 0, y = 0;
  int hot_spot = -1;  ///< Index, or -1.
  bool ems = false;
  std::uint8_t category = 0;
  std::uint16_t street = 0, number = 0;  ///< Its address, when not its hot spot's intersection.
};

double normal(demo::Random& random) {  // Box-Muller
  const double r = std::sqrt(-2 * std::log(1 - random.uniform()));
  return r * std::cos(2 * std::numbers::pi * random.uniform());
}

SyntheticCity make_city(demo::Random& random, double span_days) {
  SyntheticCity city;
  for (int i = 0; i < kHotSpots; ++i) {
    HotSpot h;
    h.x = random.uniform(-0.8 * kHalfExtent, 0.8 * kHalfExtent);
    h.y = random.uniform(-0.8 * kHalfExtent, 0.8 * kHalfExtent);
    h.sigma = random.uniform(15, 70);
    h.weight = 1 / std::pow(i + 1, 0.6);
    h.crisis = random.chance(0.35);
    h.oldest_age = span_days;
    if (random.chance(0.3)) {  // one that comes and goes within the span
      const double length = random.uniform(2, std::max(3.0, span_days / 3));
      h.newest_age = random.uniform(0, span_days - length);
      h.oldest_age = h.newest_age + length;
    }
    h.street_a = static_cast<std::size_t>(random.integer(0, kStreets.size() - 1));
    h.street_b = (h.street_a + static_cast<std::size_t>(random.integer(1, kStreets.size() - 1))) % kStreets.size();
    city.hot_spots.push_back(h);
    city.hot_spot_weights.push_back(h.weight);
  }
  for (int i = 0; i < kNeighbourhoods; ++i) {
    Neighbourhood n{random.uniform(-0.7 * kHalfExtent, 0.7 * kHalfExtent),
                    random.uniform(-0.7 * kHalfExtent, 0.7 * kHalfExtent), random.uniform(400, 1500),
                    random.uniform(0.5, 2)};
    city.neighbourhoods.push_back(n);
    city.neighbourhood_weights.push_back(n.weight);
  }
  return city;
}

/// A point around (x, y) with spread `sigma`, redrawn until it falls inside the square.
void place_near(demo::Random& random, double x, double y, double sigma, Draft& d) {
  do {
    d.x = x + sigma * normal(random);
    d.y = y + sigma * normal(random);
  } while (std::abs(d.x) > kHalfExtent || std::abs(d.y) > kHalfExtent);
}

/// An age in seconds between `newest` and `oldest` days, with 311's daytime peak and EMS's evening one.
std::int64_t draw_age(demo::Random& random, double newest, double oldest, bool ems, std::int64_t end) {
  for (;;) {
    const auto age = static_cast<std::int64_t>(random.uniform(newest, oldest) * kDaySeconds);
    const auto local_hour = ((end - age) / 3600 + 19) % 24;  // UTC-5, near enough for a shape
    const double keep = ems ? (local_hour >= 10 ? 1.0 : 0.6) : (local_hour >= 7 && local_hour < 19 ? 1.0 : 0.35);
    if (age > 0 && random.chance(keep)) return age;
  }
}

Draft draw_event(const SyntheticCity& city, demo::Random& random, double span_days, std::int64_t end) {
  Draft d;
  const double u = random.uniform();
  bool crisis = false;
  double newest = 0, oldest = span_days;
  if (u < kHotSpotShare) {
    d.hot_spot = static_cast<int>(random.weighted(city.hot_spot_weights));
    const HotSpot& h = city.hot_spots[static_cast<std::size_t>(d.hot_spot)];
    place_near(random, h.x, h.y, h.sigma, d);
    crisis = h.crisis;
    newest = h.newest_age;
    oldest = h.oldest_age;
  } else if (u < kHotSpotShare + kNeighbourhoodShare) {
    const Neighbourhood& n = city.neighbourhoods[random.weighted(city.neighbourhood_weights)];
    place_near(random, n.x, n.y, n.sigma, d);
  } else {
    d.x = random.uniform(-kHalfExtent, kHalfExtent);
    d.y = random.uniform(-kHalfExtent, kHalfExtent);
  }
  d.ems = random.chance(crisis ? 0.40 : 0.22);
  const CategoryMix& mix = d.ems ? (crisis ? kEmsCrisis : kEmsUsual) : (crisis ? k311Crisis : k311Usual);
  d.category = static_cast<std::uint8_t>(random.weighted(mix));
  d.t = end - draw_age(random, newest, oldest, d.ems, end);
  // Most reports at a hot spot give its intersection; the others (and every other event) a street address.
  if (d.hot_spot >= 0 && random.chance(0.8)) return d;
  d.street = static_cast<std::uint16_t>(random.integer(0, kStreets.size() - 1));
  d.number = static_cast<std::uint16_t>(random.integer(1, 999));
  return d;
}

/// `count` events of `city` over the `span_days` days before `end`, oldest first.
std::vector<Draft> draw_events(const SyntheticCity& city, demo::Random& random, long count, double span_days,
                               UtcTime end) {
  std::vector<Draft> drafts;
  drafts.reserve(static_cast<std::size_t>(count));
  const std::int64_t end_s = end.time_since_epoch().count();
  for (long i = 0; i < count; ++i) drafts.push_back(draw_event(city, random, span_days, end_s));
  std::stable_sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) { return a.t < b.t; });
  return drafts;
}

/// Latitude and longitude of a point in metres from the centre (the inverse of the ranking grid's projection).
struct Projection {
  double lat0, lon0, per_deg_lat, per_deg_lon;
  explicit Projection(const Settings& s)
      : lat0(s.center_lat),
        lon0(s.center_lon),
        per_deg_lat(6371008.8 * std::numbers::pi / 180.0),  // the Earth's radius grid.cpp uses
        per_deg_lon(per_deg_lat * std::cos(s.center_lat * std::numbers::pi / 180.0)) {}
};

std::string address_of(const Draft& d, const SyntheticCity& city) {
  if (d.number == 0) {
    const HotSpot& h = city.hot_spots[static_cast<std::size_t>(d.hot_spot)];
    return fmt::format("{} & {}", kStreets[h.street_a], kStreets[h.street_b]);
  }
  return fmt::format("{} {}", d.number, kStreets[d.street]);
}

Event to_event(const Draft& d, const SyntheticCity& city, long serial, const Projection& p) {
  Event e;
  e.stream = std::string(d.ems ? kStreamEms : kStream311);
  e.source_id = std::to_string(serial);
  e.occurred_utc = UtcTime{std::chrono::seconds{d.t}};
  e.category = std::string(kCategories[d.category]);
  e.raw_type = e.category;
  e.address = address_of(d, city);
  e.lat = p.lat0 + d.y / p.per_deg_lat;
  e.lon = p.lon0 + d.x / p.per_deg_lon;
  e.geo_quality = GeoQuality::exact;
  return e;
}

/// Stores the drafts in one transaction, in batches (as an import would: oldest first), and packs the days for the
/// ranking in the same transaction, as an import does; returns the seconds the packing took.
double store_events(Store& store, const std::vector<Draft>& drafts, const SyntheticCity& city, const Projection& p) {
  constexpr std::size_t kBatch = 50000;
  double pack_s = 0;
  store.transaction([&] {
    std::vector<Event> batch;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
      batch.push_back(to_event(drafts[i], city, static_cast<long>(i + 1), p));
      if (batch.size() == kBatch || i + 1 == drafts.size()) {
        store.events().add(batch);
        batch.clear();
      }
    }
    pack_s = time_ms([&] { store.events().pack_rankable(UtcTime{}); }) / 1000;
  });
  return pack_s;
}

WorkspacePaths paths_in(const fs::path& dir, const std::string& name) {
  return {dir / name, dir / "config", HUDDLE_SOURCE_RESOURCES};
}

/// Builds a database of `count` events over the `span_days` days before kCutoff, in a child process.
void build_database(const WorkspacePaths& paths, long count, double span_days) {
  fmt::print("building {}: {} located events over {} days ...\n", paths.database.filename().string(), count, span_days);
  const double child_mb = in_child("bench_rank", [&] {
    auto ws = Workspace::open(paths);
    demo::Random random(kSeed);
    const SyntheticCity city = make_city(random, span_days);
    std::vector<Draft> drafts;
    const double generate_s = time_ms([&] { drafts = draw_events(city, random, count, span_days, kCutoff); }) / 1000;
    double pack_s = 0;
    const double store_s =
        time_ms([&] { pack_s = store_events(*ws.store, drafts, city, Projection(ws.settings)); }) / 1000;
    fmt::print("  generated in {:.1f} s, stored in {:.1f} s (one transaction, WAL, synchronous = FULL), of which "
               "packing the days for the ranking {:.1f} s\n",
               generate_s, store_s, pack_s);
  });
  fmt::print("  database {:.0f} MB, builder's peak RSS {:.0f} MB\n",
             static_cast<double>(fs::file_size(paths.database)) / 1e6, child_mb);
}

// ---------------------------------------------------------------------------------------------------------------
// The ranking, timed

RankingInput ranking_input(const Workspace& ws, const HuddleWindow& window) {
  RankingInput input;  // as rank_huddle fills it, without remembered places
  input.window = window;
  input.params = ws.settings.ranking;
  input.center_lat = ws.settings.center_lat;
  input.center_lon = ws.settings.center_lon;
  for (const auto& c : ws.categories) input.weights[c.id] = c.weight;
  return input;
}

/// A connection with the store's cache size (the store itself keeps its connection private).
SQLite::Database open_like_the_store(const fs::path& database) {
  SQLite::Database db(database.string(), SQLite::OPEN_READWRITE);
  db.exec("PRAGMA cache_size = -65536");  // as the store sets it
  return db;
}

struct RankFigures {
  std::vector<double> job_kept, job_new, load, select_alone, rank, tally, quality, naming;
  Ranking last;    ///< The last ranking (its places are printed next to the SQL's cells).
  CellTally sums;  ///< The cells' sums at the cutoff (to check the SQL's burdens).
  long frame_events = 0;
  long naming_ids = 0;  ///< Events whose addresses name the listed places.
};

/// The statement for_each_rankable prepares (core/store/sqlite_event_repository.cpp), stepped with the C API and
/// its six columns read, nothing kept: what SQLite alone spends on the ranking's read.
double step_rankable_select(sqlite3* db, UtcTime from, UtcTime to) {
  sqlite3_stmt* q = nullptr;
  if (sqlite3_prepare_v2(db,
                         "SELECT id, occurred_utc, stream, category, lat, lon FROM event INDEXED BY event_rank "
                         "WHERE occurred_utc >= ? AND occurred_utc < ? AND lat IS NOT NULL AND lon IS NOT NULL "
                         "AND linked_to IS NULL ORDER BY occurred_utc",
                         -1, &q, nullptr) != SQLITE_OK) {
    throw std::runtime_error(sqlite3_errmsg(db));
  }
  const std::string a = format_utc(from), b = format_utc(to);
  sqlite3_bind_text(q, 1, a.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(q, 2, b.c_str(), -1, SQLITE_TRANSIENT);
  const double ms = time_ms([&] {
    while (sqlite3_step(q) == SQLITE_ROW) {
      // Calls into the library: the compiler cannot drop them though their results are not kept.
      sqlite3_column_int64(q, 0);
      for (int c = 1; c <= 3; ++c) {
        sqlite3_column_text(q, c);
        sqlite3_column_bytes(q, c);
      }
      sqlite3_column_double(q, 4);
      sqlite3_column_double(q, 5);
    }
  });
  sqlite3_finalize(q);
  return ms;
}

/// Peak RSS of one ranking in a process of its own (forked while this one is still small), opening included.
double one_ranking_peak_rss_mb(const WorkspacePaths& paths) {
  return in_child("bench_rank", [&] {
    auto ws = Workspace::open(paths);
    rank_huddle(*ws.store, ws.settings, ws.categories, ws.settings.schedule(), UtcTime{kCutoff});
  });
}

/// Two parts of what rank_huddle does after rank_places: the quality box's queries (as measure_quality in
/// core/jobs/rank_job.cpp makes them), and the reads that name new places (each one's newest 200 events by id;
/// a place listed the day before keeps its name, so only the first ranking here pays for them).
void time_rest(Workspace& ws, const HuddleWindow& window, RankFigures& f) {
  const EventRepository& events = ws.store->events();
  std::vector<std::int64_t> ids;
  for (const auto* list : {&f.last.lists.top, &f.last.lists.watch}) {
    for (const auto& p : *list) {
      const std::size_t take = std::min<std::size_t>(p.event_ids.size(), 200);
      ids.insert(ids.end(), p.event_ids.end() - static_cast<long>(take), p.event_ids.end());
    }
  }
  f.naming_ids = static_cast<long>(ids.size());
  for (std::size_t run = 0; run < f.job_kept.size(); ++run) {
    f.quality.push_back(time_ms([&] {
      events.totals(window.start, window.cutoff);
      events.newest_per_stream();
      events.count_by_stream_category(window.start, window.cutoff);
    }));
    f.naming.push_back(time_ms([&] { events.by_ids(ids); }));
  }
}

RankFigures time_ranking(const WorkspacePaths& paths, long runs) {
  RankFigures f;
  auto ws = Workspace::open(paths);
  const auto schedule = ws.settings.schedule();
  const UtcTime at{kCutoff};
  for (long run = 0; run < runs; ++run) {
    f.job_kept.push_back(time_ms([&] { f.last = rank_huddle(*ws.store, ws.settings, ws.categories, schedule, at); }));
  }
  for (long run = 0; run < runs; ++run) {
    auto fresh = Workspace::open(paths);
    f.job_new.push_back(time_ms([&] { rank_huddle(*fresh.store, fresh.settings, fresh.categories, schedule, at); }));
  }
  const HuddleWindow window = schedule.current_at(at);
  time_rest(ws, window, f);
  const RankingInput input = ranking_input(ws, window);
  const UtcTime from = window.cutoff - std::chrono::days{kHistoryDays + kBaselineLagDays};
  EventFrame frame;
  for (long run = 0; run < runs; ++run) {
    f.load.push_back(time_ms([&] { frame = load_event_frame(ws.store->events(), from, window.cutoff); }));
  }
  f.frame_events = static_cast<long>(frame.events.size());
  SQLite::Database db = open_like_the_store(paths.database);
  for (long run = 0; run < runs; ++run) {
    f.select_alone.push_back(step_rankable_select(db.getHandle(), from, window.cutoff));
  }
  for (long run = 0; run < runs; ++run) {
    f.rank.push_back(time_ms([&] { rank_places(frame, input); }));
  }
  const Grid grid(input.center_lat, input.center_lon, input.params.grid_metres);
  const auto weights = frame_weights(frame, input.weights);
  for (long run = 0; run < runs; ++run) {
    f.tally.push_back(time_ms([&] { f.sums = tally_cells(frame, grid, window, weights, input.params); }));
  }
  return f;
}

// ---------------------------------------------------------------------------------------------------------------
// The same ranking as one SQL query

/// pow and floor for an SQLite built without its math functions (SQLITE_ENABLE_MATH_FUNCTIONS).
void sql_math(sqlite3_context* context, int argc, sqlite3_value** argv) {
  const double a = sqlite3_value_double(argv[0]);
  const double r = argc == 1 ? std::floor(a) : std::pow(a, sqlite3_value_double(argv[1]));
  sqlite3_result_double(context, r);
}

/// True when the library had them; otherwise registers ours on this connection.
bool ensure_math_functions(SQLite::Database& db) {
  try {
    db.execAndGet("SELECT pow(2, 3) + floor(1.5)");
    return true;
  } catch (const SQLite::Exception&) {
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    sqlite3_create_function(db.getHandle(), "pow", 2, flags, nullptr, sql_math, nullptr, nullptr);
    sqlite3_create_function(db.getHandle(), "floor", 1, flags, nullptr, sql_math, nullptr, nullptr);
    return false;
  }
}

std::string sql_text(std::string_view text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

/// The obvious query: the grid's projection and floor, the weights in a CASE, 0.5^(age / half-life), the top 10
/// cells by burden. ?1 is the start of the 28 days, ?2 the cutoff, ?3 the window's start (UTC text).
std::string burden_sql(const Workspace& ws) {
  const Projection p(ws.settings);
  std::string weight = "CASE category";
  for (const auto& c : ws.categories) weight += fmt::format(" WHEN {} THEN {}", sql_text(c.id), c.weight);
  weight += " ELSE 0 END";
  const double cell = ws.settings.ranking.grid_metres;
  return fmt::format(
      "SELECT cx, cy, SUM(w * pow(0.5, (julianday(?2) - julianday(occurred_utc)) / {half_life})) AS burden, "
      "SUM(occurred_utc >= ?3) AS window_count, COUNT(*) AS events FROM ("
      "SELECT CAST(floor((lon - ({lon0:.17g})) * {per_lon:.17g} / {cell}) AS INTEGER) AS cx, "
      "CAST(floor((lat - ({lat0:.17g})) * {per_lat:.17g} / {cell}) AS INTEGER) AS cy, "
      "{weight} AS w, occurred_utc FROM event "
      "WHERE occurred_utc >= ?1 AND occurred_utc < ?2 AND lat IS NOT NULL AND lon IS NOT NULL AND linked_to IS NULL) "
      "WHERE w > 0 GROUP BY cx, cy ORDER BY burden DESC LIMIT 10",
      fmt::arg("half_life", ws.settings.ranking.half_life_days), fmt::arg("lon0", p.lon0),
      fmt::arg("per_lon", p.per_deg_lon), fmt::arg("lat0", p.lat0), fmt::arg("per_lat", p.per_deg_lat),
      fmt::arg("cell", cell), fmt::arg("weight", weight));
}

struct SqlCell {
  Cell cell;
  double burden = 0;
  long window_count = 0, events = 0;
};

std::vector<SqlCell> run_sql(SQLite::Database& db, const std::string& sql, const HuddleWindow& window) {
  SQLite::Statement q(db, sql);
  q.bind(1, format_utc(window.cutoff - std::chrono::days{kHistoryDays}));
  q.bind(2, format_utc(window.cutoff));
  q.bind(3, format_utc(window.start));
  std::vector<SqlCell> out;
  while (q.executeStep()) {
    out.push_back({Cell{q.getColumn(0).getInt(), q.getColumn(1).getInt()}, q.getColumn(2).getDouble(),
                   q.getColumn(3).getInt(), q.getColumn(4).getInt()});
  }
  return out;
}

std::string query_plan(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement q(db, "EXPLAIN QUERY PLAN " + sql);
  std::string out;
  while (q.executeStep()) out += fmt::format("    {}\n", q.getColumn(3).getString());
  return out;
}

struct SqlFigures {
  std::vector<double> kept, fresh;
  std::vector<SqlCell> top;
  bool builtin_math = true;
  std::string plan;
};

SqlFigures time_sql(const WorkspacePaths& paths, long runs) {
  SqlFigures f;
  const auto ws = Workspace::open(paths);
  const HuddleWindow window = ws.settings.schedule().current_at(UtcTime{kCutoff});
  const std::string sql = burden_sql(ws);
  auto db = open_like_the_store(paths.database);
  f.builtin_math = ensure_math_functions(db);
  f.plan = query_plan(db, sql);
  for (long run = 0; run < runs; ++run) f.kept.push_back(time_ms([&] { f.top = run_sql(db, sql, window); }));
  for (long run = 0; run < runs; ++run) {
    auto fresh = open_like_the_store(paths.database);
    ensure_math_functions(fresh);
    f.fresh.push_back(time_ms([&] { run_sql(fresh, sql, window); }));
  }
  return f;
}

// ---------------------------------------------------------------------------------------------------------------
// The backtest

struct BacktestFigures {
  std::vector<double> job, load;
  BacktestResult result;
  long frame_events = 0;
};

BacktestFigures time_backtest(const WorkspacePaths& paths, long runs) {
  BacktestFigures f;
  auto ws = Workspace::open(paths);
  const auto schedule = ws.settings.schedule();
  const Date to{std::chrono::sys_days{std::chrono::year{2026} / 11 / 25}};
  const Date from{std::chrono::sys_days{to} - std::chrono::days{364}};
  NullProgress progress;
  for (long run = 0; run < runs; ++run) {
    f.job.push_back(time_ms(
        [&] { f.result = backtest_huddle(*ws.store, ws.settings, ws.categories, schedule, from, to, 10, progress); }));
  }
  const UtcTime first = schedule.cutoff_on(from) - std::chrono::days{kHistoryDays + kBaselineLagDays};
  const UtcTime last = schedule.cutoff_on(to) + std::chrono::days{1};
  for (long run = 0; run < runs; ++run) {
    EventFrame frame;
    f.load.push_back(time_ms([&] { frame = load_event_frame(ws.store->events(), first, last); }));
    f.frame_events = static_cast<long>(frame.events.size());
  }
  return f;
}

// ---------------------------------------------------------------------------------------------------------------
// Printing

void print_row(std::string_view figure, const std::vector<double>& ms, std::string_view note = "") {
  fmt::print("  {:<58} {:>9.1f} ms  {}\n", figure, median(ms), note);
}

std::string tags_of(const RankedPlace& p) {
  std::string out;
  for (const auto tag : p.tags) out += fmt::format("{}{}", out.empty() ? "" : ", ", to_string(tag));
  return out;
}

/// How concentrated the synthetic events are: cells with an event in 28 days, and the share the busiest hold.
void print_clustering(const CellTally& sums) {
  std::vector<long> counts;
  long total = 0;
  for (const auto& c : sums.cells) {
    counts.push_back(c.count_28d);
    total += c.count_28d;
  }
  std::sort(counts.begin(), counts.end(), std::greater<>());
  long busiest = 0;
  for (std::size_t i = 0; i < counts.size() && i < 300; ++i) busiest += counts[i];
  fmt::print("  {} ranked events in 28 days over {} cells; the busiest 300 cells hold {:.0f} %, the busiest one {}\n",
             total, counts.size(), 100.0 * static_cast<double>(busiest) / static_cast<double>(total), counts.front());
}

void print_comparison(const RankFigures& r, const SqlFigures& s) {
  fmt::print("\n  the ranking's top places (seed cell, cells, score, events since the last huddle, name, tags):\n");
  for (const auto& p : r.last.lists.top) {
    fmt::print("    {:>2}. {:<9} {} {:>9.2f} {:>5}  {} [{}]\n", p.rank, Grid::cell_id(p.place.cells.front()),
               p.place.cells.size(), p.score, p.window_total, p.place.name, tags_of(p));
  }
  fmt::print("  the SQL's top cells (burden by SQL, by tally_cells; events since the last huddle; in ranked place):\n");
  double worst = 0;
  for (const auto& c : s.top) {
    const long i = r.sums.find(c.cell);
    const double tally = i < 0 ? 0 : r.sums.cells[static_cast<std::size_t>(i)].burden;
    worst = std::max(worst, std::abs(c.burden - tally) / std::max(tally, 1e-9));
    std::string place = "-";
    for (const auto& p : r.last.lists.top) {
      if (std::find(p.place.cells.begin(), p.place.cells.end(), c.cell) != p.place.cells.end()) {
        place = fmt::format("#{}", p.rank);
      }
    }
    fmt::print("        {:<9} {:>9.2f} {:>9.2f} {:>5}  {}\n", Grid::cell_id(c.cell), c.burden, tally, c.window_count,
               place);
  }
  fmt::print("  largest relative difference between the two burdens: {:.1e}\n", worst);
  fmt::print("\n  SQL query plan:\n{}", s.plan);
  if (!s.builtin_math) fmt::print("  (this SQLite has no math functions: pow and floor registered by the bench)\n");
}

int usage() {
  std::fputs("usage: bench_rank [--runs N] [--backtest-runs M]\n", stderr);
  return 1;
}

bool parse_count(const char* text, long& out) {
  char* end = nullptr;
  out = std::strtol(text, &end, 10);
  return *end == '\0' && out >= 1;
}

}  // namespace

int main(int argc, char** argv) {
  long runs = 7, backtest_runs = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      if (!parse_count(argv[++i], runs)) return usage();
    } else if (arg == "--backtest-runs" && i + 1 < argc) {
      if (!parse_count(argv[++i], backtest_runs)) return usage();
    } else {
      return usage();
    }
  }
  const auto dir = fs::temp_directory_path() / fmt::format("huddle-bench-rank-{}", getpid());
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto rank_db = paths_in(dir, "rank-1m.db");
  const auto backtest_db = paths_in(dir, "backtest-300k.db");
  std::array<double, 3> load_average{};
  getloadavg(load_average.data(), 3);  // the machines are shared: say how busy this one was
  fmt::print("bench_rank: SQLite {}, {} run(s), backtest {} run(s), in {}; load average {:.2f}\n", sqlite3_libversion(),
             runs, backtest_runs, dir.string(), load_average[0]);
  build_database(rank_db, 1'000'000, 30);
  build_database(backtest_db, 300'000, 365 + 30);

  fmt::print("\nranking at Thursday 2026-11-26 06:00 (medians of {}):\n", runs);
  const double rss_one = one_ranking_peak_rss_mb(rank_db);
  const RankFigures r = time_ranking(rank_db, runs);
  const double rss_ranking = peak_rss_mb();
  const SqlFigures s = time_sql(rank_db, runs);
  const double rss_sql = peak_rss_mb();
  print_row("rank_huddle, connection kept open", r.job_kept, "(target < 150 ms)");
  print_row("rank_huddle, database opened anew each run", r.job_new);
  print_row(fmt::format("  load_event_frame alone ({} events)", r.frame_events), r.load);
  print_row("    (the same rows stepped through event_rank instead, C API)", r.select_alone);
  print_row("  rank_places alone, on the loaded frame", r.rank);
  print_row("    of which tally_cells (one pass over 30 days)", r.tally);
  print_row("  the quality box's three queries", r.quality);
  print_row(fmt::format("  naming: {} events read by id (first ranking only)", r.naming_ids), r.naming);
  print_row("SQL GROUP BY, connection kept open", s.kept);
  print_row("SQL GROUP BY, database opened anew each run", s.fresh);
  fmt::print("  rank_huddle / SQL: {:.2f} (connection kept), {:.2f} (opened anew)\n",
             median(r.job_kept) / median(s.kept), median(r.job_new) / median(s.fresh));
  print_clustering(r.sums);
  print_comparison(r, s);
  fmt::print(
      "  peak RSS: one rank_huddle in a process of its own {:.0f} MB; this process {:.0f} MB after the ranking's\n"
      "  runs (two connections' page caches, two frames), {:.0f} MB after the SQL's\n",
      rss_one, rss_ranking, rss_sql);

  fmt::print("\nbacktest, 365 days to 2026-11-25, k = 10 (medians of {}):\n", backtest_runs);
  const BacktestFigures b = time_backtest(backtest_db, backtest_runs);
  print_row("backtest_huddle (load and 365 days)", b.job, "(target < 20 s)");
  print_row(fmt::format("  load_event_frame alone ({} events)", b.frame_events), b.load);
  fmt::print("  {} days scored, {} skipped, {} next-day events, {} cells with events\n", b.result.days,
             b.result.days_skipped, b.result.events, b.result.area_cells);
  for (const auto& [method, score] : b.result.methods) {
    fmt::print("  {:<10} hit rate {:.3f}  PAI {:.1f}  PEI {:.2f}\n", to_string(method), score.hit_rate, score.pai,
               score.pei);
  }
  fmt::print("\npeak RSS of this process (the databases were built in child processes): {:.0f} MB\n", peak_rss_mb());
  fs::remove_all(dir);
  return 0;
}
