#include "core/config/categories.h"

#include <algorithm>
#include <regex>

#include <fmt/format.h>

#include "core/config/toml_support.h"

namespace huddle::core {

std::vector<Category> load_categories(const std::filesystem::path& path) {
  toml::table doc = config::parse_toml_file(path);
  config::TomlReader top(doc, path, "", 1);
  top.allow_only({"category"});
  const toml::array* list = top.array("category");
  if (!list || list->empty()) top.fail("category", "no [[category]] entries");
  static const std::regex kColour("#[0-9a-fA-F]{6}");
  std::vector<Category> out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto entry = top.element(*list, "category", i);
    entry.allow_only({"id", "label", "weight", "colour"});
    Category c;
    c.id = entry.required_string("id");
    if (!config::is_lower_name(c.id, false, '_')) {
      entry.fail("id", fmt::format("'{}' is not a valid id (expected lower-case letters, digits and _)", c.id));
    }
    if (std::any_of(out.begin(), out.end(), [&](const Category& o) { return o.id == c.id; })) {
      entry.fail("id", fmt::format("duplicate category id '{}'", c.id));
    }
    c.label = entry.string_or("label", c.id);
    c.weight = entry.number_or("weight", 1.0, 0.0, 100.0);
    c.colour = entry.string_or("colour", "#7f8c8d");
    if (!std::regex_match(c.colour, kColour)) {
      entry.fail("colour", fmt::format("'{}' is not a colour (expected #rrggbb)", c.colour));
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::string category_label(const std::vector<Category>& categories, const std::string& id) {
  for (const auto& c : categories) {
    if (c.id == id) return c.label;
  }
  return id;
}

void apply_weight_overrides(std::vector<Category>& categories, const std::map<std::string, double>& overrides,
                            const std::filesystem::path& source) {
  for (const auto& [id, weight] : overrides) {
    // An init-capture: clang before 16 cannot capture a structured binding.
    auto it = std::find_if(categories.begin(), categories.end(),
                           [&wanted = id](const Category& c) { return c.id == wanted; });
    if (it == categories.end()) {
      throw ConfigError(source, 0, "weights." + id, fmt::format("unknown category '{}'", id));
    }
    it->weight = weight;
  }
}

}  // namespace huddle::core
