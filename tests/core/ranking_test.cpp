// The ranking method (ARCHITECTURE §6): listing rules, tags at their thresholds, windows, merging, the watch list.

#include <cmath>

#include <doctest/doctest.h>

#include "core/analysis/place_naming.h"
#include "ranking_fixture.h"

using namespace huddle;
using core::PlaceTag;
using test::RankingFixture;

namespace {

const core::RankedPlace& only_place(const core::PlaceLists& lists) {
  REQUIRE(lists.top.size() == 1);
  return lists.top.front();
}

}  // namespace

TEST_CASE("nothing to rank gives empty lists") {
  RankingFixture f;
  const auto lists = f.rank();
  CHECK(lists.top.empty());
  CHECK(lists.watch.empty());
}

TEST_CASE("a place is listed with 2 events since the last huddle or 3 weighted in 7 days, not less") {
  RankingFixture one;
  one.input.params.fill_top_list = false;
  one.add(0, 0, 2);  // one needle pickup: 1.5 weighted, 1 in the window
  CHECK(one.rank().top.empty());

  RankingFixture two;
  two.add(0, 0, 2, "needles", "311", 2);
  CHECK(only_place(two.rank()).window_total == 2);

  RankingFixture weighted;  // one overdose three days ago: weight 3 in 7 days, nothing in the window
  weighted.add(0, 0, 72, "overdose", "ems");
  CHECK(only_place(weighted.rank()).window_total == 0);

  RankingFixture light;  // five dumping reports three days ago: 2.5 weighted
  light.input.params.fill_top_list = false;
  light.add(0, 0, 72, "dumping", "311", 5);
  CHECK(light.rank().top.empty());

  RankingFixture unweighted;  // weight 0 is never ranked or counted
  unweighted.add(0, 0, 2, "other", "311", 10);
  CHECK(unweighted.rank().top.empty());
}

TEST_CASE("with too few places above the listing rule, the next ones by score fill the list, tagged Few reports") {
  RankingFixture f;
  f.input.params.top_k = 3;
  f.add(0, 0, 2, "needles", "311", 2);  // listed
  f.add(5, 0, 30);                      // one report each: below the rule
  f.add(10, 0, 200);
  f.add(15, 0, 100);
  const auto lists = f.rank();
  REQUIRE(lists.top.size() == 3);
  CHECK_FALSE(lists.top[0].has(PlaceTag::few_reports));
  CHECK(lists.top[1].place.cells.front() == core::Cell{5, 0});  // the newest of the three weighs most
  CHECK(lists.top[1].has(PlaceTag::few_reports));
  CHECK(lists.top[2].place.cells.front() == core::Cell{15, 0});
  CHECK(lists.top[2].has(PlaceTag::few_reports));
  CHECK(lists.watch.empty());
}

TEST_CASE("linked repeats are not in the frame, so they cannot count") {
  // The store's rankable read leaves out linked_to IS NOT NULL (see store_test); the ranking counts each frame
  // event once: 3 events give a window total of 3.
  RankingFixture f;
  f.add(0, 0, 1, "needles", "311", 3);
  CHECK(only_place(f.rank()).window_total == 3);
}

TEST_CASE("Surging: z = 2(sqrt C - sqrt E) at least 3 on at least 3 events of a stream") {
  const auto place_with = [](int window_count) {
    RankingFixture f;
    f.daily(0, 0, 2, 29);  // the baseline: 28 days ending 2 days before, one a day, so E = 1 for a 1-day window
    f.add(0, 0, 3, "needles", "311", window_count);
    return only_place(f.rank());
  };
  const auto six = place_with(6);  // z = 2(sqrt 6 - 1) = 2.90
  CHECK(six.z == doctest::Approx(2 * (std::sqrt(6.0) - 1)));
  CHECK_FALSE(six.has(PlaceTag::surging));
  const auto seven = place_with(7);  // z = 3.29
  CHECK(seven.has(PlaceTag::surging));
  CHECK(seven.usual_per_day == doctest::Approx(1.0));

  RankingFixture fresh;  // nothing before: 3 events give z = 3.46, 2 give 2.83
  fresh.add(0, 0, 3, "needles", "311", 3);
  const auto p = only_place(fresh.rank());
  CHECK(p.has(PlaceTag::surging));
  CHECK(p.has(PlaceTag::new_place));
}

