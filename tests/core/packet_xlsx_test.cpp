// The packet's workbook read back with openpyxl (tests/core/read_xlsx.py), as a spreadsheet user would open it:
// the sheets in order, bold frozen headings with filters, dates as dates and counts as numbers, hostile text as
// plain text and never a formula, the status drop-down; and a write that cannot finish leaves no file.

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/report/packet_xlsx.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;
using nlohmann::json;
using test::utc;

namespace {

constexpr Date kHuddleDay{std::chrono::year{2026} / 11 / 26};

// Text from extracts and people that a spreadsheet could take for a formula, markup or an escape.
const std::string kFormulaName = "=HYPERLINK(\"http://example.com\",\"click\")";
const std::string kPlusTitle = "+1 call the owner";
const std::string kMinusReason = "-2 waiting for the weekend count";
const std::string kAtName = "@SUM(A1)";
const std::string kMarkupName = "Mass Ave & Melnea Cass <script>alert(1)</script>";
const std::string kQuotedOwner = "\"Night crew\" & 'outreach'";
const std::string kDdeOwner = "=cmd|' /C calc'!A0";

RankedPlace place(int rank, const std::string& id, const std::string& name, std::vector<PlaceTag> tags) {
  RankedPlace p;
  p.rank = rank;
  p.place.id = id;
  p.place.name = name;
  p.score = 12.3456;
  p.window_counts = {{"311", 5}, {"ems", 2}};
  p.window_total = 7;
  p.counts_7d = 19;
  p.count_before_21d = 30;
  p.usual_per_day = 1.25;
  p.z = 3.5;
  p.active_days = 21;
  p.tags = std::move(tags);
  p.explanation = "7 reports since the last huddle, against 1.3 a day usually.";
  return p;
}

Action action(std::int64_t id, const std::string& title, std::int64_t department, std::optional<Date> due,
              ActionStatus status, std::optional<std::int64_t> huddle_id) {
  Action a;
  a.id = id;
  a.title = title;
  a.department_id = department;
  a.due = due;
  a.status = status;
  a.huddle_id = huddle_id;
  a.created_utc = utc(2026, 11, 10, 15);
  a.updated_utc = a.created_utc;
  return a;
}

/// A huddle's packet with hostile text in every kind of field.
Packet sample_packet() {
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
  packet.departments = {{1, "Public Works / Sanitation", "PWD", "city", 1, true},
                        {2, "Emergency Medical Services", "EMS", "ems", 2, true},
                        {3, "Outreach & Recovery", "OUT", "outreach", 3, true}};
  Huddle& h = packet.brief.huddle;
  h.id = 7;
  h.date = kHuddleDay;
  h.cutoff_utc = utc(2026, 11, 26, 11);  // 06:00 in Boston
  h.window_start_utc = utc(2026, 11, 25, 11);
  h.state = HuddleState::live;
  h.attendance = {1, 3};

  auto& lists = packet.brief.ranking.lists;
  lists.top = {place(1, "P1", kFormulaName, {PlaceTag::new_place, PlaceTag::surging}),
               place(2, "P2", kMarkupName, {PlaceTag::persistent})};
  lists.top[1].explanation =
      std::string(30, 'x') + " reports on 21 of the last 28 days, most of them needles; a long sentence.";
  lists.watch = {place(1, "P3", kAtName, {PlaceTag::surging})};
  auto& quality = packet.brief.ranking.quality;
  quality.unlocated = 3;
  quality.linked = 2;
  quality.latest_event = {{"311", utc(2026, 11, 26, 10, 45)}, {"ems", utc(2026, 11, 26, 9)}};
  quality.silent_streams = {"ems"};

  AgendaItem safety;
  safety.position = 0;
  safety.kind = AgendaKind::data_safety;
  safety.title = "Data and safety";
  safety.planned_seconds = 120;
  safety.presenter_department = 2;
  AgendaItem first;
  first.position = 1;
  first.kind = AgendaKind::place;
  first.title = kFormulaName;
  first.planned_seconds = 40;
  first.actual_seconds = 95;
  first.place_id = "P1";
  first.notes = kAtName;
  packet.brief.agenda = {safety, first};

  Action overdue =
      action(11, "Clear the needles", 1, Date{std::chrono::year{2026} / 11 / 20}, ActionStatus::in_progress, 3);
  overdue.place_id = "P1";
  overdue.place_name = kFormulaName;
  overdue.owner = kDdeOwner;
  overdue.note = "Line one\nline two\x01\x0B end";
  Action undated = action(12, "Check the lighting", 2, std::nullopt, ActionStatus::open, 3);
  Action agreed = action(13, kPlusTitle, 3, Date{std::chrono::year{2026} / 11 / 27}, ActionStatus::open, 7);
  agreed.place_id = "P1";
  agreed.owner = kQuotedOwner;
  Action closed = action(14, "Old and done", 1, std::nullopt, ActionStatus::done, 2);
  packet.actions = {overdue, undated, agreed, closed};
  packet.brief.carried = {overdue, undated};
  packet.brief.no_actions = {{"P2", kMinusReason, utc(2026, 11, 26, 12), "chair"}};

  packet.citywide.lines = {
      {"311", "", 120, 90, 130, 110.5, {}}, {"311", "needles", 40, 20, 35, 28, {}}, {"ems", "", 30, 25, 40, 31, {}}};
  packet.categories = {{"needles", "Needle pickup", 2, "#0072b2"}, {"encampment", "Encampment <tent>", 3, "#d55e00"}};
  packet.generated_utc = utc(2026, 11, 26, 13, 5);
  return packet;
}

/// Three events; the views point into strings that live as long as the source.
PacketEventSource sample_events() {
  return [](const std::function<void(const PacketEvent&)>& sink) {
    const std::string raw[] = {kFormulaName, "Needle_x0041_Pickup", "tab\there\x7f"};
    sink({utc(2026, 11, 25, 15, 30), "311", "needles", raw[0], "P1 name", GeoQuality::exact});
    sink({utc(2026, 11, 25, 16), "ems", "mystery", raw[1], "", GeoQuality::missing});
    sink({utc(2026, 11, 26, 10, 59), "311", "encampment", raw[2], kMarkupName, GeoQuality::intersection});
  };
}

/// The workbook at `file` as read_xlsx.py prints it.
json read_back(const std::filesystem::path& file) {
  const std::string python = HUDDLE_PYTHON;
  REQUIRE_MESSAGE(!python.empty(), "no python3 with openpyxl was found when configuring: packaging/install-deps.sh");
  const auto out = file.parent_path() / "read.json";
  const std::string command =
      fmt::format("'{}' '{}' '{}' > '{}'", python, HUDDLE_READ_XLSX, file.string(), out.string());
  REQUIRE_MESSAGE(std::system(command.c_str()) == 0, command);
  std::ifstream in(out);
  return json::parse(in);
}

const json& sheet(const json& book, const std::string& name) {
  for (const auto& s : book["sheets"]) {
    if (s["name"] == name) return s;
  }
  throw std::runtime_error("no sheet " + name);
}

/// The 0-based row of a sheet's heading: the first row of its filter ("A10:F13" → 9).
std::size_t heading_row(const json& s) {
  const std::string ref = s["filter"];
  return std::stoul(ref.substr(1, ref.find(':') - 1)) - 1;
}

/// The cell under heading `title` in data row `index` (0 = the first row after the heading).
const json& cell(const json& s, const std::string& title, std::size_t index) {
  const std::size_t h = heading_row(s);
  const auto& heading = s["rows"][h];
  for (std::size_t c = 0; c < heading.size(); ++c) {
    if (heading[c]["v"] == title) return s["rows"][h + 1 + index][c];
  }
  throw std::runtime_error("no column " + title + " in " + s["name"].get<std::string>());
}

/// The value beside label `label` in a label/value block.
const json& labelled(const json& s, const std::string& label) {
  for (const auto& row : s["rows"]) {
    if (row[0]["v"] == label) return row[1];
  }
  throw std::runtime_error("no label " + label);
}

}  // namespace

