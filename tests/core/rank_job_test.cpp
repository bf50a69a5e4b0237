// The rank job on a stored database: the rankable read, names from addresses, remembered places, open actions,
// explanations and the data-quality box.

#include <SQLiteCpp/Database.h>
#include <doctest/doctest.h>

#include "core/analysis/grid.h"
#include "core/analysis/place_events.h"
#include "core/jobs/rank_job.h"
#include "core/time/iso.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

/// A workspace with the shipped configuration and a way to add events around one point.
struct StoredCity {
  test::TempDir dir;
  Workspace ws = test::open_workspace(dir);
  HuddleSchedule schedule = ws.settings.schedule();
  Grid grid{ws.settings.center_lat, ws.settings.center_lon, ws.settings.ranking.grid_metres};
  int next_id = 1;

  /// `count` events `hours` before Thursday 26 November 06:00 in cell (x, y), with `address`.
  std::vector<Event> add(int x, int y, double hours, int count, const std::string& address,
                         const std::string& category = "needles", const std::string& stream = "311") {
    std::vector<Event> events;
    for (int i = 0; i < count; ++i) {
      Event e;
      e.stream = stream;
      e.source_id = std::to_string(next_id++);
      e.occurred_utc = test::utc(2026, 11, 26, 11) - std::chrono::seconds{static_cast<long>(hours * 3600)};
      e.category = category;
      e.address = address;
      double lat = 0, lon = 0;
      grid.centre_of(Cell{x, y}, lat, lon);
      e.lat = lat;
      e.lon = lon;
      e.geo_quality = GeoQuality::exact;
      events.push_back(e);
    }
    ws.store->events().add(events);
    return events;
  }

  Ranking rank(UtcTime at = test::thanksgiving_morning()) {
    return rank_huddle(*ws.store, ws.settings, ws.categories, schedule, at);
  }
};

}  // namespace

TEST_CASE("the rankable read leaves out linked repeats and unlocated events") {
  StoredCity city;
  auto events = city.add(0, 0, 2, 3, "A St & B St");
  const std::pair<std::int64_t, std::optional<std::int64_t>> link{events[2].id, events[0].id};
  city.ws.store->events().set_links({&link, 1});
  std::vector<Event> unlocated = {events[0]};
  unlocated[0].source_id = "unlocated";
  unlocated[0].lat.reset();
  unlocated[0].lon.reset();
  unlocated[0].geo_quality = GeoQuality::missing;
  city.ws.store->events().add(unlocated);

  const auto r = city.rank();
  REQUIRE(r.lists.top.size() == 1);
  CHECK(r.lists.top[0].window_total == 2);
  CHECK(r.quality.linked == 1);
  CHECK(r.quality.unlocated == 1);
  CHECK(r.quality.silent_streams == std::vector<std::string>{"ems"});
  CHECK(r.quality.latest_event.at("311") == test::utc(2026, 11, 26, 9));
}

TEST_CASE("a place is named after its most frequent address and keeps its id and name the next day") {
  StoredCity city;
  city.add(0, 0, 2, 3, "Massachusetts Ave & Melnea Cass Blvd");
  city.add(0, 0, 3, 1, "12 Southampton St");
  const auto thursday = city.rank();
  REQUIRE(thursday.lists.top.size() == 1);
  const auto& place = thursday.lists.top[0].place;
  CHECK(place.name == "near Massachusetts Ave & Melnea Cass Blvd");
  CHECK(place.id == "c0_0");

  // Friday: the reports move one cell east and now mostly carry another address; the place stays the same.
  city.add(1, 0, -20, 6, "12 Southampton St");
  const auto friday = city.rank(test::utc(2026, 11, 27, 13));
  REQUIRE(friday.lists.top.size() == 1);
  CHECK(friday.lists.top[0].place.cells.front() == Cell{1, 0});
  CHECK(friday.lists.top[0].place.id == "c0_0");
  CHECK(friday.lists.top[0].place.name == "near Massachusetts Ave & Melnea Cass Blvd");

  // Ranking an earlier morning again reads the memory but does not rewrite it.
  city.rank();
  const auto remembered = city.ws.store->places().listed_since(test::utc(2026, 11, 1));
  REQUIRE(remembered.size() == 1);
  CHECK(remembered[0].last_listed_at == test::utc(2026, 11, 27, 11));
  CHECK(remembered[0].first_listed_at == test::utc(2026, 11, 26, 11));
  CHECK(remembered[0].place.cells.size() == 2);
}

