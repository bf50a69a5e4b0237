#pragma once
/// \file
/// The process environment as the core reads it (through core::EnvLookup), and the seat it names.

#include <optional>
#include <string>

namespace huddle::ui {

/// The value of environment variable `name`, if set.
std::optional<std::string> getenv_lookup(const std::string& name);

/// Who this seat is in an action's history (core::seat_name of the environment).
std::string seat();

}  // namespace huddle::ui