TEST_CASE("packet xlsx: sheets in order, each with a bold frozen heading, a filter and fitted columns") {
  test::TempDir dir;
  const auto file = dir.path() / "packet.xlsx";
  write_packet_xlsx(sample_packet(), sample_events(), file);
  const json book = read_back(file);

  std::vector<std::string> names;
  for (const auto& s : book["sheets"]) names.push_back(s["name"]);
  CHECK(names == std::vector<std::string>{"Summary", "Places", "Watchlist", "Actions", "RunOfShow", "DataQuality",
                                          "Weights", "Events"});
  for (const auto& s : book["sheets"]) {
    CAPTURE(s["name"]);
    REQUIRE(s["filter"].is_string());
    const std::size_t h = heading_row(s);
    CHECK(s["freeze"] == fmt::format("A{}", h + 2));
    const auto& heading = s["rows"][h];
    REQUIRE(!heading.empty());
    for (const auto& c : heading) {
      CHECK(c["t"] == "s");
      CHECK(c["bold"] == true);
    }
    // The filter spans the heading's columns and every data row.
    const std::string ref = s["filter"];
    CHECK(ref.substr(ref.find(':') + 1) ==
          fmt::format("{}{}", static_cast<char>('A' + heading.size() - 1), s["rows"].size()));
    for (const auto& [letter, width] : s["widths"].items()) {
      CHECK(width.get<double>() >= 4);
      CHECK(width.get<double>() <= 61);
    }
  }
  // Column widths follow the content: the place names are wider than the ranks, a long explanation is capped.
  const json& places = sheet(book, "Places");
  CHECK(places["widths"]["B"].get<double>() >= static_cast<double>(kMarkupName.size()));
  CHECK(places["widths"]["A"].get<double>() < 10);
  CHECK(places["widths"]["M"].get<double>() >= 60);
  CHECK(places["widths"]["M"].get<double>() <= 61);
}

