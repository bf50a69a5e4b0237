#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "core/error.h"
#include "core/ingest/import_job.h"
#include "core/test_support.h"
#include "core/time/iso.h"

using namespace huddle;
using namespace huddle::core;

namespace {

/// The text of the fenced block of docs/profiles.md whose text starts with `start`.
std::string docs_block(const std::string& start) {
  std::ifstream in(std::filesystem::path(HUDDLE_SOURCE_RESOURCES) / ".." / "docs" / "profiles.md");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  std::size_t at = text.find("\n" + start);
  REQUIRE(at != std::string::npos);
  ++at;
  return text.substr(at, text.find("```", at) - at);
}

/// A county CAD profile like the documented one, with `extra` appended.
std::string county_profile(const std::string& extra = "") {
  return R"(name = "test-cad"
stream = "ems"
[detect]
headers = ["CallNo", "Nature"]
[columns]
id = "CallNo"
time = "Received"
type = "Nature"
address = "Location"
latitude = "Lat"
longitude = "Lon"
[time]
formats = ["%Y-%m-%d %H:%M:%S"]
zone = "America/New_York"
[geo]
bbox = [42.2, -71.2, 42.4, -70.9]
placeholders = [[42.3594, -71.0587]]
[[rule]]
category = "overdose"
column = "Nature"
contains = ["OVERDOSE"]
)" + extra;
}

constexpr const char* kHeader = "CallNo,Received,Nature,Location,Lat,Lon\n";

struct Fixture {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  FakeClock clock{test::thanksgiving_morning()};
  NullProgress progress;

  ImportReport import(const std::filesystem::path& file, const std::string& profile = "auto") {
    return run_import_job(*ws.store, {file, profile, ""}, ws.load_profiles(), ws.settings, ws.categories, clock,
                          progress);
  }
  void user_profile(const std::string& text) { dir.write("config/profiles/test.toml", text); }
  std::vector<Event> events() {
    return ws.store->events().in_range(test::utc(2000, 1, 1), test::utc(2100, 1, 1));
  }
};

}  // namespace

TEST_CASE("the worked example of docs/profiles.md imports as the document says") {
  Fixture f;
  const auto profile = f.dir.write("county-cad.toml", docs_block("name = \"county-cad\""));
  const auto csv = f.dir.write("county.csv", docs_block("CallNo,"));
  const auto r = f.import(csv, profile.string());
  CHECK(r.profile == "county-cad");
  CHECK(r.rows_read == 2);
  CHECK(r.accepted == 2);
  CHECK(r.unlocated == 1);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(format_utc(events[0].occurred_utc) == "2024-03-03T04:41:05Z");
  CHECK(events[0].category == "overdose");
  CHECK(events[0].located());
  CHECK(events[1].geo_quality == GeoQuality::placeholder);
  CHECK_FALSE(events[1].located());
  CHECK(events[1].category == "ems_behavioral");
  CHECK(events[1].address == "5TH ST & ELM ST");
}

TEST_CASE("importing the same file twice changes nothing, a newer extract updates changed rows") {
  Fixture f;
  f.user_profile(county_profile());
  const auto first = f.dir.write("a.csv", std::string(kHeader) +
                                              "A1,2026-11-25 08:00:00,OVERDOSE,1 Main St,42.33,-71.07\n"
                                              "A2,2026-11-25 09:00:00,SICK,2 Main St,42.34,-71.06\n");
  auto r = f.import(first);
  CHECK(r.accepted == 2);
  CHECK(r.profile == "test-cad");
  r = f.import(first);
  CHECK(r.already_imported);
  CHECK(r.accepted == 0);
  CHECK(r.unchanged == 2);
  CHECK(f.ws.store->extracts().list().size() == 1);

  const auto newer = f.dir.write("b.csv", std::string(kHeader) +
                                              "A1,2026-11-25 08:00:00,OVERDOSE,1 Main St,42.33,-71.07\n"
                                              "A2,2026-11-25 09:00:00,SICK PERSON,2 Main St,42.34,-71.06\n"
                                              "A3,2026-11-25 10:00:00,FALL,3 Main St,42.35,-71.05\n");
  r = f.import(newer);
  CHECK(r.accepted == 1);
  CHECK(r.updated == 1);
  CHECK(r.unchanged == 1);
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[1].raw_type == "SICK PERSON");
  CHECK(r.unmapped_types.size() == 2);  // SICK PERSON and FALL fell to "other"
}

