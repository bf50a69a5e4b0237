#pragma once
// A packet built by hand, as the packet job would gather it for Boston's Thursday 26 November 2026 huddle: top
// places and a watch list with real Boston names, actions of every group, a run-of-show part run, citywide lines.
// For the packet renderers' tests and benches (no database).

#include <array>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/analysis/explanation.h"
#include "core/analysis/grid.h"
#include "core/huddle/run_of_show.h"
#include "core/report/packet.h"

namespace huddle::test {

/// The packet's huddle: Thursday 26 November 2026, cutoff 06:00 in Boston (11:00 UTC).
inline constexpr core::Date kPacketDay{std::chrono::year{2026} / 11 / 26};

/// How big a packet to build.
struct PacketShape {
  int top = 10;              ///< Top places (at most 10 distinct names; more repeat them with a number).
  int watch = 5;             ///< Watch places.
  int actions = 40;          ///< Open, in progress and blocked actions, every group represented.
  std::string first_name{};  ///< Name of the first top place instead of the usual one, when not empty.
  core::PaperSize paper = core::PaperSize::letter;  ///< The paper.
};

namespace packet_fixture_detail {

struct NamedPoint {
  const char* name;
  double lat, lon;
};

inline constexpr std::array<NamedPoint, 10> kTopPlaces{{
    {"near Massachusetts Ave & Melnea Cass Blvd", 42.3331, -71.0735},
    {"near Atkinson St & Southampton St", 42.3320, -71.0668},
    {"near Boston Common, Tremont St & Boylston St", 42.3523, -71.0646},
    {"near Washington St & Herald St", 42.3452, -71.0673},
    {"near Newmarket Sq & Massachusetts Ave", 42.3302, -71.0680},
    {"near Albany St & E Newton St", 42.3376, -71.0706},
    {"near Haymarket Station, Congress St", 42.3631, -71.0581},
    {"near Nubian Sq, Dudley St & Warren St", 42.3295, -71.0840},
    {"near Downtown Crossing, Washington St & Summer St", 42.3555, -71.0603},
    {"near South Station, Atlantic Ave & Summer St", 42.3519, -71.0552},
}};

inline constexpr std::array<NamedPoint, 5> kWatchPlaces{{
    {"near Blue Hill Ave & Columbia Rd", 42.3085, -71.0806},
    {"near Andrew Sq, Dorchester Ave", 42.3302, -71.0570},
    {"near Forest Hills Station, Washington St", 42.3005, -71.1138},
    {"near Kenmore Sq, Commonwealth Ave", 42.3489, -71.0954},
    {"near Ashmont Station, Dorchester Ave", 42.2846, -71.0637},
}};

inline constexpr std::array<const char*, 12> kActionTitles{{
    "Sharps sweep of the alley behind the shelter",
    "Clean-up of the encampment debris along the ramp",
    "Outreach visit at dawn with the recovery coach",
    "Restore the lighting under the overpass",
    "Post the 72-hour notice and coordinate storage of belongings",
    "Add the corner to the night patrol route",
    "Replace the broken sharps kiosk",
    "Power-wash the sidewalk and the bus shelter",
    "Check the vacant lot fence and board the gap",
    "Count of tents with Parks rangers",
    "Meet the business association about the doorway reports",
    "Re-inspect the rooming house after the complaint",
}};

inline constexpr std::array<const char*, 8> kOwners{{"Sgt. on day shift", "Night crew", "Recovery coach team",
                                                     "Ranger supervisor", "Inspector on call", "Outreach lead",
                                                     "Street lighting desk", ""}};

/// A small deterministic sequence of pseudo-random numbers.
class Sequence {
 public:
  explicit Sequence(std::uint32_t seed) : m_state(seed) {}
  /// 0 ..< n.
  long next(long n) {
    m_state = m_state * 1664525u + 1013904223u;
    return static_cast<long>((m_state >> 8) % static_cast<std::uint32_t>(n));
  }

