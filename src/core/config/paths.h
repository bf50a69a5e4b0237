#pragma once
/// \file
/// Default locations of the database, the user's configuration and the shipped resources.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "core/jobs/workspace.h"

namespace huddle::core {

/// Looks up an environment variable; front ends pass a getenv wrapper, tests a map.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;

/// What the user asked for explicitly (command-line flags); empty = not given.
struct PathOverrides {
  std::filesystem::path database;    ///< --db
  std::filesystem::path config_dir;  ///< --config
};

/// Resolves a workspace's paths: database from --db, $HUDDLE_DB, $XDG_DATA_HOME/huddle/huddle.db or
/// ~/.local/share/huddle/huddle.db; configuration from --config, $XDG_CONFIG_HOME/huddle or ~/.config/huddle;
/// resources from $HUDDLE_RESOURCES, `exe_dir`/../share/huddle when it exists, else `build_tree_resources`.
WorkspacePaths resolve_paths(const PathOverrides& overrides, const EnvLookup& env, const std::filesystem::path& exe_dir,
                             const std::filesystem::path& build_tree_resources);

}  // namespace huddle::core