TEST_CASE("bad rows are rejected with their line and reason, the rest of the file is stored") {
  Fixture f;
  f.user_profile(county_profile());
  const auto file = f.dir.write("c.csv", std::string(kHeader) +
                                             "B1,2026-11-25 08:00:00,OVERDOSE,\"1 Main St, rear\",42.33,-71.07\n"
                                             "B2,25/11/2026 08:00,OVERDOSE,2 Main St,42.33,-71.07\n"
                                             "B3,2026-11-25 08:00:00,OVERDOSE\n"
                                             ",2026-11-25 08:00:00,OVERDOSE,4 Main St,42.33,-71.07\n"
                                             "B5,2026-11-25 09:00:00,OVERDOSE,5 Main St,42.33,-71.07\n");
  const auto r = f.import(file);
  CHECK(r.rows_read == 5);
  CHECK(r.accepted == 2);
  CHECK(r.rejected == 3);
  REQUIRE(r.issues.size() == 3);
  CHECK(r.issues[0].line == 3);
  CHECK(r.issues[0].column == "Received");
  CHECK(r.issues[0].message.find("25/11/2026 08:00") != std::string::npos);
  CHECK(r.issues[1].line == 4);
  CHECK(r.issues[1].message.find("expected 6 fields") != std::string::npos);
  CHECK(r.issues[2].line == 5);
  CHECK(f.events()[0].address == "1 Main St, rear");
}

TEST_CASE("a fatal problem writes nothing and names the file and what was expected") {
  Fixture f;
  f.user_profile(county_profile());
  const auto missing = f.dir.write("d.csv", "CallNo,Received,Nature,Location,Lat\nC1,2026-11-25 08:00:00,X,Y,42.3\n");
  CHECK_THROWS_WITH_AS(f.import(missing, "test-cad"), doctest::Contains("Lon"), InputError);
  const auto unknown = f.dir.write("e.csv", "a,b,c\n1,2,3\n");
  CHECK_THROWS_WITH_AS(f.import(unknown), doctest::Contains("no profile matches"), InputError);
  CHECK_THROWS_WITH_AS(f.import(f.dir.path() / "absent.csv"), doctest::Contains("absent.csv"), InputError);
  CHECK(f.ws.store->extracts().list().empty());
  CHECK(f.ws.store->events().count() == 0);
}

TEST_CASE("a cancelled import leaves nothing behind") {
  test::CancelAtOnce cancel;
  Fixture f;
  f.user_profile(county_profile());
  std::string text = kHeader;
  for (int i = 0; i < 5000; ++i) text += fmt::format("D{},2026-11-25 08:00:00,OVERDOSE,1 Main St,42.33,-71.07\n", i);
  const auto file = f.dir.write("f.csv", text);
  CHECK_THROWS_AS(run_import_job(*f.ws.store, {file, "auto", ""}, f.ws.load_profiles(), f.ws.settings, f.ws.categories,
                                 f.clock, cancel),
                  Cancelled);
  CHECK(f.ws.store->events().count() == 0);
  CHECK(f.ws.store->extracts().list().empty());
}

TEST_CASE("a truncated last record is reported and not imported") {
  Fixture f;
  f.user_profile(county_profile());
  const auto file = f.dir.write("g.csv", std::string(kHeader) + "E1,2026-11-25 08:00:00,OVERDOSE,1 Main St,42.33,-71.07\n"
                                                                "E2,2026-11-25 08:00:00,\"OVERD");
  const auto r = f.import(file);
  CHECK(r.accepted == 1);
  CHECK(r.rejected == 1);
  CHECK(r.issues.back().message.find("cut off") != std::string::npos);
}

TEST_CASE("locations: placeholder, swapped, out of area and blank points are kept and counted, never dropped") {
  Fixture f;
  f.user_profile(county_profile());
  const auto file = f.dir.write("h.csv", std::string(kHeader) +
                                             "G1,2026-11-25 08:00:00,X,City Hall,42.35940,-71.05870\n"
                                             "G2,2026-11-25 08:00:00,X,Swapped,-71.07,42.33\n"
                                             "G3,2026-11-25 08:00:00,X,Far,40.71,-74.00\n"
                                             "G4,2026-11-25 08:00:00,X,Blank,,\n"
                                             "G5,2026-11-25 08:00:00,X,A St & B St,42.33,-71.07\n");
  const auto r = f.import(file);
  CHECK(r.accepted == 5);
  CHECK(r.unlocated == 3);
  std::map<std::string, Event> by_id;
  for (const auto& e : f.events()) by_id[e.source_id] = e;
  CHECK(by_id["G1"].geo_quality == GeoQuality::placeholder);
  CHECK(by_id["G2"].geo_quality == GeoQuality::swapped_fixed);
  CHECK(by_id["G2"].lat == 42.33);
  CHECK(by_id["G3"].geo_quality == GeoQuality::out_of_area);
  CHECK_FALSE(by_id["G3"].located());
  CHECK(by_id["G4"].geo_quality == GeoQuality::missing);
  CHECK(by_id["G5"].geo_quality == GeoQuality::intersection);
}