TEST_CASE("New: nothing in the baseline and at least 2 since the last huddle") {
  RankingFixture f;
  f.add(0, 0, 2, "needles", "311", 2);
  const auto p = only_place(f.rank());
  CHECK(p.has(PlaceTag::new_place));
  CHECK_FALSE(p.has(PlaceTag::surging));  // z = 2.83: new, not (yet) surging

  RankingFixture old;  // one report 20 days ago is in the baseline: not new
  old.add(0, 0, 20 * 24);
  old.add(0, 0, 2, "needles", "311", 2);
  CHECK_FALSE(only_place(old.rank()).has(PlaceTag::new_place));
}

TEST_CASE("Persistent: active on 20 of the last 28 days") {
  RankingFixture twenty;
  twenty.daily(0, 0, 0, 19);
  CHECK(only_place(twenty.rank()).active_days == 20);
  CHECK(only_place(twenty.rank()).has(PlaceTag::persistent));

  RankingFixture nineteen;
  nineteen.daily(0, 0, 0, 18);
  CHECK_FALSE(only_place(nineteen.rank()).has(PlaceTag::persistent));
}

TEST_CASE("Cooling: the last 7 days at most half the rate of the 21 days before") {
  const auto place_with = [](int last_7) {
    RankingFixture f;
    f.daily(0, 0, 7, 27);  // 21 before: one a day
    f.add(0, 0, 30, "overdose", "ems", last_7);  // day slot 1; overdose keeps it listed
    return only_place(f.rank());
  };
  CHECK(place_with(3).has(PlaceTag::cooling));  // 3/7 = 0.43 a day <= 0.5
  CHECK_FALSE(place_with(4).has(PlaceTag::cooling));  // 0.57 a day
}

TEST_CASE("Repeat: active on 2 of the last 3 days") {
  RankingFixture two;
  two.add(0, 0, 5, "overdose", "ems");
  two.add(0, 0, 60, "overdose", "ems");  // day slot 2
  const auto p = only_place(two.rank());
  CHECK(p.active_last_3 == 2);
  CHECK(p.has(PlaceTag::repeat));

  RankingFixture spread;
  spread.add(0, 0, 5, "overdose", "ems");
  spread.add(0, 0, 80, "overdose", "ems");  // day slot 3: outside
  CHECK_FALSE(only_place(spread.rank()).has(PlaceTag::repeat));
}

TEST_CASE("the burden halves every half-life and ranks the places") {
  RankingFixture f;
  f.input.params.half_life_days = 3;
  f.add(0, 0, 1, "overdose", "ems", 2);       // burden ≈ 6
  f.add(10, 0, 72 + 1, "overdose", "ems", 2);  // 3 days older: ≈ 3
  const auto lists = f.rank();
  REQUIRE(lists.top.size() == 2);
  CHECK(lists.top[0].place.cells.front() == core::Cell{0, 0});
  CHECK(lists.top[0].score == doctest::Approx(2 * lists.top[1].score).epsilon(0.001));
  CHECK(lists.top[0].rank == 1);
  CHECK(lists.top[1].rank == 2);
}

TEST_CASE("adjacent listed cells merge into one place of at most 3 x 3 cells") {
  RankingFixture f;
  for (int x = 0; x < 4; ++x) f.add(x, 0, 2, "needles", "311", x == 1 ? 4 : 2);
  f.add(20, 20, 2, "needles", "311", 2);  // far away: its own place
  const auto lists = f.rank();
  REQUIRE(lists.top.size() == 3);
  CHECK(lists.top[0].place.cells.size() == 3);  // seed x=1 takes x=0 and x=2
  CHECK(lists.top[0].place.cells.front() == core::Cell{1, 0});
  CHECK(lists.top[0].window_total == 8);
  CHECK(lists.top[0].place.id == "c1_0");
  CHECK(lists.top[1].place.cells.size() == 1);
  CHECK(lists.top[2].place.cells.size() == 1);
}

