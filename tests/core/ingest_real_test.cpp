// Real public extracts (../shared/data/real, see its README.md and FORMATS.md) imported through the shipped
// profiles (resources/profiles) into a temporary store, checked against figures computed independently with
// Python: tests/core/ingest_real_figures.py reads the same files with csv/json/zoneinfo and the profiles with
// tomllib - no Huddle code - and prints every figure below. Re-run it after changing a profile.
//
// The real files are not copied into the repository; HUDDLE_SHARED_DATA points at them. A missing folder is a
// failure, not a skip: these tests are the evidence that the shipped profiles read the real formats.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/ingest/import_job.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

/// What a correct import of one file gives.
struct Expected {
  std::string file;         ///< Relative to HUDDLE_SHARED_DATA (a fixture: its name in tests/data/extracts).
  std::string profile;      ///< The profile auto-detection must pick.
  std::string stream;       ///< Its stream.
  long rows_read = 0;       ///< Data records.
  long events = 0;          ///< Distinct events stored.
  long grouped = 0;         ///< Rows folded into another row's incident.
  long duplicate_ids = 0;   ///< Rows whose id an earlier row of the same file already had.
  long unlocated = 0;       ///< Stored events without a usable point.
  std::map<std::string, long> geo_quality;  ///< Events per stored geo quality.
  std::map<std::string, long> categories;   ///< Events per category.
  UtcTime min_utc{};        ///< Earliest event time.
  UtcTime max_utc{};        ///< Latest event time.
  UtcTime max_min_utc{};    ///< When set: the earliest time may be up to here (a fractional second at the minimum).
};

std::filesystem::path shared_data() {
  const std::filesystem::path dir = HUDDLE_SHARED_DATA;
  REQUIRE_MESSAGE(std::filesystem::is_directory(dir),
                  "the real extracts are missing: expected the folder " << dir.string()
                  << " (../shared/data/real beside the checkout; HUDDLE_SHARED_DATA in CMakeLists.txt)");
  return dir;
}

std::filesystem::path real_file(const std::string& relative) {
  const auto path = shared_data() / relative;
  REQUIRE_MESSAGE(std::filesystem::is_regular_file(path), "missing real extract " << path.string());
  return path;
}

std::filesystem::path fixture(const std::string& name) {
  const auto path = std::filesystem::path(HUDDLE_TEST_DATA) / "extracts" / name;
  REQUIRE_MESSAGE(std::filesystem::is_regular_file(path), "missing fixture " << path.string());
  return path;
}

ImportReport import_file(core::Workspace& ws, const ProfileCatalog& profiles, const std::filesystem::path& file,
                         const std::string& profile = "auto") {
  FakeClock clock(test::thanksgiving_morning());
  NullProgress progress;
  ImportRequest request;
  request.file = file;
  request.profile = profile;
  return run_import_job(*ws.store, request, profiles, ws.settings, ws.categories, clock, progress);
}

std::vector<Event> all_events(Store& store) {
  return store.events().in_range(test::utc(1990, 1, 1), test::utc(2100, 1, 1));
}

/// "a=1, b=2": maps compared as text, so a failure shows both sides.
std::string text(const std::map<std::string, long>& counts) {
  std::string out;
  for (const auto& [k, v] : counts) out += (out.empty() ? "" : ", ") + k + "=" + std::to_string(v);
  return out;
}

const Event* find_event(const std::vector<Event>& events, const std::string& source_id) {
  for (const auto& e : events) {
    if (e.source_id == source_id) return &e;
  }
  return nullptr;
}

