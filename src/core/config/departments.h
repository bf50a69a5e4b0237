#pragma once
/// \file
/// The default department list (departments.toml).

#include <filesystem>
#include <vector>

#include "core/model/department.h"

namespace huddle::core {

/// Reads a departments file in its order (sort_order = position); throws ConfigError (file, line, key) for a
/// missing or duplicate name.
std::vector<Department> load_departments(const std::filesystem::path& path);

}  // namespace huddle::core
