// A profile can never store a person: columns named for a patient, a caller or free text about them may only be
// read by category rules. tests/cli/test_cli.py plants values in such columns and searches every file for them.

#include <doctest/doctest.h>

#include "core/error.h"
#include "core/ingest/import_job.h"
#include "core/ingest/personal_columns.h"
#include "core/ingest/profile.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

/// An EMS profile whose [columns] table is `columns`, with a rule that reads the narrative.
std::string ems_profile(const std::string& columns) {
  return "name = \"county-ems\"\nstream = \"ems\"\n[detect]\nheaders = [\"Run\", \"Narrative\"]\n[columns]\n" +
         columns +
         "\n[time]\nformats = [\"%Y-%m-%d %H:%M\"]\n"
         "[[rule]]\ncategory = \"overdose\"\ncolumn = \"Narrative\"\ncontains = [\"narcan\"]\n";
}

}  // namespace

TEST_CASE("column names of a person's details or free text are recognised, street and service names are not") {
  for (const auto* name :
       {"patient_name", "Patient Name", "PatientName",   "PATIENT_AGE",  "date_of_birth", "DOB",
        "DateOfBirth",  "narrative",    "PCR Narrative", "caller_phone", "Complainant",   "victim_race",
        "first_name",   "Last Name",    "name",          "Sex",          "gender",        "closure_comments",
        "Notes",        "SSN",          "e-mail",        "email"}) {
    CAPTURE(name);
    CHECK(names_personal_details(name));
  }
  for (const auto* name : {"location_street_name", "service_name", "STREET_NAME", "type", "Call Type", "address",
                           "land_usage", "OFFENSE_DESCRIPTION", "INCIDENT_COUNTY", "incident_number", "Station",
                           "CHIEF_COMPLAINT_DISPATCH", "page", "Nature"}) {
    CAPTURE(name);
    CHECK_FALSE(names_personal_details(name));
  }
}

TEST_CASE("a profile that would store a patient's name or a narrative is refused at its line, naming the column") {
  test::TempDir dir;
  const auto narrative =
      dir.write("narrative.toml", ems_profile("time = \"Received\"\ntype = [\"Nature\", \"Narrative\"]"));
  try {
    load_profile(narrative, {});
    FAIL("a profile storing the narrative loaded");
  } catch (const ConfigError& e) {
    CHECK(e.file() == narrative);
    CHECK(e.line() == 7);
    CHECK(e.key() == "columns.type");
    CHECK(std::string(e.what()).find("'Narrative' holds a person's details") != std::string::npos);
  }
  const auto named = dir.write("named.toml", ems_profile("time = \"Received\"\naddress = \"Patient Address\""));
  CHECK_THROWS_WITH_AS(load_profile(named, {}), doctest::Contains("'Patient Address'"), ConfigError);
  const auto id = dir.write("id.toml", ems_profile("time = \"Received\"\nid = [\"Run\", \"Patient Name\"]"));
  CHECK_THROWS_WITH_AS(load_profile(id, {}), doctest::Contains("columns.id"), ConfigError);
}

TEST_CASE("a rule may read the narrative to choose the category, and the narrative is not stored") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  const auto profile = dir.write("county.toml", ems_profile("id = \"Run\"\ntime = \"Received\"\ntype = \"Nature\""));
  const auto csv = dir.write("runs.csv",
                             "Run,Received,Nature,Narrative\n"
                             "R1,2026-11-25 22:10,UNCONSCIOUS,\"Pt ZQXNARRATIVE4417 found down, narcan given\"\n");
  FakeClock clock{test::thanksgiving_morning()};
  NullProgress progress;
  const auto report = run_import_job(*ws.store, {csv, profile.string(), ""}, ws.load_profiles(), ws.settings,
                                     ws.categories, clock, progress);
  CHECK(report.accepted == 1);
  const auto events = ws.store->events().in_range(test::utc(2026, 11, 1), test::utc(2026, 12, 1));
  REQUIRE(events.size() == 1);
  CHECK(events[0].category == "overdose");
  CHECK(events[0].raw_type == "UNCONSCIOUS");
  CHECK(events[0].source_id == "R1");
}