 private:
  std::uint32_t m_state;
};

inline std::vector<long> daily(Sequence& seq, long low, long spread) {
  std::vector<long> out(28);
  for (auto& n : out) n = low + seq.next(spread + 1);
  return out;
}

inline core::RankedPlace ranked(const NamedPoint& point, const std::string& name, int rank, const std::string& id,
                                const core::Grid& grid, Sequence& seq) {
  core::RankedPlace p;
  p.rank = rank;
  p.place.id = id;
  p.place.name = name;
  p.place.lat = point.lat;
  p.place.lon = point.lon;
  const core::Cell c = grid.cell_of(point.lat, point.lon);
  p.place.cells = {c};
  if (rank % 3 == 1) p.place.cells.push_back({c.x + 1, c.y});
  p.daily = {{"311", daily(seq, 0, 4)}, {"ems", daily(seq, 0, 2)}};
  p.window_counts = {{"311", 2 + seq.next(8)}, {"ems", seq.next(5)}};
  p.window_total = p.window_counts["311"] + p.window_counts["ems"];
  p.window_categories = {{"needles", p.window_counts["311"] / 2},
                         {"encampment", p.window_counts["311"] - p.window_counts["311"] / 2},
                         {"overdose", p.window_counts["ems"]}};
  p.counts_7d = p.window_total * 3 + seq.next(6);
  p.count_before_21d = p.counts_7d * 2;
  p.baseline_total = 20 + seq.next(40);
  p.usual_per_day = static_cast<double>(p.baseline_total) / 28.0;
  p.z = static_cast<double>(seq.next(50)) / 10.0;
  p.z_stream = rank % 2 == 0 ? "ems" : "311";
  p.active_days = 10 + static_cast<int>(seq.next(18));
  p.active_last_3 = static_cast<int>(seq.next(4));
  p.score = 40.0 - rank;
  if (p.z >= 3) p.tags.push_back(core::PlaceTag::surging);
  if (p.active_days >= 20) p.tags.push_back(core::PlaceTag::persistent);
  if (p.active_last_3 >= 2) p.tags.push_back(core::PlaceTag::repeat);
  return p;
}

}  // namespace packet_fixture_detail

/// Boston's departments as shipped (ids 1..11).
inline std::vector<core::Department> packet_departments() {
  const std::array<std::pair<const char*, const char*>, 11> names{{
      {"BPD District D-4", "BPD D-4"},
      {"BPD District B-2", "BPD B-2"},
      {"BPD Street Outreach Unit", "BPD SOU"},
      {"Boston EMS", "EMS"},
      {"Public Health Commission / Recovery Services", "BPHC"},
      {"Public Works / Sanitation", "PWD"},
      {"Parks and Recreation", "Parks"},
      {"Inspectional Services", "ISD"},
      {"Street outreach providers", "Outreach"},
      {"CRT / Mayor's Office", "CRT"},
      {"311 / Constituent Services", "311"},
  }};
  std::vector<core::Department> out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    core::Department d;
    d.id = static_cast<std::int64_t>(i + 1);
    d.name = names[i].first;
    d.short_name = names[i].second;
    d.kind = i < 3    ? "police"
             : i == 3 ? "ems"
             : i == 4 ? "health"
             : i == 8 ? "outreach"
             : i == 9 ? "coordination"
                      : "city";
    d.sort_order = static_cast<int>(i);
    out.push_back(std::move(d));
  }
  return out;
}

/// The shipped categories with their default weights.
inline std::vector<core::Category> packet_categories() {
  return {{"overdose", "Overdose (EMS)", 3.0, "#c0392b"},
          {"ems_behavioral", "Behavioural / person down (EMS)", 2.0, "#8e44ad"},
          {"encampment", "Encampment", 2.0, "#d35400"},
          {"needles", "Needle pickup", 1.5, "#2980b9"},
          {"human_waste", "Human waste", 1.0, "#7f6000"},
          {"dumping", "Dumping / litter", 0.5, "#16a085"},
          {"qol", "Other quality of life", 0.5, "#27ae60"},
          {"other", "Other", 0.0, "#95a5a6"}};
}

