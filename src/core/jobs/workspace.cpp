#include "core/jobs/workspace.h"

#include "core/config/categories.h"
#include "core/config/departments.h"
#include "core/store/sqlite_store.h"

namespace huddle::core {

std::filesystem::path Workspace::config_file(const std::string& name) const {
  auto user = paths.config_dir / name;
  if (!paths.config_dir.empty() && std::filesystem::exists(user)) return user;
  return paths.resource_dir / name;
}

std::filesystem::path Workspace::template_file(const std::string& name) const {
  return config_file((std::filesystem::path("templates") / name).string());
}

ProfileCatalog Workspace::load_profiles() const {
  std::vector<std::string> ids;
  for (const auto& c : categories) ids.push_back(c.id);
  return ProfileCatalog(paths.resource_dir / "profiles", paths.config_dir / "profiles", ids);
}

void Workspace::reload_configuration() {
  const auto settings_file = paths.config_dir / "settings.toml";
  Settings s = load_settings(settings_file);
  auto c = load_categories(config_file("categories.toml"));
  apply_weight_overrides(c, s.weight_overrides, settings_file);
  settings = std::move(s);
  categories = std::move(c);
}

Workspace Workspace::open(const WorkspacePaths& paths) {
  Workspace w;
  w.paths = paths;
  w.reload_configuration();
  auto departments = load_departments(w.config_file("departments.toml"));
  w.store = open_sqlite_store(paths.database, &w.warnings);
  w.store->departments().ensure(departments);
  return w;
}

}  // namespace huddle::core