/// Imports `path` into a new workspace, checks the figures, then imports it again (idempotence).
void check_import(const Expected& x, const std::filesystem::path& path) {
  INFO("file: " << path.string());
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  const auto profiles = ws.load_profiles();

  const ImportReport report = import_file(ws, profiles, path);
  CHECK(report.profile == x.profile);
  CHECK(report.stream == x.stream);
  CHECK_FALSE(report.already_imported);
  CHECK(report.rows_read == x.rows_read);
  CHECK(report.rejected == 0);
  CHECK(report.accepted == x.events);
  CHECK(report.grouped == x.grouped);
  // Every row is new, grouped into an incident, a repeat of an id seen earlier in the file, or rejected.
  CHECK(report.accepted + report.updated + report.unchanged + report.grouped + report.rejected == report.rows_read);
  CHECK(report.updated + report.unchanged == x.duplicate_ids);
  if (x.duplicate_ids == 0) {
    CHECK(report.unlocated == x.unlocated);
  } else {
    // With repeated ids the report may count the repeated rows too: between events and rows.
    CHECK(report.unlocated >= x.unlocated);
    CHECK(report.unlocated <= x.unlocated + x.duplicate_ids);
  }

  const auto events = all_events(*ws.store);
  CHECK(ws.store->events().count() == x.events);
  CHECK(static_cast<long>(events.size()) == x.events);

  std::map<std::string, long> categories, qualities;
  long unlocated = 0;
  UtcTime lo = UtcTime::max(), hi = UtcTime::min();
  for (const auto& e : events) {
    ++categories[e.category];
    ++qualities[std::string(to_string(e.geo_quality))];
    if (!e.located()) ++unlocated;
    CHECK(e.stream == x.stream);
    lo = std::min(lo, e.occurred_utc);
    hi = std::max(hi, e.occurred_utc);
  }
  CHECK(text(categories) == text(x.categories));
  CHECK(text(qualities) == text(x.geo_quality));
  CHECK(unlocated == x.unlocated);
  if (x.max_min_utc == UtcTime{}) {
    CHECK(lo == x.min_utc);
  } else {
    CHECK(lo >= x.min_utc);
    CHECK(lo <= x.max_min_utc);
  }
  CHECK(hi == x.max_utc);

  // The same file again: recognised by its content, nothing changes.
  const ImportReport again = import_file(ws, profiles, path);
  CHECK(again.already_imported);
  CHECK(ws.store->events().count() == x.events);
}

void check_real(const Expected& x) { check_import(x, real_file(x.file)); }

}  // namespace

TEST_CASE("real extracts: the shared data folder is there") {
  const auto dir = shared_data();
  CHECK(std::filesystem::is_regular_file(dir / "README.md"));
}

TEST_CASE("real extracts: Boston 311 legacy 2022, 29-column naming (boston311-legacy-29)") {
  Expected x;
  x.file = "boston311-legacy-2022-qsv/boston311-100.csv";
  x.profile = "boston311-legacy-29";
  x.stream = "311";
  // python: data records of csv.reader (SOURCE.md: 100 rows, no quoted newlines)
  x.rows_read = 100;
  // python: distinct case_enquiry_id (no repeats)
  x.events = 100;
  x.duplicate_ids = 0;
  // python: rows whose latitude/longitude round to City Hall 42.3594,-71.0587 (every INTERSECTION row and blank
  // location); no blank coordinates, none outside [42.2,-71.2,42.4,-70.9]
  x.unlocated = 19;
  // python: the 81 others are inside the box; none of their `location` values (after dropping the
  // "INTERSECTION of " prefix and cutting at a double space) contains " & "
  x.geo_quality = {{"exact", 81}, {"placeholder", 19}};
  // python: first matching rule of the profile on type/queue. needles: 2 Needle Pickup (GEN_Needle_Pickup);
  // dumping: 8 CE Collection + 7 Improper Storage of Trash (Barrels) + 5 Requests for Street Cleaning + 2 Empty
  // Litter Basket; qol: 4 Pick up Dead Animal + 3 Graffiti Removal + 3 PWD Graffiti + 3 Abandoned Vehicles + 3 Poor
  // Conditions of Property + 2 Rodent Activity + 1 Loud Parties/Music/People; other: the remaining 57
  x.categories = {{"dumping", 22}, {"needles", 2}, {"other", 57}, {"qol", 19}};
  // python: min/max open_dt 2022-01-01 00:16:00 / 2022-01-31 11:46:00 as America/New_York (EST, +5 h), no shift
  x.min_utc = test::utc(2022, 1, 1, 5, 16, 0);
  x.max_utc = test::utc(2022, 1, 31, 16, 46, 0);
  check_real(x);
}

