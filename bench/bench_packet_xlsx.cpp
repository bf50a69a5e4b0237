// bench_packet_xlsx: how long the packet's workbook takes to write, and how much memory its streamed Events sheet
// needs.
// Usage: bench_packet_xlsx [--events N] [--runs M]   (N defaults to 1,000,000, M to 5)
//
//   (1) A workbook whose Events sheet has N synthetic rows (a small packet otherwise), written in a child process of
//       its own so that its peak RSS is the writing's: the child prints its peak RSS before and after writing, and
//       the parent reads the child's own peak from wait4. Median of 3 children.
//   (2) A morning's packet: 10 top places, 5 on the watch list, 200 actions, 25,000 events, 20 agenda items —
//       write_packet_xlsx alone, median of M runs.
// The events come from a seeded generator (the same seed gives the same rows), made as the sheet asks for them:
// nothing but the writer holds them. Files go to a temporary folder, removed at the end.


#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "bench_support.h"
#include "core/demo/random.h"
#include "core/report/packet_xlsx.h"

using huddle::bench::in_child;
using huddle::bench::peak_rss_mb;

namespace {

namespace fs = std::filesystem;
using namespace huddle::core;
using Clock = std::chrono::steady_clock;

constexpr std::uint64_t kSeed = 20261126;
/// Thursday 26 November 2026 06:00 in Boston.
constexpr UtcTime kCutoff = std::chrono::sys_days{std::chrono::year{2026} / 11 / 26} + std::chrono::hours{11};
constexpr Date kHuddleDay{std::chrono::year{2026} / 11 / 26};

constexpr std::array<std::string_view, 8> kCategories = {"overdose",    "ems_behavioral", "encampment", "needles",
                                                         "human_waste", "dumping",        "qol",        "other"};
constexpr std::array<std::string_view, 12> kRawTypes = {"Needle Pickup",
                                                        "Encampments",
                                                        "Illegal Dumping",
                                                        "Unsanitary Conditions",
                                                        "Graffiti Removal",
                                                        "Abandoned Vehicle",
                                                        "Street Light Outages",
                                                        "OVERDOSE / POISONING",
                                                        "BEHAVIORAL/PSYCH",
                                                        "SICK PERSON",
                                                        "Requests for Pothole Repair",
                                                        "Rodent Activity"};
constexpr std::array<std::string_view, 10> kPlaces = {"near Massachusetts Ave & Melnea Cass Blvd",
                                                      "near Atkinson St & Southampton St",
                                                      "near Boylston St & Tremont St",
                                                      "near Dudley St & Blue Hill Ave",
                                                      "near Washington St & Columbus Ave",
                                                      "near Albany St & Harrison Ave",
                                                      "near Dorchester Ave & Broadway",
                                                      "near Centre St & Hyde Park Ave",
                                                      "near Geneva Ave & Bowdoin St",
                                                      "near Cambridge St & Summer St"};
constexpr std::array<GeoQuality, 4> kQualities = {GeoQuality::exact, GeoQuality::exact, GeoQuality::intersection,
                                                  GeoQuality::missing};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

/// `count` events over the 28 days before the cutoff, oldest first, drawn as they are asked for.
PacketEventSource synthetic_events(long count) {
  return [count](const std::function<void(const PacketEvent&)>& sink) {
    demo::Random random(kSeed);
    const double span = 28.0 * 86400;
    for (long i = 0; i < count; ++i) {
      PacketEvent e;
      e.occurred_utc =
          kCutoff - std::chrono::days{28} +
          std::chrono::seconds{static_cast<long>(span * static_cast<double>(i) / static_cast<double>(count))};
      const bool ems = random.chance(0.3);
      e.stream = ems ? "ems" : "311";
      e.category = kCategories[static_cast<std::size_t>(random.integer(0, kCategories.size() - 1))];
      e.raw_type = kRawTypes[static_cast<std::size_t>(random.integer(0, kRawTypes.size() - 1))];
      e.place = random.chance(0.2) ? kPlaces[static_cast<std::size_t>(random.integer(0, kPlaces.size() - 1))] : "";
      e.geo_quality = kQualities[static_cast<std::size_t>(random.integer(0, kQualities.size() - 1))];
      sink(e);
    }
  };
}

RankedPlace ranked(int rank, int index, demo::Random& random) {
  RankedPlace p;
  p.rank = rank;
  p.place.id = fmt::format("P{}", index);
  p.place.name = std::string(kPlaces[static_cast<std::size_t>(index) % kPlaces.size()]);
  p.score = random.uniform(5, 40);
  p.window_counts = {{"311", random.integer(0, 12)}, {"ems", random.integer(0, 6)}};
  p.window_total = p.window_counts["311"] + p.window_counts["ems"];
  p.counts_7d = random.integer(5, 40);
  p.count_before_21d = random.integer(5, 90);
  p.usual_per_day = random.uniform(0.2, 3);
  p.z = random.uniform(-1, 6);
  p.active_days = random.integer(3, 28);
  p.tags = {PlaceTag::persistent, PlaceTag::repeat};
  p.explanation = fmt::format(
      "{} reports since the last huddle against {:.1f} a day usually; active on {} of the "
      "last 28 days.",
      p.window_total, p.usual_per_day, p.active_days);
  return p;
}

/// A morning's packet with `places` top places, `watch` on the watch list and `actions` actions.
Packet morning(int places, int watch, int actions) {
  Packet packet{.city = "Boston",
                .schedule = HuddleSchedule("America/New_York", std::chrono::hours{6},
                                           {false, true, true, true, true, true, false}),
                .brief = {},
                .departments = {},
                .actions = {},
                .citywide = {},
                .categories = {},
                .params = {},
                .boundaries = std::nullopt};
  demo::Random random(kSeed);
  for (int d = 1; d <= 12; ++d) {
    packet.departments.push_back({d, fmt::format("Department {}", d), fmt::format("D{}", d), "city", d, true});
  }
  Huddle& h = packet.brief.huddle;
  h.id = 42;
  h.date = kHuddleDay;
  h.cutoff_utc = kCutoff;
  h.window_start_utc = kCutoff - std::chrono::days{1};
  h.state = HuddleState::live;
  for (int d = 1; d <= 12; ++d) h.attendance.push_back(d);
  for (int i = 0; i < places; ++i) packet.brief.ranking.lists.top.push_back(ranked(i + 1, i, random));
  for (int i = 0; i < watch; ++i) packet.brief.ranking.lists.watch.push_back(ranked(i + 1, places + i, random));
  packet.brief.ranking.quality = {120, 45, {{"311", kCutoff - std::chrono::minutes{9}}, {"ems", kCutoff}}, {}};
  for (int i = 0; i < 20; ++i) {
    AgendaItem item;
    item.position = i;
    item.kind = i < places ? AgendaKind::place : AgendaKind::round_robin;
    item.title = fmt::format("Item {}", i + 1);
    item.planned_seconds = 40;
    item.actual_seconds = random.integer(20, 90);
    item.presenter_department = 1 + i % 12;
    packet.brief.agenda.push_back(item);
  }
  for (int i = 0; i < actions; ++i) {
    Action a;
    a.id = i + 1;
    a.title = fmt::format("Follow up at {}", kPlaces[static_cast<std::size_t>(i) % kPlaces.size()]);
    a.department_id = 1 + i % 12;
    a.owner = "Night crew";
    a.place_id = fmt::format("P{}", i % (places + watch));
    a.created_utc = kCutoff - std::chrono::days{random.integer(0, 40)};
    a.due = Date{std::chrono::sys_days{kHuddleDay} + std::chrono::days{random.integer(-10, 10)}};
    a.status = i % 4 == 0 ? ActionStatus::in_progress : ActionStatus::open;
    a.note = "Checked on Tuesday; more needles by the fence.";
    const bool agreed_here = i % 4 == 3;
    a.huddle_id = agreed_here ? h.id : 1;
    packet.actions.push_back(a);
    if (!agreed_here) packet.brief.carried.push_back(a);
  }
  for (const auto stream : {"311", "ems"}) {
    packet.citywide.lines.push_back({stream, "", 400, 300, 500, 410, {}});
    for (const auto c : kCategories) packet.citywide.lines.push_back({stream, std::string(c), 40, 20, 60, 41, {}});
  }
  for (const auto c : kCategories) packet.categories.push_back({std::string(c), std::string(c), 1, "#000000"});
  packet.generated_utc = kCutoff + std::chrono::hours{2};
  return packet;
}

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

int main(int argc, char** argv) {
  long events = 1'000'000;
  int runs = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view arg = argv[i];
    if (arg == "--events")
      events = std::atol(argv[i + 1]);
    else if (arg == "--runs")
      runs = std::atoi(argv[i + 1]);
  }
  const fs::path dir = fs::temp_directory_path() / fmt::format("huddle-bench-xlsx-{}", getpid());
  fs::create_directories(dir);

