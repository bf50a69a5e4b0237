// The department job: the stored departments as the Settings dialog edits them (add, short name, active, order).

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>

#include "core/jobs/department_job.h"
#include "test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

std::vector<std::string> short_names(const std::vector<Department>& list) {
  std::vector<std::string> out;
  for (const auto& d : list) out.push_back(d.short_name);
  return out;
}

}  // namespace

TEST_CASE("edited departments are stored in their new order and survive the next start's seeding") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  auto list = ws.store->departments().list();
  REQUIRE(list.size() >= 4);
  const std::size_t seeded = list.size();
  std::rotate(list.begin(), list.end() - 1, list.end());  // the last one first
  list[1].short_name = "  D4  ";
  list[2].active = false;
  Department added;
  added.name = "Mayor's Office of Housing";
  added.short_name = "MOH";
  added.kind = "city";
  list.push_back(added);
  save_departments(*ws.store, list);
  CHECK(list.back().id != 0);
  CHECK(list[1].short_name == "D4");

  const auto stored = ws.store->departments().list();
  CHECK(short_names(stored) == short_names(list));
  CHECK_FALSE(stored[2].active);
  CHECK(stored.back().name == "Mayor's Office of Housing");

  // departments.toml is seeded again at every start: it adds nothing and undoes nothing.
  ws = test::open_workspace(dir);
  const auto again = ws.store->departments().list();
  CHECK(again.size() == seeded + 1);
  CHECK(short_names(again) == short_names(list));
  CHECK_FALSE(again[2].active);
}

TEST_CASE("a blank short name or a department named twice is refused and nothing is stored") {
  test::TempDir dir;
  auto ws = test::open_workspace(dir);
  const auto original = ws.store->departments().list();

  auto blank = original;
  blank[0].short_name = " ";
  blank[1].short_name = "CHANGED";
  CHECK_THROWS_WITH_AS(save_departments(*ws.store, blank), doctest::Contains("needs a short name"), Error);

  auto twice = original;
  Department copy;
  copy.name = original[0].name + " ";
  for (auto& c : copy.name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  copy.short_name = "X";
  twice.push_back(copy);
  twice[1].short_name = "CHANGED";
  CHECK_THROWS_WITH_AS(save_departments(*ws.store, twice), doctest::Contains("two departments are named"), Error);

  auto nameless = original;
  nameless.push_back(Department{0, "", "X", "", 0, true});
  CHECK_THROWS_AS(save_departments(*ws.store, nameless), Error);

  CHECK(short_names(ws.store->departments().list()) == short_names(original));
}