TEST_CASE("real extracts: Boston 311 placeholder rows are stored as placeholder, without a point") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  const auto profiles = ws.load_profiles();
  import_file(ws, profiles, real_file("boston311-legacy-2022-qsv/boston311-100.csv"));
  const auto events = all_events(*ws.store);

  // python: the first data row, 101004143000 (BTDT_Parking Enforcement, blank location), at 42.3594,-71.0587
  const Event* city_hall = find_event(events, "101004143000");
  REQUIRE(city_hall != nullptr);
  CHECK(city_hall->geo_quality == GeoQuality::placeholder);
  CHECK_FALSE(city_hall->located());
  // python: open_dt 2022-01-21 13:47:00 EST
  CHECK(city_hall->occurred_utc == test::utc(2022, 1, 21, 18, 47, 0));
  CHECK(city_hall->category == "other");

  // python: every one of the 19 City Hall rows
  const long placeholders = std::count_if(events.begin(), events.end(), [](const Event& e) {
    return e.geo_quality == GeoQuality::placeholder && !e.lat && !e.lon;
  });
  CHECK(placeholders == 19);

  // python: 101004130437, Needle Pickup at `42 Cross St  Boston  MA  02113`, 42.3634,-71.0566, 2022-01-19 11:18 EST
  const Event* needle = find_event(events, "101004130437");
  REQUIRE(needle != nullptr);
  CHECK(needle->category == "needles");
  CHECK(needle->raw_type == "Needle Pickup");
  CHECK(needle->address == "42 Cross St");
  CHECK(needle->geo_quality == GeoQuality::exact);
  REQUIRE(needle->located());
  CHECK(*needle->lat == doctest::Approx(42.3634));
  CHECK(*needle->lon == doctest::Approx(-71.0566));
  CHECK(needle->occurred_utc == test::utc(2022, 1, 19, 16, 18, 0));
}

TEST_CASE("real extracts: Boston 311 Socrata-era export, 2011 (boston311-socrata)") {
  Expected x;
  x.file = "boston311-legacy-socrata-2011/sample_data.csv";
  x.profile = "boston311-socrata";
  x.stream = "311";
  // python: data records
  x.rows_read = 100;
  // python: distinct CASE_ENQUIRY_ID
  x.events = 100;
  // python: no blank LATITUDE/LONGITUDE, none at City Hall, none outside the Boston box
  x.unlocated = 0;
  // python: 18 `Location` values are `INTERSECTION of A & B  ...` -> "A & B"
  x.geo_quality = {{"exact", 82}, {"intersection", 18}};
  // python: dumping 2 Requests for Street Cleaning; qol 3 Pick up Dead Animal + 2 Rodent Activity + 1 Graffiti
  // Removal; other the remaining 92 (55 Pothole Repair (Internal), 12 Schedule a Bulk Item Pickup, ...)
  x.categories = {{"dumping", 2}, {"other", 92}, {"qol", 6}};
  // python: OPEN_DT 07/01/2011 01:32:33 AM .. 08:43:23 AM, America/New_York (EDT, +4 h)
  x.min_utc = test::utc(2011, 7, 1, 5, 32, 33);
  x.max_utc = test::utc(2011, 7, 1, 12, 43, 23);
  check_real(x);

  // python: the first row, `INTERSECTION of Groveland St & River St  Mattapan  MA` at 42.2715,-71.0772
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  import_file(ws, ws.load_profiles(), real_file(x.file));
  const auto events = all_events(*ws.store);
  const Event* first = find_event(events, "101000295613");
  REQUIRE(first != nullptr);
  CHECK(first->address == "Groveland St & River St");
  CHECK(first->geo_quality == GeoQuality::intersection);
  CHECK(first->raw_type == "Street Light Outages");
  CHECK(first->occurred_utc == test::utc(2011, 7, 1, 5, 32, 33));
}

TEST_CASE("real extracts: Boston 311 Needle Pickup 2015, pandas re-export of the Socrata layout (boston311-socrata)") {
  Expected x;
  x.file = "boston311-needle-pickup-2015/needle_pickup_2015.csv";
  x.profile = "boston311-socrata";
  x.stream = "311";
  // python: data records (the unnamed first column is the pandas index and is ignored)
  x.rows_read = 622;
  // python: distinct CASE_ENQUIRY_ID
  x.events = 622;
  // python: rows at City Hall 42.3594,-71.0587 (SOURCE.md: 49 of 622); no blank, none outside the box
  x.unlocated = 49;
  // python: of the 573 located rows, 180 have a `Location` starting "INTERSECTION of ... & ..."
  x.geo_quality = {{"exact", 393}, {"intersection", 180}, {"placeholder", 49}};
  // python: every TYPE is Needle Pickup
  x.categories = {{"needles", 622}};
  // python: OPEN_DT 05/15/2015 02:40:00 PM .. 12/30/2015 09:40:15 AM, America/New_York (EDT +4 h, EST +5 h)
  x.min_utc = test::utc(2015, 5, 15, 18, 40, 0);
  x.max_utc = test::utc(2015, 12, 30, 14, 40, 15);
  check_real(x);
}

