#include "core/config/paths.h"

namespace huddle::core {
namespace {

std::filesystem::path xdg_dir(const EnvLookup& env, const char* variable, const char* home_fallback) {
  if (auto v = env(variable); v && !v->empty()) return *v;
  return std::filesystem::path(env("HOME").value_or(".")) / home_fallback;
}

}  // namespace

WorkspacePaths resolve_paths(const PathOverrides& overrides, const EnvLookup& env, const std::filesystem::path& exe_dir,
                             const std::filesystem::path& build_tree_resources) {
  WorkspacePaths p;
  if (!overrides.database.empty()) p.database = overrides.database;
  else if (auto db = env("HUDDLE_DB"); db && !db->empty()) p.database = *db;
  else p.database = xdg_dir(env, "XDG_DATA_HOME", ".local/share") / "huddle" / "huddle.db";

  p.config_dir = !overrides.config_dir.empty() ? overrides.config_dir : xdg_dir(env, "XDG_CONFIG_HOME", ".config") / "huddle";

  if (auto r = env("HUDDLE_RESOURCES"); r && !r->empty()) p.resource_dir = *r;
  else if (auto installed = exe_dir / ".." / "share" / "huddle"; std::filesystem::exists(installed / "categories.toml"))
    p.resource_dir = std::filesystem::weakly_canonical(installed);
  else p.resource_dir = build_tree_resources;
  return p;
}

}  // namespace huddle::core
