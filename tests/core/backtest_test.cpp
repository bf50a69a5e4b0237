// The rolling backtest: each method's k cells at each cutoff, scored on the next 24 hours.

#include <doctest/doctest.h>

#include "core/analysis/backtest.h"
#include "ranking_fixture.h"

using namespace huddle;
using core::BacktestMethod;

namespace {

core::BacktestInput input_for(const test::RankingFixture& f, core::Date from, core::Date to, int k) {
  core::BacktestInput in;
  in.from = from;
  in.to = to;
  in.k = k;
  in.params = f.input.params;
  in.center_lat = f.input.center_lat;
  in.center_lon = f.input.center_lon;
  in.weights = f.input.weights;
  return in;
}

constexpr core::Date kThursday{std::chrono::year{2026} / 11 / 26};
constexpr core::Date kFriday{std::chrono::year{2026} / 11 / 27};

}  // namespace

TEST_CASE("each method is scored on the next 24 hours: hit rate, PAI and PEI") {
  test::RankingFixture f;
  f.add(0, 0, 20 * 24, "needles", "311", 20);  // an old hot spot: plain 28-day counts pick it
  f.add(5, 0, 5, "needles", "311", 2);         // yesterday's: the decayed burden and yesterday's counts pick it
  f.add(10, 0, 3 * 24);                        // a third cell with an event
  f.add(5, 0, -3, "needles", "311", 4);        // the next 24 hours: 4 at the new spot ...
  f.add(0, 0, -5);                             // ... and 1 at the old one
  f.add(0, 0, -5, "other");                    // weight 0: not scored

  core::NullProgress quiet;
  const auto r = core::run_backtest(f.frame(), input_for(f, kThursday, kFriday, 1), f.schedule, quiet);
  CHECK(r.days == 1);
  CHECK(r.days_skipped == 1);  // Friday's next 24 hours hold nothing
  CHECK(r.events == 5);
  CHECK(r.area_cells == 3);
  const auto& huddle = r.methods.at(BacktestMethod::huddle);
  CHECK(huddle.hits == 4);
  CHECK(huddle.hit_rate == doctest::Approx(0.8));
  CHECK(huddle.cells == doctest::Approx(1));
  CHECK(huddle.pai == doctest::Approx(0.8 / (1.0 / 3)));
  CHECK(huddle.pei == doctest::Approx(1.0));
  CHECK(r.methods.at(BacktestMethod::yesterday).hits == 4);
  const auto& count28 = r.methods.at(BacktestMethod::count28);
  CHECK(count28.hits == 1);
  CHECK(count28.pei == doctest::Approx(0.25));
}

TEST_CASE("a backtest over days with nothing to score scores nothing and divides by nothing") {
  test::RankingFixture f;
  f.add(0, 0, 5, "needles", "311", 3);
  core::NullProgress quiet;
  const auto r = core::run_backtest(f.frame(), input_for(f, kThursday, kThursday, 10), f.schedule, quiet);
  CHECK(r.days == 0);
  CHECK(r.days_skipped == 1);
  CHECK(r.methods.at(BacktestMethod::huddle).hit_rate == 0);
}

TEST_CASE("a backtest range that ends before it starts is refused, and a cancel stops it") {
  test::RankingFixture f;
  core::NullProgress quiet;
  CHECK_THROWS_AS(core::run_backtest(f.frame(), input_for(f, kFriday, kThursday, 10), f.schedule, quiet), Error);
  test::CancelAtOnce cancel;
  CHECK_THROWS_AS(core::run_backtest(f.frame(), input_for(f, kThursday, kFriday, 10), f.schedule, cancel), Cancelled);
}