  // (1) The streamed Events sheet.
  fmt::print("(1) workbook with {} events (a small packet otherwise); each run in a child process\n", events);
  std::vector<double> times, peaks;
  for (int run = 0; run < 3; ++run) {
    const fs::path file = dir / "events.xlsx";
    // Timed here too (the child's fork and exit included, a few ms); the child prints its own time.
    const auto start = Clock::now();
    peaks.push_back(in_child("bench_packet_xlsx", [&] {
      const Packet packet = morning(10, 5, 20);
      const double before = peak_rss_mb();
      const auto written = Clock::now();
      write_packet_xlsx(packet, synthetic_events(events), file);
      const double elapsed = seconds_since(written);
      fmt::print(
          "    run {}: {:.2f} s, {:.0f} rows/s, {:.1f} MB file; peak RSS before writing {:.1f} MB, after "
          "{:.1f} MB\n",
          run + 1, elapsed, static_cast<double>(events) / elapsed, static_cast<double>(fs::file_size(file)) / 1e6,
          before, peak_rss_mb());
    }));
    times.push_back(seconds_since(start));
  }
  fmt::print("    median {:.2f} s; the child's peak RSS (wait4): median {:.1f} MB, largest {:.1f} MB\n", median(times),
             median(peaks), *std::max_element(peaks.begin(), peaks.end()));

  // (2) A morning's packet.
  const Packet packet = morning(10, 5, 200);
  const auto source = synthetic_events(25'000);
  std::vector<double> ms;
  for (int run = 0; run < runs; ++run) {
    const auto start = Clock::now();
    write_packet_xlsx(packet, source, dir / "morning.xlsx");
    ms.push_back(seconds_since(start) * 1000);
  }
  fmt::print(
      "(2) packet of 10 places, 5 watch places, 200 actions, 25,000 events: {:.1f} ms (median of {}), "
      "{:.2f} MB file\n",
      median(ms), runs, static_cast<double>(fs::file_size(dir / "morning.xlsx")) / 1e6);
  fmt::print("    this process's peak RSS: {:.1f} MB\n", peak_rss_mb());
  fs::remove_all(dir);
}
