#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>

#include "core/error.h"
#include "core/store/sqlite_store.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

Event event(const std::string& id, UtcTime t, const std::string& category = "needles", bool located = true) {
  Event e;
  e.stream = "311";
  e.source_id = id;
  e.occurred_utc = t;
  e.category = category;
  e.raw_type = "Needle Pickup";
  e.address = "1 Main St";
  if (located) {
    e.lat = 42.33;
    e.lon = -71.07;
    e.geo_quality = GeoQuality::exact;
  }
  return e;
}

std::int64_t department_id(Store& store) {
  std::vector<Department> d = {{0, "Public Works", "PWD", "city", 0, true}, {0, "Parks", "Parks", "city", 1, true}};
  store.departments().ensure(d);
  return d[0].id;
}

Action new_action(std::int64_t department) {
  Action a;
  a.title = "Sharps sweep";
  a.department_id = department;
  a.owner = "Mobile sharps team";
  a.created_utc = test::utc(2026, 11, 20, 13);
  a.due = Date{std::chrono::year{2026}, std::chrono::November, std::chrono::day{23}};
  return a;
}

/// Writes `version` into the user_version field of a closed SQLite file (big-endian at byte 60).
void set_user_version(const std::filesystem::path& db, std::uint32_t version) {
  std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
  f.seekp(60);
  const char bytes[4] = {static_cast<char>(version >> 24), static_cast<char>(version >> 16),
                         static_cast<char>(version >> 8), static_cast<char>(version)};
  f.write(bytes, 4);
}

}  // namespace