TEST_CASE("packet xlsx: dates are dates in the city's time, counts and scores are numbers") {
  test::TempDir dir;
  const auto file = dir.path() / "packet.xlsx";
  write_packet_xlsx(sample_packet(), sample_events(), file);
  const json book = read_back(file);

  const json& summary = sheet(book, "Summary");
  CHECK(labelled(summary, "City")["v"] == "Boston");
  CHECK(labelled(summary, "Huddle date")["t"] == "d");
  CHECK(labelled(summary, "Huddle date")["v"] == "2026-11-26T00:00:00");
  CHECK(labelled(summary, "Cutoff")["v"] == "2026-11-26T06:00:00");
  CHECK(labelled(summary, "Window start")["v"] == "2026-11-25T06:00:00");
  CHECK(labelled(summary, "State")["v"] == "live");
  CHECK(labelled(summary, "Attendance")["v"] == "Public Works / Sanitation, Outreach & Recovery");
  CHECK(cell(summary, "Category", 0)["v"] == "All 311");
  CHECK(cell(summary, "Category", 1)["v"] == "Needle pickup");
  CHECK(cell(summary, "Stream", 2)["v"] == "EMS");
  CHECK(cell(summary, "Count", 0)["t"] == "n");
  CHECK(cell(summary, "Count", 0)["v"] == 120);
  CHECK(cell(summary, "Usual median", 0)["v"] == 110.5);

  const json& places = sheet(book, "Places");
  CHECK(cell(places, "Rank", 1)["v"] == 2);
  CHECK(cell(places, "Score", 0)["t"] == "n");
  CHECK(cell(places, "Score", 0)["v"].get<double>() == doctest::Approx(12.3456));
  CHECK(cell(places, "Tags", 0)["v"] == "New, Surging");
  CHECK(cell(places, "311", 0)["v"] == 5);
  CHECK(cell(places, "EMS", 0)["v"] == 2);
  CHECK(cell(places, "Active days of 28", 0)["v"] == 21);
  // Decisions: the action agreed at this huddle for P1 (not the older one), "no action" for P2.
  CHECK(cell(places, "Decision", 0)["v"] == kPlusTitle + " (Outreach & Recovery)");
  CHECK(cell(places, "Decision", 1)["v"] == "No action: " + kMinusReason);
  CHECK(sheet(book, "Watchlist")["rows"].size() == 2);

  // Actions: overdue first, then the open ones by due date; the closed one that is neither carried nor agreed here
  // is left out.
  const json& actions = sheet(book, "Actions");
  REQUIRE(actions["rows"].size() == 4);
  CHECK(cell(actions, "Id", 0)["v"] == 11);
  CHECK(cell(actions, "Id", 1)["v"] == 13);
  CHECK(cell(actions, "Id", 2)["v"] == 12);
  CHECK(cell(actions, "Group", 0)["v"] == "overdue");
  CHECK(cell(actions, "Due", 0)["t"] == "d");
  CHECK(cell(actions, "Due", 0)["v"] == "2026-11-20T00:00:00");
  CHECK(cell(actions, "Due", 2)["t"] == "blank");
  CHECK(cell(actions, "Age (days)", 0)["v"] == 16);
  CHECK(cell(actions, "Status", 0)["v"] == "in_progress");
  CHECK(cell(actions, "Department", 1)["v"] == "Outreach & Recovery");

  const json& run = sheet(book, "RunOfShow");
  CHECK(cell(run, "Position", 0)["v"] == 1);
  CHECK(cell(run, "Presenter", 0)["v"] == "Emergency Medical Services");
  CHECK(cell(run, "Planned", 0)["v"] == doctest::Approx(120));  // a duration, read back in seconds
  CHECK(cell(run, "Actual", 1)["v"] == doctest::Approx(95));
  CHECK(cell(run, "Actual", 0)["t"] == "blank");
  CHECK(cell(run, "Place", 1)["v"] == kFormulaName);

  const json& quality = sheet(book, "DataQuality");
  CHECK(cell(quality, "Value", 0)["v"] == 3);
  CHECK(cell(quality, "Value", 1)["v"] == 2);
  CHECK(cell(quality, "Stream", 2)["v"] == "311");
  CHECK(cell(quality, "Value", 2)["t"] == "d");
  CHECK(cell(quality, "Value", 2)["v"] == "2026-11-26T05:45:00");
  CHECK(cell(quality, "Stream", 4)["v"] == "EMS");

  const json& weights = sheet(book, "Weights");
  CHECK(cell(weights, "Label", 1)["v"] == "Encampment <tent>");
  CHECK(cell(weights, "Value", 1)["v"] == 3);
  bool found_half_life = false;
  for (const auto& row : weights["rows"]) {
    if (row[1]["v"] == "half_life_days") {
      found_half_life = true;
      CHECK(row[3]["v"] == 7);
    }
  }
  CHECK(found_half_life);

  const json& events = sheet(book, "Events");
  REQUIRE(events["rows"].size() == 4);
  CHECK(cell(events, "Time", 0)["t"] == "d");
  CHECK(cell(events, "Time", 0)["v"] == "2026-11-25T10:30:00");
  CHECK(cell(events, "Category", 0)["v"] == "Needle pickup");
  CHECK(cell(events, "Category", 1)["v"] == "mystery");
  CHECK(cell(events, "Geo quality", 2)["v"] == "intersection");
}