TEST_CASE("real extracts: Boston 311 legacy 2023, current 30-column header (boston311-legacy-30)") {
  Expected x;
  x.file = "boston311-legacy-2023-animal/2023_reports.csv";
  x.profile = "boston311-legacy-30";
  x.stream = "311";
  // python: data records
  x.rows_read = 4151;
  // python: distinct case_enquiry_id
  x.events = 4151;
  // python: rows with blank latitude/longitude (SOURCE.md: 6); no City Hall, none outside the box
  x.unlocated = 6;
  // python: 561 located rows have a location_street_name "INTERSECTION A & B" (-> "A & B"; 3 of them with a
  // double space inside a street name: "Harbor Shore  Dr & Northern Ave", "Fan Pier  Blvd & Bond Dr")
  x.geo_quality = {{"exact", 3584}, {"intersection", 561}, {"missing", 6}};
  // python: qol = 122 Animal Noise Disturbances; Animal Generic Request / Found / Lost are other
  x.categories = {{"other", 4029}, {"qol", 122}};
  // Time shift (profiles.md, shift = "auto"): python finds 0 non-blank sla_target_dt values in this animal-types
  // slice, but closed_dt is 4 h / 5 h before the "Closed date :" text in closure_reason (python: 2,752 rows at
  // -4 h and 917 at -5 h, FORMATS.md §1.5), so the shift is applied.
  // python: min/max open_dt 2023-01-01 02:30:09 / 2023-12-31 15:21:00 shown; +5 h (EST) = local wall time
  // 07:30:09 / 20:21:00, +5 h again = UTC.
  x.min_utc = test::utc(2023, 1, 1, 12, 30, 9);
  x.max_utc = test::utc(2024, 1, 1, 1, 21, 0);
  check_real(x);
}

TEST_CASE("boston311-legacy-30 applies the Boston legacy shift when sla_target_dt shows it") {
  // Invented rows in the 30-column layout: 08:30 SLA targets shown as 04:30 (summer) and 03:30 (winter).
  test::TempDir dir;
  const auto file = dir.write(
      "shifted.csv",
      "case_enquiry_id,open_dt,sla_target_dt,closed_dt,on_time,case_status,closure_reason,case_title,subject,reason,"
      "type,queue,department,submitted_photo,closed_photo,location,fire_district,pwd_district,city_council_district,"
      "police_district,neighborhood,neighborhood_services_district,ward,precinct,location_street_name,"
      "location_zipcode,latitude,longitude,geom_4326,source\n"
      "101009990001,2023-07-10 05:15:00,2023-07-12 04:30:00,,ONTIME,Open, ,Needle Pickup,Mayor's 24 Hour Hotline,"
      "Needle Program,Needle Pickup,GEN_Needle_Pickup,GEN_,,,1 Main St  Boston  MA  02118, , , , , , , , ,1 Main St,"
      "02118,42.3356,-71.0745,,Constituent Call\n"
      "101009990002,2023-01-10 03:00:00,2023-01-12 03:30:00,,ONTIME,Open, ,Requests for Street Cleaning,Public Works "
      "Department,Street Cleaning,Requests for Street Cleaning,PWDx_District 1C: Downtown,PWDx,,,2 Main St  Boston  MA"
      "  02118, , , , , , , , ,2 Main St,02118,42.3357,-71.0746,,Constituent Call\n"
      "101009990003,2023-01-11 04:00:00,,,ONTIME,Open, ,Pick up Dead Animal,Public Works Department,Street Cleaning,"
      "Pick up Dead Animal,PWDx_District 1C: Downtown,PWDx,,,3 Main St  Boston  MA  02118, , , , , , , , ,3 Main St,"
      "02118,,,,Constituent Call\n");
  auto ws = test::open_workspace(dir);
  const auto report = import_file(ws, ws.load_profiles(), file);
  CHECK(report.profile == "boston311-legacy-30");
  CHECK(report.time_shift != "none");
  CHECK(report.accepted == 3);
  const auto events = all_events(*ws.store);
  // 05:15 shown = 09:15 EDT = 13:15 UTC; 03:00 shown = 08:00 EST = 13:00 UTC; 04:00 shown = 09:00 EST = 14:00 UTC.
  const Event* a = find_event(events, "101009990001");
  const Event* b = find_event(events, "101009990002");
  const Event* c = find_event(events, "101009990003");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  REQUIRE(c != nullptr);
  CHECK(a->occurred_utc == test::utc(2023, 7, 10, 13, 15, 0));
  CHECK(b->occurred_utc == test::utc(2023, 1, 10, 13, 0, 0));
  CHECK(c->occurred_utc == test::utc(2023, 1, 11, 14, 0, 0));
  CHECK(a->category == "needles");
  CHECK(b->category == "dumping");
  CHECK(c->category == "qol");
  CHECK(c->geo_quality == GeoQuality::missing);
}