TEST_CASE("the watch list holds New or Surging places below the top list, largest z first") {
  RankingFixture f;
  f.input.params.top_k = 1;
  f.daily(0, 0, 0, 27, "overdose");     // persistent, top
  f.daily(10, 0, 0, 27);                // persistent, not new: not watched
  f.add(20, 0, 2, "needles", "311", 2);  // new (z 2.83)
  f.add(30, 0, 2, "needles", "311", 5);  // new and surging (z 4.47)
  const auto lists = f.rank();
  REQUIRE(lists.top.size() == 1);
  CHECK(lists.top[0].place.cells.front() == core::Cell{0, 0});
  REQUIRE(lists.watch.size() == 2);
  CHECK(lists.watch[0].place.cells.front() == core::Cell{30, 0});
  CHECK(lists.watch[1].place.cells.front() == core::Cell{20, 0});
  CHECK(lists.watch[0].rank == 1);

  f.input.params.watch_k = 1;
  CHECK(f.rank().watch.size() == 1);
}

TEST_CASE("a Monday's window covers the weekend and its expected count three days") {
  RankingFixture f;
  f.input.window = f.schedule.current_at(test::utc(2026, 11, 30, 12));  // Monday 07:00
  CHECK(f.input.window.start == test::utc(2026, 11, 27, 11));           // Friday 06:00
  f.daily(0, 0, 2, 29);
  f.add(0, 0, 60, "needles", "311", 3);  // Saturday: in the window
  const auto p = only_place(f.rank());
  CHECK(p.window_total == 4);  // 3 on Saturday + the slot-2 daily one (also Saturday)
  // The baseline ends 2 days before the cutoff, so Saturday is in it too: 31 events, E = 31/28 a day for 3 days.
  CHECK(p.baseline_total == 31);
  CHECK(p.z == doctest::Approx(2 * (std::sqrt(4.0) - std::sqrt(31.0 / 28 * 3))));
}

TEST_CASE("across the end of daylight saving the window keeps its local cutoffs") {
  RankingFixture f;
  // Monday 2 November 2026, the day after clocks went back: Friday 06:00 EDT (10:00 UTC) to Monday 06:00 EST.
  f.input.window = f.schedule.current_at(test::utc(2026, 11, 2, 12));
  CHECK(f.input.window.start == test::utc(2026, 10, 30, 10));
  CHECK(f.input.window.cutoff == test::utc(2026, 11, 2, 11));
  const double window_hours = 73;
  f.add(0, 0, window_hours - 0.5, "needles", "311", 2);  // Friday 06:30 EDT: in
  f.add(0, 0, window_hours + 0.5, "overdose", "ems");    // Friday 05:30 EDT: before the window
  const auto p = only_place(f.rank());
  CHECK(p.window_total == 2);
  CHECK(p.window_counts.at("ems") == 0);
}

TEST_CASE("a place keeps the id and name it was remembered with while they overlap") {
  RankingFixture f;
  f.add(0, 0, 2, "needles", "311", 3);
  f.add(1, 0, 2, "needles", "311", 4);  // the seed moves to (1,0) today
  core::RememberedPlace known;
  known.place.id = "c0_0";
  known.place.name = "near A St & B St";
  known.place.cells = {core::Cell{0, 0}};
  f.input.memory = {known};
  const auto p = only_place(f.rank());
  CHECK(p.place.cells.front() == core::Cell{1, 0});
  CHECK(p.place.id == "c0_0");
  CHECK(p.place.name == "near A St & B St");
}

TEST_CASE("names: the most frequent address, intersections as they are, street numbers as blocks") {
  CHECK(core::name_from_addresses({"Mass Ave & Melnea Cass Blvd", "12 Main St", "mass ave & melnea cass blvd"}) ==
        "near Mass Ave & Melnea Cass Blvd");
  CHECK(core::name_from_addresses({"123 Main St, Boston, MA 02118", "150 Main St"}) == "near the 100 block of Main St");
  CHECK(core::name_from_addresses({"7 Border St"}) == "near the 1-99 block of Border St");
  CHECK(core::name_from_addresses({"B St & C St", "A St & D St"}) == "near A St & D St");  // a tie: alphabetical
  CHECK(core::name_from_addresses({"12 Main St", "50 Main St", "90 Main St", "Main St & Elm St", "Main St & Elm St"}) ==
        "near Main St & Elm St");  // an intersection counts double
  CHECK(core::name_from_addresses({"12 Main St", "50 Main St", "90 Main St", "Main St & Elm St"}) ==
        "near the 1-99 block of Main St");
  CHECK(core::name_from_addresses({"", "  ", ", Boston"}).empty());
  CHECK(core::name_from_addresses({"Boston Common"}) == "near Boston Common");
  CHECK(core::name_from_point(42.33341, -71.07412) == "unnamed place at 42.3334, -71.0741");
}
