#include <doctest/doctest.h>

#include <map>

#include "core/config/paths.h"
#include "core/test_support.h"

using namespace huddle;
using namespace huddle::core;

namespace {

EnvLookup env_of(std::map<std::string, std::string> vars) {
  return [vars](const std::string& name) -> std::optional<std::string> {
    auto it = vars.find(name);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

}  // namespace

TEST_CASE("the database is --db, else $HUDDLE_DB, else under $XDG_DATA_HOME, else under ~/.local/share") {
  const std::filesystem::path none = "/nonexistent";
  CHECK(resolve_paths({"/x/a.db", ""}, env_of({{"HUDDLE_DB", "/y/b.db"}}), none, "/src/res").database == "/x/a.db");
  CHECK(resolve_paths({}, env_of({{"HUDDLE_DB", "/y/b.db"}}), none, "/src/res").database == "/y/b.db");
  CHECK(resolve_paths({}, env_of({{"XDG_DATA_HOME", "/d"}, {"HOME", "/h"}}), none, "/src/res").database ==
        "/d/huddle/huddle.db");
  CHECK(resolve_paths({}, env_of({{"HOME", "/h"}}), none, "/src/res").database == "/h/.local/share/huddle/huddle.db");
}

TEST_CASE("configuration comes from --config or the XDG folder, resources from an install prefix or the tree") {
  const auto p = resolve_paths({}, env_of({{"HOME", "/h"}}), "/nonexistent/bin", "/src/res");
  CHECK(p.config_dir == "/h/.config/huddle");
  CHECK(p.resource_dir == "/src/res");
  test::TempDir prefix;
  prefix.write("share/huddle/categories.toml", "");
  std::filesystem::create_directories(prefix.path() / "bin");
  const auto installed = resolve_paths({"", "/cfg"}, env_of({}), prefix.path() / "bin", "/src/res");
  CHECK(installed.config_dir == "/cfg");
  CHECK(installed.resource_dir == std::filesystem::weakly_canonical(prefix.path() / "share/huddle"));
}