/// The packet of Boston's Thursday huddle, shaped by `shape`.
inline core::Packet make_packet(const PacketShape& shape = {}) {
  using namespace std::chrono;
  namespace d = packet_fixture_detail;
  core::Packet packet{
      .city = "Boston",
      .schedule = core::HuddleSchedule("America/New_York", hours{6}, {false, true, true, true, true, true, false}),
      .brief = {},
      .departments = {},
      .actions = {},
      .citywide = {},
      .categories = {},
      .params = {},
      .boundaries = std::nullopt};
  packet.departments = packet_departments();
  packet.categories = packet_categories();
  packet.center_lat = 42.3355;
  packet.center_lon = -71.0700;
  packet.paper = shape.paper;

  const core::HuddleWindow window = packet.schedule.window_for(kPacketDay);
  core::Huddle& h = packet.brief.huddle;
  h.id = 7;
  h.date = kPacketDay;
  h.cutoff_utc = window.cutoff;
  h.window_start_utc = window.start;
  h.state = core::HuddleState::closed;
  h.attendance = {1, 3, 4, 5, 6, 7, 9, 10};
  packet.generated_utc = window.cutoff + minutes{95};

  core::Ranking& ranking = packet.brief.ranking;
  ranking.window = window;
  const core::Grid grid(packet.center_lat, packet.center_lon, packet.params.grid_metres);
  d::Sequence seq(2026);
  for (int i = 0; i < shape.top; ++i) {
    const auto& point = d::kTopPlaces[static_cast<std::size_t>(i) % d::kTopPlaces.size()];
    std::string name = i < 10 ? point.name : std::string(point.name) + " (" + std::to_string(i / 10 + 1) + ")";
    if (i == 0 && !shape.first_name.empty()) name = shape.first_name;
    ranking.lists.top.push_back(d::ranked(point, name, i + 1, "p" + std::to_string(i + 1), grid, seq));
  }
  for (int i = 0; i < shape.watch; ++i) {
    const auto& point = d::kWatchPlaces[static_cast<std::size_t>(i) % d::kWatchPlaces.size()];
    auto p = d::ranked(point, point.name, i + 1, "w" + std::to_string(i + 1), grid, seq);
    p.tags = {i % 2 == 0 ? core::PlaceTag::new_place : core::PlaceTag::surging};
    p.z = 3.1 + i * 0.4;
    ranking.lists.watch.push_back(std::move(p));
  }
  ranking.quality.unlocated = 14;
  ranking.quality.linked = 37;
  ranking.quality.latest_event = {{"311", window.cutoff - minutes{18}}, {"ems", window.cutoff - minutes{190}}};

  // Actions: due dates from a week ago to next week (every group), some on listed places, some agreed today.
  for (int i = 0; i < shape.actions; ++i) {
    core::Action a;
    a.id = 100 + i;
    a.title = d::kActionTitles[static_cast<std::size_t>(i) % d::kActionTitles.size()];
    a.department_id = 1 + i % 11;
    a.owner = d::kOwners[static_cast<std::size_t>(i) % d::kOwners.size()];
    if (!ranking.lists.top.empty() && i % 3 != 2) {
      const auto& p = ranking.lists.top[static_cast<std::size_t>(i) % ranking.lists.top.size()];
      a.place_id = p.place.id;
      a.place_name = p.place.name;
    }
    const int created_days_ago = i % 7 == 0 ? 0 : 1 + i % 13;
    a.created_utc = window.cutoff - days{created_days_ago} + hours{2};
    a.updated_utc = a.created_utc;
    if (created_days_ago == 0) a.huddle_id = h.id;
    if (i % 5 != 4) a.due = core::Date{sys_days{kPacketDay} + days{i % 9 - 4}};
    a.status = i % 6 == 3    ? core::ActionStatus::in_progress
               : i % 11 == 5 ? core::ActionStatus::blocked
                             : core::ActionStatus::open;
    packet.actions.push_back(a);
  }
  packet.brief.carried = packet.actions;

  // Explanations as the rank job writes them, open actions included.
  std::map<std::int64_t, std::string> short_names;
  for (const auto& dep : packet.departments) short_names[dep.id] = dep.short_name;
  const core::ExplanationContext context{packet.schedule, window, packet.categories, short_names};
  for (auto* list : {&ranking.lists.top, &ranking.lists.watch}) {
    for (auto& p : *list) {
      for (const auto& a : packet.actions) {
        if (a.place_id == p.place.id) p.open_actions.push_back(a);
      }
      if (!p.open_actions.empty()) p.tags.push_back(core::PlaceTag::action_open);
      p.explanation = core::explain_place(p, context);
    }
  }
  if (ranking.lists.top.size() > 6)
    packet.brief.no_actions.push_back({"p7", "Cleared by PWD yesterday; watch tomorrow", window.cutoff, "chair"});

  std::vector<core::Department> present;
  for (const auto id : h.attendance) present.push_back(*packet.department(id));
  packet.brief.agenda = core::draft_run_of_show(ranking, packet.actions, present);
  for (std::size_t i = 0; i < packet.brief.agenda.size() && i < 6; ++i) {
    auto& item = packet.brief.agenda[i];
    item.actual_seconds = item.planned_seconds + (i % 2 == 0 ? 15 : -10);
  }

  packet.citywide.window = window;
  const auto line = [&](const char* stream, const char* category, long count, long low, long high) {
    packet.citywide.lines.push_back(
        {stream, category, count, low, high, static_cast<double>(low + high) / 2, d::daily(seq, low, high - low)});
  };
  // Two neighbourhoods under the map, roughly.
  packet.boundaries = core::BoundaryLayer{
      {{"South End",
        {{{42.3330, -71.0810}, {42.3480, -71.0700}, {42.3440, -71.0620}, {42.3320, -71.0720}, {42.3330, -71.0810}}}},
       {"Downtown",
        {{{42.3480, -71.0660}, {42.3640, -71.0620}, {42.3600, -71.0510}, {42.3480, -71.0540}, {42.3480, -71.0660}}}}}};
  line("311", "", 212, 150, 190);
  line("311", "needles", 64, 40, 60);
  line("311", "encampment", 51, 30, 48);
  line("311", "human_waste", 38, 25, 40);
  line("311", "dumping", 33, 30, 45);
  line("311", "qol", 26, 20, 30);
  line("ems", "", 47, 38, 55);
  line("ems", "overdose", 19, 10, 16);
  line("ems", "ems_behavioral", 28, 25, 40);
  return packet;
}

}  // namespace huddle::test
