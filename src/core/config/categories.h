#pragma once
/// \file
/// The category list (categories.toml): CRT buckets, default weights, colours.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/model/category.h"

namespace huddle::core {

/// Reads a categories file; throws ConfigError (file, line, key) for a missing id, a duplicate id, a bad weight
/// or colour. The list keeps the file's order.
std::vector<Category> load_categories(const std::filesystem::path& path);

/// The label of category `id` in `categories` (the id itself when unknown).
std::string category_label(const std::vector<Category>& categories, const std::string& id);

/// Applies `overrides` (id -> weight) to `categories`; throws ConfigError naming `source` for an unknown id.
void apply_weight_overrides(std::vector<Category>& categories, const std::map<std::string, double>& overrides,
                            const std::filesystem::path& source);

}  // namespace huddle::core
