#pragma once
/// \file
/// Workspace: what every front end opens first — configuration and the database, departments seeded.

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/config/settings.h"
#include "core/ingest/profile_catalog.h"
#include "core/model/category.h"
#include "core/store/store.h"

namespace huddle::core {

/// Where a workspace's files are; the front end resolves them (flags, environment, install prefix).
struct WorkspacePaths {
  std::filesystem::path database;      ///< The SQLite file (or ":memory:").
  std::filesystem::path config_dir;    ///< The user's folder: settings.toml and copies of shipped files.
  std::filesystem::path resource_dir;  ///< Shipped: categories.toml, departments.toml, profiles/, templates/.
};

/// An open deployment: settings, categories (weights applied) and the store.
struct Workspace {
  WorkspacePaths paths;               ///< Where it was opened from.
  Settings settings;                  ///< settings.toml (defaults when absent).
  std::vector<Category> categories;   ///< categories.toml with settings' weight overrides.
  std::unique_ptr<Store> store;       ///< The database.
  std::vector<std::string> warnings;  ///< What opening noticed and did not stop for (a backup it could not make).

  /// Loads configuration and opens (creating, migrating) the database; adds the configured departments that
  /// the database does not hold yet. Throws ConfigError or StorageError; a backup before a migration that could not
  /// be made goes into `warnings`.
  static Workspace open(const WorkspacePaths& paths);

  /// Reads settings.toml and the categories again, as open() does (after the Settings dialog saved them); the
  /// database stays open. Throws ConfigError, leaving the workspace as it was.
  void reload_configuration();

  /// The shipped profiles (resources/profiles) and the user's (profiles/ in the configuration folder).
  /// Throws ConfigError for a broken profile file.
  ProfileCatalog load_profiles() const;

  /// The user's copy of the configuration file `name` when there is one, else the shipped one.
  std::filesystem::path config_file(const std::string& name) const;

  /// The user's copy of template `name` (templates/ in the configuration folder) when there is one, else the shipped
  /// one (templates/ in the resources).
  std::filesystem::path template_file(const std::string& name) const;
};

}  // namespace huddle::core