TEST_CASE("real extracts: Boston 311 new system 2025 (boston311-new)") {
  Expected x;
  x.file = "boston311-new-system-2025/boston_311_requests.csv";
  x.profile = "boston311-new";
  x.stream = "311";
  // python: data records (CRLF)
  x.rows_read = 5473;
  // python: distinct case_id (SOURCE.md: 5,473)
  x.events = 5473;
  // python: rows with blank latitude/longitude (SOURCE.md: 58); none at City Hall, none outside the box
  x.unlocated = 58;
  // python: 722 located rows have a full_address with " & " before the first ", "
  x.geo_quality = {{"exact", 4693}, {"intersection", 722}, {"missing", 58}};
  // python: service_name is only animal, street light, tree and lane-divider topics (and 10 blank): all other
  x.categories = {{"other", 5473}};
  // python: open_date 2025-08-01 06:35:06.539+00 .. 2026-02-10 22:54:04.094464+00 (UTC; the minimum carries a
  // fraction, so it may be stored as :06 or :07)
  x.min_utc = test::utc(2025, 8, 1, 6, 35, 6);
  x.max_min_utc = test::utc(2025, 8, 1, 6, 35, 7);
  x.max_utc = test::utc(2026, 2, 10, 22, 54, 4);
  check_real(x);
}

TEST_CASE("real extracts: Seattle Real Time Fire 911, January 2022 CSV (seattle-fire-911)") {
  Expected x;
  x.file = "seattle-fire-911-2022-01/seattle_real_time_fire_911_2022-01.csv";
  x.profile = "seattle-fire-911";
  x.stream = "ems";
  // python: data records (CRLF)
  x.rows_read = 9873;
  // python: distinct Incident Number
  x.events = 9873;
  // python: 26 rows with blank Latitude/Longitude, plus 2 outside the Seattle box [47.48,-122.46,47.74,-122.22]:
  // B220002075 (15739 Meridian Ave N, Shoreline, 47.743826) and V220002441 ("3rd Ave / James St" geocoded to
  // 47.314128,-122.005047)
  x.unlocated = 28;
  // python: Seattle writes intersections with " / ", never " & "
  x.geo_quality = {{"exact", 9845}, {"missing", 26}, {"out_of_area", 2}};
  // python: Type starting "Encampment": 103 Encampment Fire + 14 Encampment Aid + 2 Encampment Medic; no overdose
  // or behavioural type exists in the feed
  x.categories = {{"encampment", 119}, {"other", 9754}};
  // python: Datetime 01/01/2022 12:04:00 AM .. 01/31/2022 11:57:00 PM, America/Los_Angeles (PST, +8 h)
  x.min_utc = test::utc(2022, 1, 1, 8, 4, 0);
  x.max_utc = test::utc(2022, 2, 1, 7, 57, 0);
  check_real(x);
}

TEST_CASE("real extracts: Seattle Fire 911 as Socrata GeoJSON (seattle-fire-911-geojson)") {
  Expected x;
  x.file = "seattle-fire-911-geojson-2019/Fire911Calls.geojson";
  x.profile = "seattle-fire-911-geojson";
  x.stream = "ems";
  // python: json.load, len(features)
  x.rows_read = 1000;
  // python: distinct incident_number
  x.events = 1000;
  // python: 5 features with "geometry": null, plus 27 Point geometries outside the Seattle box (mutual aid north
  // of N 145th St and on the Eastside, e.g. "Mutual Aid, Medic" at 17520 Linden Av N)
  x.unlocated = 32;
  x.geo_quality = {{"exact", 968}, {"missing", 5}, {"out_of_area", 27}};
  // python: no Encampment / overdose / behavioural type among the 56 types of this page
  x.categories = {{"other", 1000}};
  // python: datetime 2003-11-07T12:20:47.000 .. 2020-11-11T09:28:00.000, America/Los_Angeles (PST, +8 h)
  x.min_utc = test::utc(2003, 11, 7, 20, 20, 47);
  x.max_utc = test::utc(2020, 11, 11, 17, 28, 0);
  check_real(x);
}