TEST_CASE("a new database is created owner-only, in WAL mode, at the latest schema version") {
  test::TempDir dir;
  const auto path = dir.path() / "sub" / "huddle.db";
  {
    auto store = open_sqlite_store(path);
    CHECK(store->schema_version() == latest_schema_version());
    std::vector<Event> events = {event("1", test::utc(2026, 11, 25, 12))};
    store->events().add(events);
    CHECK(std::filesystem::exists(path.string() + "-wal"));
    struct stat st {};
    REQUIRE(::stat((path.string() + "-wal").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
  }
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  auto again = open_sqlite_store(path);  // reopening keeps the data and does not migrate again
  CHECK(again->events().count() == 1);
  CHECK(again->schema_version() == latest_schema_version());
}

TEST_CASE("a database from a newer Huddle is refused with a clear message, never downgraded") {
  test::TempDir dir;
  const auto path = dir.path() / "huddle.db";
  open_sqlite_store(path).reset();
  set_user_version(path, 99);
  CHECK_THROWS_WITH_AS(open_sqlite_store(path), doctest::Contains("newer Huddle (schema version 99"), StorageError);
}

TEST_CASE("a file that is not a database gives a StorageError naming it") {
  test::TempDir dir;
  const auto path = dir.write("notes.db", std::string(4096, 'x'));
  CHECK_THROWS_WITH_AS(open_sqlite_store(path), doctest::Contains(path.string().c_str()), StorageError);
}

TEST_CASE("events: ranges are half-open, repeats are counted once, unlocated are counted") {
  auto store = open_sqlite_store(":memory:");
  std::vector<Event> events = {event("1", test::utc(2026, 11, 25, 11)), event("2", test::utc(2026, 11, 25, 12)),
                               event("3", test::utc(2026, 11, 25, 13), "encampment", false),
                               event("4", test::utc(2026, 11, 26, 11))};
  events[3].stream = "ems";
  events[3].category = "overdose";
  store->events().add(events);
  CHECK(events[2].id > 0);
  const std::pair<std::int64_t, std::optional<std::int64_t>> link{events[1].id, events[0].id};
  store->events().set_links({&link, 1});

  const auto from = test::utc(2026, 11, 25, 11), to = test::utc(2026, 11, 26, 11);
  CHECK(store->events().in_range(from, to).size() == 3);  // the one at `to` belongs to the next window
  const auto counts = store->events().count_by_stream_category(from, to);
  REQUIRE(counts.size() == 2);  // the EMS event at `to` is outside
  for (const auto& c : counts) {
    CHECK(c.stream == "311");
    CHECK(c.count == 1);  // needles: two reports, one a linked repeat
  }
  const auto totals = store->events().totals(from, to);
  CHECK(totals.events == 2);
  CHECK(totals.linked == 1);
  CHECK(totals.unlocated == 1);
  const auto newest = store->events().newest_per_stream();
  CHECK(newest.at("ems") == test::utc(2026, 11, 26, 11));
  CHECK(newest.at("311") == test::utc(2026, 11, 25, 13));
  const auto stored = store->events().in_range(from, to);
  CHECK(stored[1].linked_to == events[0].id);
  CHECK_FALSE(stored[2].located());
  CHECK(stored[2].geo_quality == GeoQuality::missing);
}

TEST_CASE("a batch with a duplicate source id stores nothing") {
  auto store = open_sqlite_store(":memory:");
  std::vector<Event> first = {event("1", test::utc(2026, 11, 25, 11))};
  store->events().add(first);
  std::vector<Event> batch = {event("2", test::utc(2026, 11, 25, 12)), event("1", test::utc(2026, 11, 25, 13))};
  CHECK_THROWS_AS(store->events().add(batch), StorageError);
  CHECK(store->events().count() == 1);
}

TEST_CASE("transactions: all of the work lands or none of it") {
  auto store = open_sqlite_store(":memory:");
  CHECK_THROWS_AS(store->transaction([&] {
    std::vector<Event> e = {event("1", test::utc(2026, 11, 25, 11))};
    store->events().add(e);  // nested write scope
    throw Error("stop");
  }),
                  Error);
  CHECK(store->events().count() == 0);
  store->transaction([&] {
    std::vector<Event> e = {event("1", test::utc(2026, 11, 25, 11))};
    store->events().add(e);
  });
  CHECK(store->events().count() == 1);
}

TEST_CASE("actions: every change is recorded field by field, and a stale edit is refused") {
  auto store = open_sqlite_store(":memory:");
  const auto dept = department_id(*store);
  Action a = new_action(dept);
  store->actions().add(a, "crt.chair");
  CHECK(a.id > 0);
  CHECK(a.version == 1);

  Action edit = *store->actions().get(a.id);
  edit.status = ActionStatus::in_progress;
  edit.owner = "Crew 4";
  edit.due.reset();
  edit.updated_utc = test::utc(2026, 11, 21, 14);
  store->actions().update(edit, "pwd.lead");
  CHECK(edit.version == 2);

  const auto stored = *store->actions().get(a.id);
  CHECK(stored.status == ActionStatus::in_progress);
  CHECK(stored.owner == "Crew 4");
  CHECK_FALSE(stored.due.has_value());
  CHECK(stored.updated_utc == test::utc(2026, 11, 21, 14));

  const auto history = store->actions().history(a.id);
  REQUIRE(history.size() == 4);
  CHECK(history[0].field == "created");
  CHECK(history[0].who == "crt.chair");
  CHECK(history[1].field == "owner");
  CHECK(history[1].old_value == "Mobile sharps team");
  CHECK(history[1].new_value == "Crew 4");
  CHECK(history[2].field == "due_date");
  CHECK(history[2].old_value == "2026-11-23");
  CHECK(history[3].field == "status");
  CHECK(history[3].who == "pwd.lead");

  Action stale = a;  // still version 1: someone else saved in between
  stale.status = ActionStatus::done;
  stale.updated_utc = test::utc(2026, 11, 21, 15);
  CHECK_THROWS_WITH_AS(store->actions().update(stale, "parks.lead"), doctest::Contains("pwd.lead"), ConflictError);
  CHECK(store->actions().get(a.id)->status == ActionStatus::in_progress);
  CHECK(store->actions().history(a.id).size() == 4);

  Action same = *store->actions().get(a.id);  // saving without a difference writes nothing
  store->actions().update(same, "pwd.lead");
  CHECK(store->actions().get(a.id)->version == 2);
}

TEST_CASE("an action for an unknown department is refused") {
  auto store = open_sqlite_store(":memory:");
  Action a = new_action(999);
  CHECK_THROWS_AS(store->actions().add(a, "crt.chair"), StorageError);
  CHECK(store->actions().list().empty());
}

TEST_CASE("huddles: one per date, with attendance and a renumbered run-of-show") {
  auto store = open_sqlite_store(":memory:");
  const auto dept = department_id(*store);
  Huddle h;
  h.date = Date{std::chrono::year{2026}, std::chrono::November, std::chrono::day{25}};
  h.cutoff_utc = test::utc(2026, 11, 25, 11);
  h.window_start_utc = test::utc(2026, 11, 24, 11);
  h.attendance = {dept};
  store->huddles().add(h);
  Huddle twin = h;
  CHECK_THROWS_AS(store->huddles().add(twin), StorageError);
  const auto found = store->huddles().by_date(h.date);
  REQUIRE(found);
  CHECK(found->attendance == std::vector<std::int64_t>{dept});
  CHECK(found->state == HuddleState::draft);

  std::vector<AgendaItem> items(2);
  items[0].kind = AgendaKind::data_safety;
  items[0].title = "Data and safety";
  items[0].planned_seconds = 120;
  items[1].kind = AgendaKind::parking_lot;
  items[1].title = "Parking lot";
  items[1].position = 7;
  store->huddles().set_agenda(h.id, items);
  const auto agenda = store->huddles().agenda(h.id);
  REQUIRE(agenda.size() == 2);
  CHECK(agenda[1].position == 1);
  CHECK(agenda[1].kind == AgendaKind::parking_lot);
  CHECK(agenda[0].planned_seconds == 120);
}

TEST_CASE("departments: ensuring a list twice adds nothing and names match without case") {
  auto store = open_sqlite_store(":memory:");
  department_id(*store);
  std::vector<Department> again = {{0, "public works", "PWD", "city", 0, true}};
  CHECK(store->departments().ensure(again) == 0);
  CHECK(again[0].id == store->departments().by_name("Public Works")->id);
  CHECK(store->departments().list().size() == 2);
}

TEST_CASE("clearing activity keeps departments and settings") {
  auto store = open_sqlite_store(":memory:");
  const auto dept = department_id(*store);
  Action a = new_action(dept);
  store->actions().add(a, "crt.chair");
  std::vector<Event> e = {event("1", test::utc(2026, 11, 25, 11))};
  store->events().add(e);
  store->set_setting("last_pull", "x");
  store->clear_activity();
  CHECK(store->events().count() == 0);
  CHECK(store->actions().list().empty());
  CHECK(store->departments().list().size() == 2);
  CHECK(store->setting("last_pull") == "x");
}

TEST_CASE("data_version changes when another connection commits, not for the connection's own writes") {
  test::TempDir dir;
  auto seat_a = open_sqlite_store(dir.path() / "huddle.db");
  auto seat_b = open_sqlite_store(dir.path() / "huddle.db");
  Action a = new_action(department_id(*seat_a));
  const long before_own = seat_a->data_version();
  seat_a->actions().add(a, "crt.chair");
  CHECK(seat_a->data_version() == before_own);

  const long before = seat_a->data_version();
  CHECK(seat_a->data_version() == before);  // nothing committed elsewhere: no change
  Action edit = *seat_b->actions().get(a.id);
  edit.owner = "Crew 7";
  edit.updated_utc = test::utc(2026, 11, 21, 14);
  seat_b->actions().update(edit, "pwd.lead");
  CHECK(seat_a->data_version() != before);
}