TEST_CASE("a place forgotten for longer than place_memory_days is named afresh") {
  StoredCity city;
  city.add(0, 0, 2, 3, "A St & B St");
  city.rank();
  // Ten days later only the other address is reported there.
  city.add(0, 0, -10 * 24 + 2, 4, "C St & D St");
  const auto later = city.rank(test::utc(2026, 12, 7, 13));
  REQUIRE(later.lists.top.size() == 1);
  CHECK(later.lists.top[0].place.name == "near C St & D St");
}

TEST_CASE("open actions on a place tag it and end its explanation") {
  StoredCity city;
  city.add(0, 0, 2, 2, "A St & B St");
  city.add(0, 0, 26, 1, "A St & B St", "overdose", "ems");
  const auto pwd = city.ws.store->departments().by_name("Public Works / Sanitation");
  REQUIRE(pwd);
  Action action;
  action.title = "clean-up";
  action.department_id = pwd->id;
  action.place_id = "c0_0";
  action.created_utc = test::utc(2026, 11, 25, 14);
  action.updated_utc = action.created_utc;
  action.due = Date{std::chrono::year{2026} / 11 / 26};
  city.ws.store->actions().add(action, "test");
  Action done = action;
  done.title = "finished";
  done.status = ActionStatus::done;
  city.ws.store->actions().add(done, "test");

  const auto r = city.rank();
  REQUIRE(r.lists.top.size() == 1);
  const auto& p = r.lists.top[0];
  CHECK(p.has(PlaceTag::action_open));
  REQUIRE(p.open_actions.size() == 1);
  // The overdose 26 hours before the cutoff is before the window: active on 2 days, 2 reports since yesterday.
  CHECK(p.explanation == "2 reports since yesterday 6 AM (none in the 4 weeks before): 2 needle pickup; "
                         "active 2 of the last 28 days; open: " +
                             pwd->short_name + ": clean-up due today.");
}

TEST_CASE("an empty database ranks to empty lists with both streams reported silent") {
  StoredCity city;
  const auto r = city.rank();
  CHECK(r.lists.top.empty());
  CHECK(r.lists.watch.empty());
  CHECK(r.quality.silent_streams == std::vector<std::string>{"311", "ems"});
  CHECK(r.window.cutoff == test::utc(2026, 11, 26, 11));
}

TEST_CASE("a place's card lists exactly the events its bars count, addresses at block level") {
  StoredCity city;
  city.add(0, 0, 2, 2, "123 Main St");
  city.add(0, 0, 30, 1, "Main St & Elm St", "overdose", "ems");
  city.add(0, 0, 3, 4, "123 Main St", "other");  // weight 0: not ranked, not on the card
  const auto r = city.rank();
  REQUIRE(r.lists.top.size() == 1);
  const auto& place = r.lists.top[0];
  long bars = 0;
  for (const auto& [stream, days] : place.daily) {
    for (const long n : days) bars += n;
  }
  const auto events = events_of_places(city.ws.store->events(), r.lists);
  const auto& card = events.at(place.place.id);
  CHECK(static_cast<long>(card.events.size()) == bars);
  REQUIRE(card.events.size() == 3);
  CHECK(card.events.front().occurred_utc > card.events.back().occurred_utc);  // newest first
  CHECK(card.events.front().block == "the 100 block of Main St");
  CHECK(card.events.back().block == "Main St & Elm St");
  REQUIRE(card.types.size() == 2);
  CHECK(card.types[0].count == 2);
  CHECK(card.types[0].stream == "311");
}

TEST_CASE("the days packed for the ranking follow every change of the events, and a foreign blob is packed again") {
  StoredCity city;
  auto events = city.add(0, 0, 2, 3, "A St & B St");
  const auto count = [&] {
    long n = 0;
    city.ws.store->events().for_each_rankable(test::utc(2026, 11, 1), test::utc(2026, 12, 1),
                                              [&](const RankableEvent&) { ++n; });
    return n;
  };
  CHECK(count() == 3);
  const std::pair<std::int64_t, std::optional<std::int64_t>> link{events[1].id, events[0].id};
  city.ws.store->events().set_links({&link, 1});
  CHECK(count() == 2);  // a linked repeat leaves the ranking at once
  city.add(0, 0, 30, 2, "A St & B St");  // the day before
  CHECK(count() == 4);

  {  // a blob in a format this Huddle does not know (an older or newer one) is packed again from the events
    SQLite::Database db(city.ws.paths.database.string(), SQLite::OPEN_READWRITE);
    db.exec("UPDATE rank_day SET events = x'00'");
  }
  CHECK(count() == 4);
  city.ws.store->clear_activity();
  CHECK(count() == 0);
}
