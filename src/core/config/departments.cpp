#include "core/config/departments.h"

#include <algorithm>

#include <fmt/format.h>
#include <strings.h>

#include "core/config/toml_support.h"

namespace huddle::core {

std::vector<Department> load_departments(const std::filesystem::path& path) {
  toml::table doc = config::parse_toml_file(path);
  config::TomlReader top(doc, path, "", 1);
  top.allow_only({"department"});
  const toml::array* list = top.array("department");
  if (!list || list->empty()) top.fail("department", "no [[department]] entries");
  std::vector<Department> out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto entry = top.element(*list, "department", i);
    entry.allow_only({"name", "short", "kind", "active"});
    Department d;
    d.name = entry.required_string("name");
    if (d.name.empty()) entry.fail("name", "must not be empty");
    if (std::any_of(out.begin(), out.end(), [&](const Department& o) { return strcasecmp(o.name.c_str(), d.name.c_str()) == 0; })) {
      entry.fail("name", fmt::format("duplicate department '{}'", d.name));
    }
    d.short_name = entry.string_or("short", d.name);
    d.kind = entry.string_or("kind", "");
    d.active = entry.bool_or("active", true);
    d.sort_order = static_cast<int>(i);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace huddle::core