TEST_CASE("packet xlsx: hostile text comes back as the same text and no cell holds a formula") {
  test::TempDir dir;
  const auto file = dir.path() / "packet.xlsx";
  write_packet_xlsx(sample_packet(), sample_events(), file);
  const json book = read_back(file);

  for (const auto& s : book["sheets"]) {
    CAPTURE(s["name"]);
    CHECK(s["formulas"] == 0);
    for (const auto& row : s["rows"]) {
      for (const auto& c : row) CHECK(c["t"] != "f");
    }
  }
  const json& places = sheet(book, "Places");
  CHECK(cell(places, "Place", 0)["v"] == kFormulaName);
  CHECK(cell(places, "Place", 0)["t"] == "s");
  CHECK(cell(places, "Place", 1)["v"] == kMarkupName);
  CHECK(cell(sheet(book, "Watchlist"), "Place", 0)["v"] == kAtName);
  const json& actions = sheet(book, "Actions");
  CHECK(cell(actions, "Title", 1)["v"] == kPlusTitle);
  CHECK(cell(actions, "Owner", 0)["v"] == kDdeOwner);
  CHECK(cell(actions, "Owner", 1)["v"] == kQuotedOwner);
  CHECK(cell(actions, "Place", 0)["v"] == kFormulaName);
  CHECK(cell(sheet(book, "RunOfShow"), "Notes", 1)["v"] == kAtName);
  // Control characters (which XML cannot hold) are dropped and line breaks become spaces.
  CHECK(cell(actions, "Note", 0)["v"] == "Line one line two end");
  const json& events = sheet(book, "Events");
  CHECK(cell(events, "Raw type", 0)["v"] == kFormulaName);
  CHECK(cell(events, "Raw type", 2)["v"] == "tab here");
  CHECK(cell(events, "Place", 2)["v"] == kMarkupName);
  // Excel reads "_x0041_" in a cell as the letter A; written escaped, Excel shows it as typed. openpyxl does not
  // decode either form, so the escape itself is what comes back here.
  CHECK(cell(events, "Raw type", 1)["v"] == "Needle_x005F_x0041_Pickup");
}

