#pragma once
/// \file
/// How header names are compared: case-insensitive, surrounding spaces ignored.

#include <string>
#include <string_view>

namespace huddle::core {

/// The comparable form of a header name: trimmed, ASCII lower-case.
std::string header_key(std::string_view name);

}  // namespace huddle::core