TEST_CASE("real extracts: San Francisco Fire calls for service, unit rows grouped per incident (sf-fire-cfs)") {
  Expected x;
  x.file = "sf-fire-calls-for-service/Fire_Department_Calls_for_Service.csv";
  x.profile = "sf-fire-cfs";
  x.stream = "ems";
  // python: data records (one per responding unit)
  x.rows_read = 7704;
  // python: distinct Incident Number (SOURCE.md: 3,560)
  x.events = 3560;
  // python: 7,704 - 3,560 unit rows folded into their incident's first row
  x.grouped = 4144;
  // python: within an incident every row has the same Received DtTm, Call Type, Address and Location, so the
  // figures do not depend on which row represents it. Unlocated: 4 incidents whose Location lies south of the
  // city box [37.70,-122.52,37.84,-122.35] (SFO, 37.6169)
  x.unlocated = 4;
  x.geo_quality = {{"exact", 3556}, {"out_of_area", 4}};
  // python: Call Type is Medical Incident, Alarms, Structure Fire, Traffic Collision, ...: no overdose or
  // behavioural type, so every incident is other
  x.categories = {{"other", 3560}};
  // python: Received DtTm 12/31/2016 12:01:04 AM .. 01/07/2017 11:58:32 PM, America/Los_Angeles (PST, +8 h)
  x.min_utc = test::utc(2016, 12, 31, 8, 1, 4);
  x.max_utc = test::utc(2017, 1, 8, 7, 58, 32);
  check_real(x);
}

TEST_CASE("real extracts: Tempe opioid calls, date only, no id, jittered points (tempe-opioid)") {
  Expected x;
  x.file = "tempe-opioid-calls/tempe_opioid_calls.csv";
  x.profile = "tempe-opioid";
  x.stream = "ems";
  // python: data records
  x.rows_read = 3379;
  // python: no id column, so the id is built from the mapped columns (incident_date, latitude, longitude) and
  // numbered in file order when the same content repeats: 32 rows repeat an earlier row's date and point (22 of
  // them identical in every column, 10 differing only in the unmapped narcan_given) and still are events of their
  // own, so every row is one event
  x.events = 3379;
  x.duplicate_ids = 0;
  // python: 10 distinct points outside the Tempe box [33.31,-111.99,33.47,-111.86] (none of them repeated)
  x.unlocated = 10;
  // python: every other point is low precision (profile precision = "low")
  x.geo_quality = {{"low_precision", 3369}, {"out_of_area", 10}};
  // python: every row is an overdose (categories.default)
  x.categories = {{"overdose", 3379}};
  // python: incident_date 2017-01-03 .. 2024-09-30, midnight America/Phoenix (MST all year, +7 h)
  x.min_utc = test::utc(2017, 1, 3, 7, 0, 0);
  x.max_utc = test::utc(2024, 9, 30, 7, 0, 0);
  check_real(x);
}

TEST_CASE("real extracts: Indiana EMS runs, no id and no location (indiana-ems-runs)") {
  Expected x;
  x.file = "indiana-ems-runs/ems_test_01.csv";
  x.profile = "indiana-ems-runs";
  x.stream = "ems";
  // python: data records (the last line has no newline)
  x.rows_read = 567;
  // python: no id column; the content of the mapped columns (INCIDENT_DT, CHIEF_COMPLAINT_DISPATCH,
  // INCIDENT_COUNTY, NALOXONE_GIVEN_FLG) repeats twice - two "Sick Person" runs in MARION on 2025-06-25 and two in
  // DELAWARE on 2025-03-16, different runs alike in every mapped column - and repeated content is numbered in file
  // order, so every row is one event
  x.events = 567;
  x.duplicate_ids = 0;
  // python: the profile maps no location: every event is missing
  x.unlocated = 567;
  x.geo_quality = {{"missing", 567}};
  // python: overdose = NALOXONE_GIVEN_FLG 1 (6) or dispatch Overdose/Poisoning/Ingestion (11), 2 both = 15;
  // ems_behavioral = Psychiatric Problem/Abnormal Behavior/Suicide Attempt 13 + Unconscious/Fainting/
  // Near-Fainting 21 + Unknown Problem/Person Down 11, less the 4 of them with naloxone given = 41
  x.categories = {{"ems_behavioral", 41}, {"other", 511}, {"overdose", 15}};
  // python: INCIDENT_DT 2025-01-01 .. 2025-12-30, midnight America/Indiana/Indianapolis (EST, +5 h)
  x.min_utc = test::utc(2025, 1, 1, 5, 0, 0);
  x.max_utc = test::utc(2025, 12, 30, 5, 0, 0);
  check_real(x);
}

