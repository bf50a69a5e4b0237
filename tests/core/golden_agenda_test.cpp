// The golden agenda: a small stored city on Thursday 26 November 2026, its huddle run live (an action agreed, a
// "no action", actual times and notes), rendered with the shipped templates and compared byte for byte with
// tests/data/golden/agenda/agenda.{html,md,txt} (see the README there; HUDDLE_UPDATE_GOLDEN=1 rewrites them).

#include <cstdlib>
#include <fstream>

#include <doctest/doctest.h>

#include "agenda_fixture.h"

using namespace huddle;
using namespace huddle::core;

namespace {

const std::filesystem::path kGolden = std::filesystem::path(HUDDLE_TEST_DATA) / "golden" / "agenda";

Date day(unsigned d) { return Date{std::chrono::year{2026} / 11 / std::chrono::day{d}}; }

/// The case: two top places and a new one on the watch list, an unlocated report, three earlier actions (overdue
/// and in progress, due today, open without a date or place), then the huddle run live.
HuddleBrief golden_brief(test::AgendaCity& city) {
  city.ws.settings.ranking.top_k = 2;
  for (int d = 1; d < 28; ++d) city.add(0, 0, d * 24 + 12, 1, "Massachusetts Ave & Melnea Cass Blvd");
  city.add(0, 0, 3, 3, "Massachusetts Ave & Melnea Cass Blvd");
  city.add(0, 0, 5, 1, "Massachusetts Ave & Melnea Cass Blvd", "overdose", "ems", "OVERDOSE");
  city.add(10, 0, 4, 4, "Boylston St & Ipswich St", "encampment", "311", "Encampment");
  city.add(20, 5, 6, 2, "Columbia Rd & Dudley St", "dumping", "311", "Illegal Dumping");
  std::vector<Event> unlocated(1);
  unlocated[0].stream = "311";
  unlocated[0].source_id = "unlocated";
  unlocated[0].occurred_utc = test::utc(2026, 11, 26, 2);
  unlocated[0].category = "needles";
  city.ws.store->events().add(unlocated);

  // The ranking names the places; the earlier actions point at them.
  const auto ranking =
      rank_huddle(*city.ws.store, city.ws.settings, city.ws.categories, city.schedule, test::utc(2026, 11, 26, 11));
  REQUIRE(ranking.lists.top.size() == 2);
  REQUIRE(ranking.lists.watch.size() == 1);
  const RankedPlace& mass_ave = ranking.lists.top[0];
  const RankedPlace& boylston = ranking.lists.top[1];
  Action overdue = city.add_action("Clean-up of encampment debris", "Public Works / Sanitation",
                                   test::utc(2026, 11, 20, 14), day(24), "District 10A crew", &boylston);
  overdue.status = ActionStatus::in_progress;
  overdue.updated_utc = test::utc(2026, 11, 23, 15);
  city.ws.store->actions().update(overdue, "test");
  city.add_action("Outreach visit & shelter offer", "Street outreach providers", test::utc(2026, 11, 25, 13, 20),
                  day(26), "Outreach team A", &mass_ave);
  city.add_action("Review \"no trespass\" signage", "Inspectional Services", test::utc(2026, 11, 23, 13, 30),
                  std::nullopt);

  HuddleBrief brief = city.open();
  set_huddle_state(*city.ws.store, brief.huddle, HuddleState::live);
  brief.huddle.notes = "Thanksgiving: skeleton crews until Monday.";
  city.ws.store->huddles().update(brief.huddle);
  AgendaItem data_item = brief.agenda[0];
  data_item.actual_seconds = 135;
  data_item.notes = "Quiet night; no critical incidents.";
  city.ws.store->huddles().update_item(data_item);
  AgendaItem first_place = brief.agenda[1];
  first_place.actual_seconds = 38;
  city.ws.store->huddles().update_item(first_place);
  Action agreed;
  agreed.title = "Sharps sweep & needle kiosk check";
  agreed.department_id = city.department("Public Works / Sanitation");
  agreed.owner = "Mobile sharps team";
  agreed.place_id = mass_ave.place.id;
  agreed.place_name = mass_ave.place.name;
  agreed.huddle_id = brief.huddle.id;
  agreed.created_utc = test::utc(2026, 11, 26, 13, 8);
  agreed.updated_utc = agreed.created_utc;
  agreed.due = day(27);
  city.ws.store->actions().add(agreed, "test");
  city.ws.store->huddles().set_no_action(
      brief.huddle.id, {boylston.place.id, "Cleared yesterday; PWD's crew is \"already scheduled\" for Friday",
                        test::utc(2026, 11, 26, 13, 9), "test"});
  return read_brief(*city.ws.store, brief.huddle);
}

/// Compares `actual` with the golden file `name`, naming the first line that differs; or rewrites the file.
void check_golden(const std::string& actual, const std::string& name) {
  const auto file = kGolden / name;
  if (std::getenv("HUDDLE_UPDATE_GOLDEN")) {
    std::ofstream(file, std::ios::binary) << actual;
    MESSAGE("rewrote " << file);
    return;
  }
  const std::string expected = test::read_text(file);
  if (actual == expected) return;
  std::istringstream a(actual), e(expected);
  std::string line_a, line_e;
  for (long line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, line_a));
    const bool more_e = static_cast<bool>(std::getline(e, line_e));
    if (!more_a && !more_e) break;
    if (line_a != line_e || more_a != more_e) {
      FAIL_CHECK(name << ":" << line << " differs\n  expected: " << (more_e ? line_e : "(end)")
                      << "\n  actual:   " << (more_a ? line_a : "(end)"));
      return;
    }
  }
  FAIL_CHECK(name << " differs (line ends?)");
}

}  // namespace

TEST_CASE("golden agenda: a Thursday huddle in HTML, Markdown and plain text") {
  test::AgendaCity city;
  const HuddleBrief brief = golden_brief(city);
  check_golden(city.render(brief, AgendaFormat::html), "agenda.html");
  check_golden(city.render(brief, AgendaFormat::markdown), "agenda.md");
  check_golden(city.render(brief, AgendaFormat::text), "agenda.txt");
}