TEST_CASE("packet xlsx: the Actions sheet has the status drop-down") {
  test::TempDir dir;
  const auto file = dir.path() / "packet.xlsx";
  write_packet_xlsx(sample_packet(), sample_events(), file);
  const json book = read_back(file);

  const json& actions = sheet(book, "Actions");
  REQUIRE(actions["validations"].size() == 1);
  const json& v = actions["validations"][0];
  CHECK(v["type"] == "list");
  CHECK(v["formula1"] == "\"open,in_progress,done,blocked,dropped\"");
  CHECK(v["sqref"] == "G2:G4");
  CHECK(actions["rows"][0][6]["v"] == "Status");
  for (const auto& s : book["sheets"]) {
    if (s["name"] != "Actions") CHECK(s["validations"].empty());
  }
}

TEST_CASE("packet xlsx: a write that cannot finish throws ExportError and leaves no file") {
  test::TempDir dir;
  const Packet packet = sample_packet();

  SUBCASE("into a folder that does not exist") {
    const auto file = dir.path() / "missing" / "packet.xlsx";
    try {
      write_packet_xlsx(packet, sample_events(), file);
      FAIL("no ExportError");
    } catch (const ExportError& e) {
      CHECK(std::string(e.what()).find(file.string()) != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(dir.path() / "missing"));
  }
  SUBCASE("over a folder of the same name") {
    const auto file = dir.path() / "packet.xlsx";
    std::filesystem::create_directory(file);
    CHECK_THROWS_AS(write_packet_xlsx(packet, sample_events(), file), ExportError);
    CHECK(std::filesystem::is_directory(file));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);
  }
  SUBCASE("when the events fail half-way, the workbook written before stays as it was and nothing stays open") {
    const auto file = dir.path() / "packet.xlsx";
    write_packet_xlsx(packet, sample_events(), file);
    const auto size = std::filesystem::file_size(file);
    const auto open_files = [] { return std::distance(std::filesystem::directory_iterator("/proc/self/fd"), {}); };
    const auto open_before = open_files();
    const PacketEventSource failing = [](const std::function<void(const PacketEvent&)>& sink) {
      sink({utc(2026, 11, 25, 15), "311", "needles", "Needle Pickup", "", GeoQuality::exact});
      throw StorageError("database is locked");
    };
    CHECK_THROWS_AS(write_packet_xlsx(packet, failing, file), StorageError);
    CHECK(open_files() == open_before);  // each sheet's temporary file (deleted, but on disk while open) is closed
    CHECK(std::filesystem::file_size(file) == size);
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);
    CHECK(read_back(file)["sheets"].size() == 8);
  }
}