TEST_CASE("fixture: Boston police crime incidents with multi-line streets and 0,0 points (boston-crime)") {
  // tests/data/extracts/boston_crime_sample.csv: invented rows in the City's header (FORMATS.md §2.6), CRLF
  // records, two STREET values with a line break inside quotes.
  Expected x;
  x.file = "boston_crime_sample.csv";
  x.profile = "boston-crime";
  x.stream = "police";
  // python: 9 records on 11 physical lines after the header
  x.rows_read = 9;
  // python: distinct INCIDENT_NUMBER|OFFENSE_CODE (232901005 has two offense rows: 1810 and 1832)
  x.events = 9;
  // python: 232901003 at 0,0 and 232901006 at 42.29755533,-71.0597091 (placeholders), 232901007 blank,
  // 232901008 at 42.1017,-71.0012 (south of the box)
  x.unlocated = 4;
  x.geo_quality = {{"exact", 5}, {"missing", 1}, {"out_of_area", 1}, {"placeholder", 2}};
  // python: OFFENSE_CODE 1832 on 232901001, 232901003, 232901005, 232901008
  x.categories = {{"other", 5}, {"overdose", 4}};
  // python: 2023-03-04 02:15:00+00 .. 2023-03-07 01:00:00+00 (the offset is honoured); 232901004 has no offset:
  // 2023-03-05 14:30:00 EST = 19:30 UTC
  x.min_utc = test::utc(2023, 3, 4, 2, 15, 0);
  x.max_utc = test::utc(2023, 3, 7, 1, 0, 0);
  check_import(x, fixture(x.file));

  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  import_file(ws, ws.load_profiles(), fixture(x.file));
  const auto events = all_events(*ws.store);
  const Event* local = find_event(events, "232901004|3006");
  REQUIRE(local != nullptr);
  CHECK(local->occurred_utc == test::utc(2023, 3, 5, 19, 30, 0));
  const Event* zero = find_event(events, "232901003|1832");
  REQUIRE(zero != nullptr);
  CHECK(zero->geo_quality == GeoQuality::placeholder);
  CHECK(zero->category == "overdose");
  const Event* multiline = find_event(events, "232901002|3115");
  REQUIRE(multiline != nullptr);
  CHECK(multiline->geo_quality == GeoQuality::exact);
  CHECK(multiline->address.find("ALBANY ST") == 0);
  CHECK(multiline->address.find("MASSACHUSETTS AVE") != std::string::npos);
}