TEST_CASE("repeat reports in a file are linked to the first and counted in the report") {
  Fixture f;
  f.user_profile(county_profile());
  const auto file = f.dir.write("i.csv", std::string(kHeader) +
                                             "H1,2026-11-25 08:00:00,OVERDOSE,1 Main St,42.33000,-71.07000\n"
                                             "H2,2026-11-25 09:00:00,OVERDOSE,1 Main St,42.33010,-71.07010\n"
                                             "H3,2026-11-25 13:35:00,OVERDOSE,1 Main St,42.33010,-71.07010\n");
  auto r = f.import(file);
  CHECK(r.linked == 2);
  const auto events = f.events();
  CHECK(events[1].linked_to == events[0].id);
  CHECK(events[2].linked_to == events[0].id);
  // A late extract with an earlier report at the same spot makes that one the first.
  const auto late = f.dir.write("j.csv", std::string(kHeader) + "H0,2026-11-25 07:30:00,OVERDOSE,1 Main St,42.33005,-71.07000\n");
  r = f.import(late);
  const auto after = f.events();
  CHECK_FALSE(after[0].linked_to.has_value());
  CHECK(after[1].linked_to == after[0].id);
  CHECK(after[3].linked_to.has_value() == false);  // 6 h 05 after the new first report, and H1 is now a repeat
}

TEST_CASE("unit rows of one incident fold into one event with the earliest time") {
  Fixture f;
  f.user_profile(R"(name = "test-units"
stream = "ems"
[detect]
headers = ["Incident", "Unit"]
[columns]
time = "Received"
type = "Type"
group = "Incident"
[time]
formats = ["%Y-%m-%d %H:%M:%S"]
zone = "America/Los_Angeles"
)");
  const auto file = f.dir.write("k.csv", "Incident,Unit,Received,Type\n"
                                         "I1,E1,2026-11-25 08:05:00,Medical\n"
                                         "I1,M2,2026-11-25 08:01:00,Medical\n"
                                         "I2,E3,2026-11-25 09:00:00,Fire\n"
                                         "I1,T4,2026-11-25 08:09:00,Medical\n");
  const auto r = f.import(file);
  CHECK(r.rows_read == 4);
  CHECK(r.accepted == 2);
  CHECK(r.grouped == 2);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].source_id == "I1");
  CHECK(format_utc(events[0].occurred_utc) == "2026-11-25T16:01:00Z");
}

TEST_CASE("the Boston legacy time shift is detected from shifted 08:30 targets and corrected") {
  Fixture f;
  const std::string profile = R"(name = "test-shift"
stream = "311"
[detect]
headers = ["case_id", "sla"]
[columns]
id = "case_id"
time = "open"
[time]
formats = ["%Y-%m-%d %H:%M:%S"]
zone = "America/New_York"
shift = "auto"
shift_check = "sla"
)";
  f.user_profile(profile);
  const auto shifted = f.dir.write("l.csv", "case_id,open,sla\n"
                                            "1,2023-06-01 10:00:00,2023-06-05 04:30:00\n"
                                            "2,2023-12-01 10:00:00,2023-12-05 03:30:00\n"
                                            "3,2023-12-01 11:00:00,\n");
  auto r = f.import(shifted);
  CHECK(r.time_shift.find("applied") != std::string::npos);
  auto events = f.events();
  CHECK(format_utc(events[0].occurred_utc) == "2023-06-01T18:00:00Z");  // shown 10:00 = 14:00 EDT
  CHECK(format_utc(events[1].occurred_utc) == "2023-12-01T20:00:00Z");  // shown 10:00 = 15:00 EST

  Fixture g;
  g.user_profile(profile);
  const auto plain = g.dir.write("m.csv", "case_id,open,sla\n1,2023-06-01 10:00:00,2023-06-05 08:30:00\n");
  r = g.import(plain);
  CHECK(r.time_shift.find("none") == 0);
  CHECK(format_utc(g.events()[0].occurred_utc) == "2023-06-01T14:00:00Z");
}

TEST_CASE("a profile mistake is a ConfigError at its line") {
  test::TempDir dir;
  const auto file = dir.write("bad.toml", county_profile("\n[[rule]]\ncategory = \"needle\"\ncolumn = \"Nature\"\nequals = [\"X\"]\n"));
  try {
    load_profile(file, {"needles", "overdose", "other"});
    FAIL("accepted an unknown category");
  } catch (const ConfigError& e) {
    CHECK(e.line() == 24);
    CHECK(std::string(e.what()).find("needle") != std::string::npos);
  }
  const auto typo = dir.write("typo.toml", county_profile().replace(county_profile().find("formats"), 7, "format"));
  CHECK_THROWS_WITH_AS(load_profile(typo, {}), doctest::Contains("time.format"), ConfigError);
}