TEST_CASE("the demo layouts: boston311-legacy-29 and generic-ems-cad map the demo's raw types") {
  test::TempDir dir;
  // Invented rows in the layouts src/core/demo/demo_extracts.cpp writes.
  const std::string header311 =
      "case_enquiry_id,open_dt,target_dt,closed_dt,ontime,case_status,closure_reason,case_title,subject,reason,type,"
      "queue,department,submittedphoto,closedphoto,location,fire_district,pwd_district,city_council_district,"
      "police_district,neighborhood,neighborhood_services_district,ward,precinct,location_street_name,"
      "location_zipcode,latitude,longitude,source\n";
  struct Case311 {
    const char* type;
    const char* queue;
    const char* category;
  };
  const std::vector<Case311> cases = {
      {"Needle Pickup", "GEN_Needle_Pickup", "needles"},
      {"Encampments", "INFO_Encampments", "encampment"},
      {"Human Waste", "INFO_HumanWaste", "human_waste"},
      {"Illegal Dumping", "PWDx_District 1C: Downtown", "dumping"},
      {"Requests for Street Cleaning", "PWDx_District 1C: Downtown", "dumping"},
      {"Improper Storage of Trash (Barrels)", "PWDx_District 1C: Downtown", "dumping"},
      {"Pick up Dead Animal", "PWDx_Code Enforcement", "qol"},
      {"Rodent Activity", "PWDx_Code Enforcement", "qol"},
      {"Graffiti Removal", "PWDx_Code Enforcement", "qol"},
      {"Abandoned Vehicles", "PWDx_Code Enforcement", "qol"},
      {"Loud Parties/Music/People", "PWDx_Code Enforcement", "qol"},
      {"Street Light Outages", "PWDx_Street Light Outages", "other"},
      {"Pothole Repair (Internal)", "PWDx_Street Light Outages", "other"},
      {"Sidewalk Repair (Make Safe)", "PWDx_Street Light Outages", "other"},
  };
  std::string csv311 = header311;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    // Every third row un-geocoded at City Hall, as the legacy feed writes it.
    const bool placeholder = i % 3 == 2;
    csv311 += "9000000000" + std::to_string(10 + i) + ",2026-11-25 23:4" + std::to_string(i % 10) +
              ":00,2026-11-28 23:40:00,,ONTIME,Open, ," + cases[i].type + ",Subject,Reason," + cases[i].type + "," +
              cases[i].queue + ",PWDx,,,\"" + std::to_string(10 + i) + " Harrison Ave  Boston  MA  02118\", , , , , ,"
              " , , ,Harrison Ave,02118," + (placeholder ? "42.3594,-71.0587" : "42.337000,-71.073000") +
              ",Constituent Call\n";
  }
  const auto file311 = dir.write("demo-311.csv", csv311);
  const auto fileEms = dir.write("demo-ems.csv",
                                 "incident_id,received_at,call_type,address,latitude,longitude\n"
                                 "EMS-1,2026-11-25 23:41:05,EMS: OVERDOSE,Melnea Cass Blvd & Massachusetts Ave,"
                                 "42.333000,-71.073500\n"
                                 "EMS-2,2026-11-26 00:12:44,EMS: BEHAVIORAL,100 Southampton St,42.331400,-71.068800\n"
                                 "EMS-3,2026-11-26 01:00:00,EMS: PERSON DOWN,12 Atkinson St,,\n"
                                 "EMS-4,2026-11-26 02:30:00,EMS: UNCONSCIOUS PERSON,1 Mass Ave,42.335000,-71.074000\n"
                                 "EMS-5,2026-11-26 03:00:00,EMS: SICK PERSON,5 Main St,42.336000,-71.075000\n");
  auto ws = test::open_workspace(dir);
  const auto profiles = ws.load_profiles();

  const auto r311 = import_file(ws, profiles, file311);
  CHECK(r311.profile == "boston311-legacy-29");
  CHECK(r311.accepted == static_cast<long>(cases.size()));
  CHECK(r311.rejected == 0);
  CHECK(r311.unlocated == 4);  // rows 2, 5, 8, 11
  // Street Light Outages, Pothole Repair (Internal), Sidewalk Repair (Make Safe) fall to the default (other).
  CHECK(r311.unmapped_types.size() == 3);
  const auto rEms = import_file(ws, profiles, fileEms);
  CHECK(rEms.profile == "generic-ems-cad");
  CHECK(rEms.stream == "ems");
  CHECK(rEms.accepted == 5);
  CHECK(rEms.unlocated == 1);

  const auto events = all_events(*ws.store);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Event* e = find_event(events, "9000000000" + std::to_string(10 + i));
    REQUIRE(e != nullptr);
    INFO(cases[i].type);
    CHECK(e->category == cases[i].category);
    CHECK(e->raw_type == cases[i].type);
    CHECK(e->address == std::to_string(10 + i) + " Harrison Ave");
    CHECK(e->geo_quality == (i % 3 == 2 ? GeoQuality::placeholder : GeoQuality::exact));
  }
  // Local Boston wall time (EST, +5 h).
  CHECK(find_event(events, "900000000010")->occurred_utc == test::utc(2026, 11, 26, 4, 40, 0));

  const std::map<std::string, std::string> ems = {{"EMS-1", "overdose"},
                                                   {"EMS-2", "ems_behavioral"},
                                                   {"EMS-3", "ems_behavioral"},
                                                   {"EMS-4", "ems_behavioral"},
                                                   {"EMS-5", "other"}};
  for (const auto& [id, category] : ems) {
    const Event* e = find_event(events, id);
    REQUIRE(e != nullptr);
    CHECK(e->category == category);
    CHECK(e->stream == "ems");
  }
  // received_at is the city's local time (settings: America/New_York): 23:41:05 EST = 04:41:05 UTC.
  CHECK(find_event(events, "EMS-1")->occurred_utc == test::utc(2026, 11, 26, 4, 41, 5));
  CHECK(find_event(events, "EMS-1")->geo_quality == GeoQuality::intersection);
  CHECK(find_event(events, "EMS-3")->geo_quality == GeoQuality::missing);
}

TEST_CASE("auto-detection picks no profile for a file no shipped profile reads") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  // The NYC EMS call-type code list is a reference table, not incidents.
  CHECK_THROWS_AS(import_file(ws, ws.load_profiles(), real_file("nyc-ems-dispatch-codes/call_type_descriptions.csv")),
                  InputError);
  CHECK(ws.store->events().count() == 0);
}
